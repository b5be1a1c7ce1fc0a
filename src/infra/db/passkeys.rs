//! The passkeys and passkey_ceremonies tables, and the account's WebAuthn
//! user handle on users.

use super::{Db, sql};

/// The account's user handle, if it has one yet.
pub async fn webauthn_id(db: impl Db<'_>, user_id: i64) -> sqlx::Result<Option<String>> {
    let row: Option<(Option<String>,)> =
        sqlx::query_as(&sql(&db, "SELECT webauthn_id FROM users WHERE id = $1"))
            .bind(user_id)
            .fetch_optional(db)
            .await?;
    Ok(row.and_then(|(id,)| id))
}

/// Gives the account `handle` unless it has one already (of two requests,
/// the first's stays): read it back with [`webauthn_id`].
pub async fn set_webauthn_id(db: impl Db<'_>, user_id: i64, handle: &str) -> sqlx::Result<()> {
    sqlx::query(&sql(&db, "UPDATE users SET webauthn_id = $1 WHERE id = $2 AND webauthn_id IS NULL"))
        .bind(handle)
        .bind(user_id)
        .execute(db)
        .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StoredPasskey {
    pub id: i64,
    pub user_id: i64,
    /// webauthn-rs's `Passkey`, as JSON.
    pub credential: String,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

const COLUMNS: &str = "id, user_id, credential, name, created_at, last_used_at";

pub async fn for_user(db: impl Db<'_>, user_id: i64) -> sqlx::Result<Vec<StoredPasskey>> {
    sqlx::query_as(&sql(&db, &format!("SELECT {COLUMNS} FROM passkeys WHERE user_id = $1 ORDER BY id")))
        .bind(user_id)
        .fetch_all(db)
        .await
}

/// The passkey with this credential id (by its hash), if it belongs to the
/// account whose user handle is `handle`.
pub async fn find(
    db: impl Db<'_>,
    credential_key: &str,
    handle: &str,
) -> sqlx::Result<Option<StoredPasskey>> {
    sqlx::query_as(&sql(
        &db,
        "SELECT p.id, p.user_id, p.credential, p.name, p.created_at, p.last_used_at \
         FROM passkeys p JOIN users u ON u.id = p.user_id \
         WHERE p.credential_key = $1 AND u.webauthn_id = $2",
    ))
    .bind(credential_key)
    .bind(handle)
    .fetch_optional(db)
    .await
}

/// Stores a new passkey; false when its credential id is stored already
/// (for this account or another): the unique index says so.
pub async fn insert(
    db: impl Db<'_>,
    user_id: i64,
    credential_key: &str,
    credential: &str,
    name: &str,
    now: i64,
) -> sqlx::Result<bool> {
    let inserted = sqlx::query(&sql(
        &db,
        "INSERT INTO passkeys (user_id, credential_key, credential, name, created_at) VALUES ($1, $2, $3, $4, $5)",
    ))
    .bind(user_id)
    .bind(credential_key)
    .bind(credential)
    .bind(name)
    .bind(now)
    .execute(db)
    .await;
    match inserted {
        Ok(_) => Ok(true),
        Err(sqlx::Error::Database(error)) if error.is_unique_violation() => Ok(false),
        Err(error) => Err(error),
    }
}

/// Renames one of the account's passkeys; false when it has none with `id`.
pub async fn rename(db: impl Db<'_>, user_id: i64, id: i64, name: &str) -> sqlx::Result<bool> {
    let done = sqlx::query(&sql(&db, "UPDATE passkeys SET name = $1 WHERE id = $2 AND user_id = $3"))
        .bind(name)
        .bind(id)
        .bind(user_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes one of the account's passkeys and answers its name; None when
/// the account has none with `id`. Run in a transaction.
pub async fn delete(conn: &mut sqlx::AnyConnection, user_id: i64, id: i64) -> sqlx::Result<Option<String>> {
    let name: Option<String> =
        sqlx::query_scalar(&sql(&*conn, "SELECT name FROM passkeys WHERE id = $1 AND user_id = $2"))
            .bind(id)
            .bind(user_id)
            .fetch_optional(&mut *conn)
            .await?;
    let done = sqlx::query(&sql(&*conn, "DELETE FROM passkeys WHERE id = $1 AND user_id = $2"))
        .bind(id)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(name.filter(|_| done.rows_affected() == 1))
}

/// After a sign-in: the credential as it now is (its counter), and when.
pub async fn used(db: impl Db<'_>, id: i64, credential: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query(&sql(&db, "UPDATE passkeys SET credential = $1, last_used_at = $2 WHERE id = $3"))
        .bind(credential)
        .bind(now)
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn insert_ceremony(
    db: impl Db<'_>,
    id_hash: &str,
    kind: &str,
    user_id: Option<i64>,
    state: &str,
    now: i64,
    expires_at: i64,
) -> sqlx::Result<()> {
    sqlx::query(&sql(
        &db,
        "INSERT INTO passkey_ceremonies (id_hash, kind, user_id, state, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    ))
    .bind(id_hash)
    .bind(kind)
    .bind(user_id)
    .bind(state)
    .bind(now)
    .bind(expires_at)
    .execute(db)
    .await?;
    Ok(())
}

/// A live ceremony's account and state, read and deleted in one go: of two
/// requests presenting it, one gets it. Run in a transaction.
pub async fn take_ceremony(
    conn: &mut sqlx::AnyConnection,
    id_hash: &str,
    kind: &str,
    now: i64,
) -> sqlx::Result<Option<(Option<i64>, String)>> {
    let found: Option<(Option<i64>, String)> = sqlx::query_as(&sql(
        &*conn,
        "SELECT user_id, state FROM passkey_ceremonies WHERE id_hash = $1 AND kind = $2 AND expires_at > $3",
    ))
    .bind(id_hash)
    .bind(kind)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    let done = sqlx::query(&sql(&*conn, "DELETE FROM passkey_ceremonies WHERE id_hash = $1"))
        .bind(id_hash)
        .execute(&mut *conn)
        .await?;
    Ok(found.filter(|_| done.rows_affected() == 1))
}

pub async fn purge_expired_ceremonies(db: impl Db<'_>, now: i64) -> sqlx::Result<u64> {
    let done = sqlx::query(&sql(&db, "DELETE FROM passkey_ceremonies WHERE expires_at <= $1"))
        .bind(now)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}
