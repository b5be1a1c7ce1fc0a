//! The email_tokens table: hashes of emailed one-time links, and of the
//! codes mailed beside some of them.

use sqlx::AnyConnection;

use super::{Backend, Db, Dialect, sql};

use crate::infra::crypto::tokens::{Purpose, TokenHash};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EmailToken {
    pub id: i64,
    pub user_id: i64,
    pub email: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
    pub superseded_at: Option<i64>,
    pub code_hash: Option<String>,
    pub code_tries: i64,
}

const COLUMNS: &str =
    "id, user_id, email, created_at, expires_at, used_at, superseded_at, code_hash, code_tries";

/// What is stored of a new link: the hash of its token, and of the code
/// beside it when its email shows one.
pub struct NewToken<'a> {
    pub hash: &'a TokenHash,
    pub code_hash: Option<&'a TokenHash>,
    pub created_at: i64,
    pub expires_at: i64,
}

/// Stores a new token and kills the user's earlier live tokens of the same
/// purpose, so only the newest link works. Run it inside the transaction
/// that queues the email carrying the link.
pub async fn issue(
    conn: &mut AnyConnection,
    user_id: i64,
    purpose: Purpose,
    email: &str,
    token: NewToken<'_>,
) -> sqlx::Result<()> {
    kill_live(&mut *conn, user_id, purpose, token.created_at).await?;
    sqlx::query(&sql(
        &*conn,
        "INSERT INTO email_tokens (token_hash, user_id, purpose, email, created_at, expires_at, code_hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    ))
    .bind(token.hash.as_str())
    .bind(user_id)
    .bind(purpose.as_str())
    .bind(email)
    .bind(token.created_at)
    .bind(token.expires_at)
    .bind(token.code_hash.map(TokenHash::as_str))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Kills a user's live tokens of a purpose: what they vouched for changed.
pub async fn kill_live(db: impl Db<'_>, user_id: i64, purpose: Purpose, now: i64) -> sqlx::Result<()> {
    sqlx::query(&sql(
        &db,
        "UPDATE email_tokens SET superseded_at = $1 \
         WHERE user_id = $2 AND purpose = $3 AND used_at IS NULL AND superseded_at IS NULL",
    ))
    .bind(now)
    .bind(user_id)
    .bind(purpose.as_str())
    .execute(db)
    .await?;
    Ok(())
}

pub async fn find(db: impl Db<'_>, hash: &TokenHash, purpose: Purpose) -> sqlx::Result<Option<EmailToken>> {
    sqlx::query_as(&sql(
        &db,
        &format!("SELECT {COLUMNS} FROM email_tokens WHERE token_hash = $1 AND purpose = $2"),
    ))
    .bind(hash.as_str())
    .bind(purpose.as_str())
    .fetch_optional(db)
    .await
}

/// Uses a live token, atomically: of two simultaneous requests with the same
/// token, exactly one gets it back.
pub async fn consume(
    conn: &mut AnyConnection,
    hash: &TokenHash,
    purpose: Purpose,
    now: i64,
) -> sqlx::Result<Option<EmailToken>> {
    const USE: &str = "UPDATE email_tokens SET used_at = $1 \
        WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND superseded_at IS NULL \
        AND expires_at > $4";
    match conn.backend() {
        // MySQL has no RETURNING: the row is read back once the update has
        // made it this request's (a row it did not change is never read).
        Backend::MySql => {
            let done = sqlx::query(&sql(&*conn, USE))
                .bind(now)
                .bind(hash.as_str())
                .bind(purpose.as_str())
                .bind(now)
                .execute(&mut *conn)
                .await?;
            if done.rows_affected() == 1 { find(conn, hash, purpose).await } else { Ok(None) }
        }
        Backend::Sqlite | Backend::Postgres => {
            sqlx::query_as(&format!("{USE} RETURNING {COLUMNS}"))
                .bind(now)
                .bind(hash.as_str())
                .bind(purpose.as_str())
                .bind(now)
                .fetch_optional(conn)
                .await
        }
    }
}

/// The account's live link of a purpose that has a code beside it. Read
/// under the account's lock, so a try counted on it is counted once.
pub async fn live_with_code(
    db: impl Db<'_>,
    user_id: i64,
    purpose: Purpose,
    now: i64,
) -> sqlx::Result<Option<EmailToken>> {
    sqlx::query_as(&sql(
        &db,
        &format!(
            "SELECT {COLUMNS} FROM email_tokens WHERE user_id = $1 AND purpose = $2 \
             AND used_at IS NULL AND superseded_at IS NULL AND expires_at > $3 AND code_hash IS NOT NULL"
        ),
    ))
    .bind(user_id)
    .bind(purpose.as_str())
    .bind(now)
    .fetch_optional(db)
    .await
}

/// Counts one try of a link's code, right or wrong, before it is compared.
pub async fn count_code_try(db: impl Db<'_>, id: i64) -> sqlx::Result<()> {
    sqlx::query(&sql(&db, "UPDATE email_tokens SET code_tries = code_tries + 1 WHERE id = $1"))
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// Uses a live link by its id: its code was typed instead of the link.
pub async fn consume_by_id(db: impl Db<'_>, id: i64, now: i64) -> sqlx::Result<bool> {
    let done = sqlx::query(&sql(
        &db,
        "UPDATE email_tokens SET used_at = $1 \
         WHERE id = $2 AND used_at IS NULL AND superseded_at IS NULL AND expires_at > $3",
    ))
    .bind(now)
    .bind(id)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The newest token of a purpose, for resend cooldowns.
pub async fn latest(db: impl Db<'_>, user_id: i64, purpose: Purpose) -> sqlx::Result<Option<EmailToken>> {
    sqlx::query_as(&sql(
        &db,
        &format!(
            "SELECT {COLUMNS} FROM email_tokens WHERE user_id = $1 AND purpose = $2 \
             ORDER BY created_at DESC, id DESC LIMIT 1"
        ),
    ))
    .bind(user_id)
    .bind(purpose.as_str())
    .fetch_optional(db)
    .await
}

/// Deletes links that stopped working (expired; used and replaced ones
/// expire too) before `before`. Until then their page can still say why
/// they no longer work.
pub async fn purge_expired(db: impl Db<'_>, before: i64) -> sqlx::Result<u64> {
    let done = sqlx::query(&sql(&db, "DELETE FROM email_tokens WHERE expires_at < $1"))
        .bind(before)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}
