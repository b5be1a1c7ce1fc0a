//! The rate_limits table: one token bucket per limit and client or account.

use sqlx::{Any, Executor};

/// Counts a hit if the bucket has room for it, atomically: `drained_at`
/// moves one `interval_ms` later, unless that would put it more than
/// `window_ms` past `now_ms`. The new `drained_at`, or None when refused.
pub async fn hit(
    db: impl Executor<'_, Database = Any>,
    bucket: &str,
    now_ms: i64,
    interval_ms: i64,
    window_ms: i64,
) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(
        "INSERT INTO rate_limits (bucket, drained_at) VALUES ($1, $2 + $3) \
         ON CONFLICT (bucket) DO UPDATE SET \
           drained_at = (CASE WHEN rate_limits.drained_at > $2 THEN rate_limits.drained_at ELSE $2 END) + $3 \
         WHERE (CASE WHEN rate_limits.drained_at > $2 THEN rate_limits.drained_at ELSE $2 END) + $3 <= $2 + $4 \
         RETURNING drained_at",
    )
    .bind(bucket)
    .bind(now_ms)
    .bind(interval_ms)
    .bind(window_ms)
    .fetch_optional(db)
    .await
}

/// When the bucket's hits have drained away, if it has any on record.
pub async fn drained_at(db: impl Executor<'_, Database = Any>, bucket: &str) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar("SELECT drained_at FROM rate_limits WHERE bucket = $1")
        .bind(bucket)
        .fetch_optional(db)
        .await
}

pub async fn clear(db: impl Executor<'_, Database = Any>, bucket: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM rate_limits WHERE bucket = $1").bind(bucket).execute(db).await?;
    Ok(())
}
