//! The second factor's rows: the authenticator app's sealed key on the
//! users table, the recovery_codes table, and sign_in_challenges (a
//! sign-in whose password was right, waiting for its code).

use super::{Db, sql};

/// The key being set up, sealed, until a code from the app turns it on.
pub async fn set_pending(db: impl Db<'_>, user_id: i64, sealed: Option<&str>) -> sqlx::Result<()> {
    sqlx::query(&sql(&db, "UPDATE users SET totp_pending = $1 WHERE id = $2"))
        .bind(sealed)
        .bind(user_id)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn pending(db: impl Db<'_>, user_id: i64) -> sqlx::Result<Option<String>> {
    let row: Option<(Option<String>,)> =
        sqlx::query_as(&sql(&db, "SELECT totp_pending FROM users WHERE id = $1"))
            .bind(user_id)
            .fetch_optional(db)
            .await?;
    Ok(row.and_then(|(pending,)| pending))
}

/// Turns the second factor on with the key being set up, `step` being the
/// time step of the code that proved the app has it (used, so it cannot
/// sign in). False when that key is no longer the one being set up, or a
/// key is on already: a key in use is never replaced this way.
pub async fn enable(db: impl Db<'_>, user_id: i64, sealed: &str, step: i64) -> sqlx::Result<bool> {
    let done = sqlx::query(&sql(
        &db,
        "UPDATE users SET totp_secret = $1, totp_pending = NULL, totp_last_step = $2 \
         WHERE id = $3 AND totp_pending = $4 AND totp_secret IS NULL",
    ))
    .bind(sealed)
    .bind(step)
    .bind(user_id)
    .bind(sealed)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Turns the second factor off: the key, the key being set up and the
/// recovery codes go. Run in one transaction with [`delete_recovery_codes`].
pub async fn disable(db: impl Db<'_>, user_id: i64) -> sqlx::Result<bool> {
    let done = sqlx::query(&sql(
        &db,
        "UPDATE users SET totp_secret = NULL, totp_pending = NULL, totp_last_step = NULL \
         WHERE id = $1 AND totp_secret IS NOT NULL",
    ))
    .bind(user_id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Takes the time step of an accepted code, atomically: a step at or
/// before the last one taken is refused, so a code works once, however
/// many requests carry it at the same moment.
pub async fn take_step(db: impl Db<'_>, user_id: i64, step: i64) -> sqlx::Result<bool> {
    let done = sqlx::query(&sql(
        &db,
        "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND totp_secret IS NOT NULL \
         AND (totp_last_step IS NULL OR totp_last_step < $3)",
    ))
    .bind(step)
    .bind(user_id)
    .bind(step)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn delete_recovery_codes(db: impl Db<'_>, user_id: i64) -> sqlx::Result<()> {
    sqlx::query(&sql(&db, "DELETE FROM recovery_codes WHERE user_id = $1")).bind(user_id).execute(db).await?;
    Ok(())
}

pub async fn insert_recovery_code(db: impl Db<'_>, user_id: i64, hash: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query(&sql(&db, "INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES ($1, $2, $3)"))
        .bind(user_id)
        .bind(hash)
        .bind(now)
        .execute(db)
        .await?;
    Ok(())
}

/// Uses a recovery code of the account, atomically: of two requests with
/// the same code, one gets it.
pub async fn use_recovery_code(db: impl Db<'_>, user_id: i64, hash: &str, now: i64) -> sqlx::Result<bool> {
    let done = sqlx::query(&sql(
        &db,
        "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
    ))
    .bind(now)
    .bind(user_id)
    .bind(hash)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn unused_recovery_codes(db: impl Db<'_>, user_id: i64) -> sqlx::Result<i64> {
    sqlx::query_scalar(&sql(
        &db,
        "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
    ))
    .bind(user_id)
    .fetch_one(db)
    .await
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Challenge {
    pub user_id: i64,
    /// 1 with "remember me", else 0.
    pub remember: i64,
    pub next: Option<String>,
    /// The name typed with the password (lower case): its failure count
    /// clears when the sign-in completes.
    pub login_key: String,
}

pub async fn insert_challenge(
    db: impl Db<'_>,
    id_hash: &str,
    challenge: &Challenge,
    now: i64,
    expires_at: i64,
) -> sqlx::Result<()> {
    sqlx::query(&sql(
        &db,
        "INSERT INTO sign_in_challenges (id_hash, user_id, remember, next, login_key, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    ))
    .bind(id_hash)
    .bind(challenge.user_id)
    .bind(challenge.remember)
    .bind(challenge.next.as_deref())
    .bind(&challenge.login_key)
    .bind(now)
    .bind(expires_at)
    .execute(db)
    .await?;
    Ok(())
}

pub async fn live_challenge(db: impl Db<'_>, id_hash: &str, now: i64) -> sqlx::Result<Option<Challenge>> {
    sqlx::query_as(&sql(
        &db,
        "SELECT user_id, remember, next, login_key FROM sign_in_challenges WHERE id_hash = $1 AND expires_at > $2",
    ))
    .bind(id_hash)
    .bind(now)
    .fetch_optional(db)
    .await
}

/// Ends a challenge; false when another request ended it first.
pub async fn delete_challenge(db: impl Db<'_>, id_hash: &str) -> sqlx::Result<bool> {
    let done = sqlx::query(&sql(&db, "DELETE FROM sign_in_challenges WHERE id_hash = $1"))
        .bind(id_hash)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Ends every waiting sign-in of an account: its password or its second
/// factor changed.
pub async fn delete_challenges_for_user(db: impl Db<'_>, user_id: i64) -> sqlx::Result<()> {
    sqlx::query(&sql(&db, "DELETE FROM sign_in_challenges WHERE user_id = $1"))
        .bind(user_id)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn purge_expired_challenges(db: impl Db<'_>, now: i64) -> sqlx::Result<u64> {
    let done = sqlx::query(&sql(&db, "DELETE FROM sign_in_challenges WHERE expires_at <= $1"))
        .bind(now)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}
