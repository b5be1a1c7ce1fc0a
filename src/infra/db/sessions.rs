//! The sessions table: one row per signed-in browser.

use super::{Db, sql};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Session {
    pub id_hash: String,
    pub user_id: i64,
    /// 1 with "remember me", 0 without.
    pub remember: i64,
    pub user_agent: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
}

/// A session with the account it belongs to, as every request needs both.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionWithUser {
    #[sqlx(flatten)]
    pub session: Session,
    pub username: String,
    pub email: String,
    pub email_confirmed_at: Option<i64>,
    pub language: Option<String>,
}

impl Session {
    pub fn remembered(&self) -> bool {
        self.remember != 0
    }
}

pub async fn insert(db: impl Db<'_>, session: &Session) -> sqlx::Result<()> {
    sqlx::query(&sql(
        &db,
        "INSERT INTO sessions (id_hash, user_id, remember, user_agent, created_at, last_seen_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    ))
    .bind(&session.id_hash)
    .bind(session.user_id)
    .bind(session.remember)
    .bind(&session.user_agent)
    .bind(session.created_at)
    .bind(session.last_seen_at)
    .bind(session.expires_at)
    .execute(db)
    .await?;
    Ok(())
}

/// The session if it exists and has not passed its absolute end; the idle
/// timeout depends on "remember me" and is checked by the caller.
pub async fn find(db: impl Db<'_>, id_hash: &str, now: i64) -> sqlx::Result<Option<SessionWithUser>> {
    sqlx::query_as(&sql(
        &db,
        "SELECT s.id_hash, s.user_id, s.remember, s.user_agent, s.created_at, s.last_seen_at, \
         s.expires_at, u.username, u.email, u.email_confirmed_at, u.language \
         FROM sessions s JOIN users u ON u.id = s.user_id \
         WHERE s.id_hash = $1 AND s.expires_at > $2",
    ))
    .bind(id_hash)
    .bind(now)
    .fetch_optional(db)
    .await
}

pub async fn touch(db: impl Db<'_>, id_hash: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query(&sql(&db, "UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2"))
        .bind(now)
        .bind(id_hash)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn delete(db: impl Db<'_>, id_hash: &str) -> sqlx::Result<()> {
    sqlx::query(&sql(&db, "DELETE FROM sessions WHERE id_hash = $1")).bind(id_hash).execute(db).await?;
    Ok(())
}

/// A user's live sessions, most recently used first.
pub async fn list_for_user(db: impl Db<'_>, user_id: i64, now: i64) -> sqlx::Result<Vec<Session>> {
    sqlx::query_as(&sql(
        &db,
        "SELECT id_hash, user_id, remember, user_agent, created_at, last_seen_at, expires_at \
         FROM sessions WHERE user_id = $1 AND expires_at > $2 ORDER BY last_seen_at DESC, created_at DESC",
    ))
    .bind(user_id)
    .bind(now)
    .fetch_all(db)
    .await
}

/// Ends every session of a user except, optionally, the one in use.
pub async fn delete_for_user(db: impl Db<'_>, user_id: i64, keep: Option<&str>) -> sqlx::Result<u64> {
    let done = sqlx::query(&sql(&db, "DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2"))
        .bind(user_id)
        .bind(keep.unwrap_or(""))
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}

/// Deletes sessions past their absolute end or their idle limit (`idle_secs`
/// without "remember me", `remembered_idle_secs` with it).
pub async fn purge_ended(
    db: impl Db<'_>,
    now: i64,
    idle_secs: i64,
    remembered_idle_secs: i64,
) -> sqlx::Result<u64> {
    let done = sqlx::query(&sql(
        &db,
        "DELETE FROM sessions WHERE expires_at <= $1 \
         OR (remember = 0 AND last_seen_at <= $2) OR (remember <> 0 AND last_seen_at <= $3)",
    ))
    .bind(now)
    .bind(now - idle_secs)
    .bind(now - remembered_idle_secs)
    .execute(db)
    .await?;
    Ok(done.rows_affected())
}
