//! The reset_requests table: "forgot your password?" requests waiting to
//! be turned into a link, or into nothing.

use sqlx::{Any, AnyConnection, Executor};

use super::Backend;

/// Tries before a request that keeps failing is given up.
pub const MAX_ATTEMPTS: i64 = 5;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ResetRequest {
    pub id: i64,
    pub email: String,
}

pub async fn insert(db: impl Executor<'_, Database = Any>, email: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO reset_requests (email, created_at) VALUES ($1, $2)")
        .bind(email)
        .bind(now)
        .execute(db)
        .await?;
    Ok(())
}

/// Whether a request is waiting: a plain read, so that an idle worker
/// never takes SQLite's write lock just to look.
pub async fn any_waiting(db: impl Executor<'_, Database = Any>) -> sqlx::Result<bool> {
    let found: Option<i64> = sqlx::query_scalar("SELECT id FROM reset_requests WHERE attempts < $1 LIMIT 1")
        .bind(MAX_ATTEMPTS)
        .fetch_optional(db)
        .await?;
    Ok(found.is_some())
}

/// Takes the oldest waiting request in the caller's transaction: it is
/// gone if that commits, and back for another try if it does not. On
/// PostgreSQL a request another instance holds is skipped, not waited for.
pub async fn take(conn: &mut AnyConnection, backend: Backend) -> sqlx::Result<Option<ResetRequest>> {
    let lock = match backend {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        // The caller's write transaction already excludes every other writer.
        Backend::Sqlite => "",
    };
    let request: Option<ResetRequest> = sqlx::query_as(&format!(
        "SELECT id, email FROM reset_requests WHERE attempts < $1 ORDER BY id LIMIT 1 {lock}"
    ))
    .bind(MAX_ATTEMPTS)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(request) = &request {
        sqlx::query("DELETE FROM reset_requests WHERE id = $1").bind(request.id).execute(&mut *conn).await?;
    }
    Ok(request)
}

pub async fn count_failure(db: impl Executor<'_, Database = Any>, id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE reset_requests SET attempts = attempts + 1 WHERE id = $1")
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// Deletes requests given up on, made before `before`.
pub async fn purge_given_up(db: impl Executor<'_, Database = Any>, before: i64) -> sqlx::Result<u64> {
    let done = sqlx::query("DELETE FROM reset_requests WHERE attempts >= $1 AND created_at < $2")
        .bind(MAX_ATTEMPTS)
        .bind(before)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}
