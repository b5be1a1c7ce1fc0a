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

/// [`hit`] for several buckets of one limit in one statement; returns the
/// buckets that had room (and were counted).
pub async fn hit_each(
    db: impl Executor<'_, Database = Any>,
    buckets: &[String],
    now_ms: i64,
    interval_ms: i64,
    window_ms: i64,
) -> sqlx::Result<Vec<String>> {
    let rows = (0..buckets.len()).map(|i| format!("(${}, $1 + $2)", i + 4)).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "INSERT INTO rate_limits (bucket, drained_at) VALUES {rows} \
         ON CONFLICT (bucket) DO UPDATE SET \
           drained_at = (CASE WHEN rate_limits.drained_at > $1 THEN rate_limits.drained_at ELSE $1 END) + $2 \
         WHERE (CASE WHEN rate_limits.drained_at > $1 THEN rate_limits.drained_at ELSE $1 END) + $2 <= $1 + $3 \
         RETURNING bucket"
    );
    let mut query = sqlx::query_scalar(&sql).bind(now_ms).bind(interval_ms).bind(window_ms);
    for bucket in buckets {
        query = query.bind(bucket);
    }
    query.fetch_all(db).await
}

/// When the bucket's hits have drained away, if it has any on record.
pub async fn drained_at(db: impl Executor<'_, Database = Any>, bucket: &str) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar("SELECT drained_at FROM rate_limits WHERE bucket = $1")
        .bind(bucket)
        .fetch_optional(db)
        .await
}

pub async fn clear(db: impl Executor<'_, Database = Any>, buckets: &[String]) -> sqlx::Result<()> {
    let list = (1..=buckets.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
    let sql = format!("DELETE FROM rate_limits WHERE bucket IN ({list})");
    let mut query = sqlx::query(&sql);
    for bucket in buckets {
        query = query.bind(bucket);
    }
    query.execute(db).await?;
    Ok(())
}
