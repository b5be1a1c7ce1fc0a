//! The reset_requests table: "forgot your password?" requests waiting to
//! be turned into a link, or into nothing.

use sqlx::AnyConnection;

use super::{Db, Dialect, sql};

/// Tries before a request that keeps failing is given up.
pub const MAX_ATTEMPTS: i64 = 5;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ResetRequest {
    pub id: i64,
    pub email: String,
}

pub async fn insert(db: impl Db<'_>, email: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query(&sql(&db, "INSERT INTO reset_requests (email, created_at) VALUES ($1, $2)"))
        .bind(email)
        .bind(now)
        .execute(db)
        .await?;
    Ok(())
}

/// Whether a request is waiting: a plain read, so that an idle worker
/// never takes SQLite's write lock just to look.
pub async fn any_waiting(db: impl Db<'_>) -> sqlx::Result<bool> {
    let found: Option<i64> =
        sqlx::query_scalar(&sql(&db, "SELECT id FROM reset_requests WHERE attempts < $1 LIMIT 1"))
            .bind(MAX_ATTEMPTS)
            .fetch_optional(db)
            .await?;
    Ok(found.is_some())
}

/// Takes the oldest waiting request in the caller's transaction: it is
/// gone if that commits, and back for another try if it does not. On
/// PostgreSQL and MySQL a request another instance holds is skipped, not
/// waited for.
pub async fn take(conn: &mut AnyConnection) -> sqlx::Result<Option<ResetRequest>> {
    let request: Option<ResetRequest> = sqlx::query_as(&sql(
        &*conn,
        &format!(
            "SELECT id, email FROM reset_requests WHERE attempts < $1 ORDER BY id LIMIT 1 {}",
            conn.backend().skip_locked()
        ),
    ))
    .bind(MAX_ATTEMPTS)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(request) = &request {
        sqlx::query(&sql(&*conn, "DELETE FROM reset_requests WHERE id = $1"))
            .bind(request.id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(request)
}

pub async fn count_failure(db: impl Db<'_>, id: i64) -> sqlx::Result<()> {
    sqlx::query(&sql(&db, "UPDATE reset_requests SET attempts = attempts + 1 WHERE id = $1"))
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// Deletes requests given up on, made before `before`.
pub async fn purge_given_up(db: impl Db<'_>, before: i64) -> sqlx::Result<u64> {
    let done = sqlx::query(&sql(&db, "DELETE FROM reset_requests WHERE attempts >= $1 AND created_at < $2"))
        .bind(MAX_ATTEMPTS)
        .bind(before)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}
