//! The rate_limits table: one counter per bucket and time window.

use sqlx::{Any, Executor};

/// Counts a hit in the bucket's window starting at `window_start` (a new
/// window starts again from one) and returns the hits so far, atomically.
pub async fn hit(
    db: impl Executor<'_, Database = Any>,
    bucket: &str,
    window_start: i64,
) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1) \
         ON CONFLICT (bucket) DO UPDATE SET \
           hits = CASE WHEN rate_limits.window_start = excluded.window_start THEN rate_limits.hits + 1 ELSE 1 END, \
           window_start = excluded.window_start \
         RETURNING hits",
    )
    .bind(bucket)
    .bind(window_start)
    .fetch_one(db)
    .await
}

/// The hits in the bucket's current window, without counting one.
pub async fn hits(
    db: impl Executor<'_, Database = Any>,
    bucket: &str,
    window_start: i64,
) -> sqlx::Result<i64> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT hits FROM rate_limits WHERE bucket = $1 AND window_start = $2")
            .bind(bucket)
            .bind(window_start)
            .fetch_optional(db)
            .await?;
    Ok(found.unwrap_or(0))
}

pub async fn clear(db: impl Executor<'_, Database = Any>, bucket: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM rate_limits WHERE bucket = $1").bind(bucket).execute(db).await?;
    Ok(())
}
