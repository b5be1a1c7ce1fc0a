//! The rate_limits table: one token bucket per limit and client or account.

use sqlx::AnyConnection;

use super::{Backend, Db, Dialect, is_unique_violation, sql};

/// One bucket to count a hit in: its name, the time one hit takes to drain
/// away, and how far ahead of now its hits may reach.
pub struct Hit {
    pub bucket: String,
    pub interval_ms: i64,
    pub window_ms: i64,
}

/// Counts a hit in each bucket that has room for it, atomically: a hit
/// moves `drained_at` one interval later, unless that would put it more
/// than the window past `now_ms`. Returns the buckets counted.
pub async fn hit(conn: &mut AnyConnection, hits: &[Hit], now_ms: i64) -> sqlx::Result<Vec<String>> {
    // Rows are locked in the order given: every statement and transaction
    // here takes them in the buckets' order, so two never wait on each
    // other in a circle (PostgreSQL found such deadlocks under a flood).
    let mut hits: Vec<&Hit> = hits.iter().collect();
    hits.sort_by(|a, b| a.bucket.cmp(&b.bucket));
    if conn.backend() == Backend::MySql {
        return hit_mysql(conn, &hits, now_ms).await;
    }
    // One statement for every bucket. excluded.drained_at - now is the
    // bucket's interval.
    let rows = (0..hits.len())
        .map(|i| format!("(${}, $1 + ${}, ${})", 3 * i + 2, 3 * i + 3, 3 * i + 4))
        .collect::<Vec<_>>()
        .join(", ");
    let statement = format!(
        "INSERT INTO rate_limits (bucket, drained_at, window_ms) VALUES {rows} \
         ON CONFLICT (bucket) DO UPDATE SET \
           drained_at = (CASE WHEN rate_limits.drained_at > $1 THEN rate_limits.drained_at ELSE $1 END) \
                        + (excluded.drained_at - $1), \
           window_ms = excluded.window_ms \
         WHERE (CASE WHEN rate_limits.drained_at > $1 THEN rate_limits.drained_at ELSE $1 END) \
               + (excluded.drained_at - $1) <= $1 + excluded.window_ms \
         RETURNING bucket"
    );
    let mut query = sqlx::query_scalar(&statement).bind(now_ms);
    for hit in hits {
        query = query.bind(&hit.bucket).bind(hit.interval_ms).bind(hit.window_ms);
    }
    query.fetch_all(conn).await
}

/// [`hit`] for MySQL, which has neither RETURNING nor a conditional upsert.
/// No transaction around the buckets: a lock held across a sign-in's
/// statements queued a flood of sign-ins to one account until the pool ran
/// dry. Each bucket is counted on its own, see [`hit_one_mysql`].
async fn hit_mysql(conn: &mut AnyConnection, hits: &[&Hit], now_ms: i64) -> sqlx::Result<Vec<String>> {
    let mut counted = Vec::new();
    for hit in hits {
        if hit_one_mysql(conn, hit, now_ms).await? {
            counted.push(hit.bucket.clone());
        }
    }
    Ok(counted)
}

/// Moves the bucket on if it has room; creates it, with this hit, if it is
/// absent. Each statement decides alone: the UPDATE's `rows_affected` is
/// the rows its WHERE matched (sqlx asks MySQL for found rows), and the
/// INSERT fails on a row that exists. When another request creates the row
/// between the two, a second UPDATE counts against it. (Creating an empty
/// row first and counting in a second statement failed: housekeeping, which
/// deletes empty rows, could delete it in between.)
async fn hit_one_mysql(conn: &mut AnyConnection, hit: &Hit, now_ms: i64) -> sqlx::Result<bool> {
    let room = || {
        sqlx::query(
            "UPDATE rate_limits SET drained_at = GREATEST(drained_at, ?) + ?, window_ms = ? \
             WHERE bucket = ? AND GREATEST(drained_at, ?) + ? <= ? + ?",
        )
        .bind(now_ms)
        .bind(hit.interval_ms)
        .bind(hit.window_ms)
        .bind(&hit.bucket)
        .bind(now_ms)
        .bind(hit.interval_ms)
        .bind(now_ms)
        .bind(hit.window_ms)
    };
    if room().execute(&mut *conn).await?.rows_affected() == 1 {
        return Ok(true);
    }
    let created = sqlx::query("INSERT INTO rate_limits (bucket, drained_at, window_ms) VALUES (?, ?, ?)")
        .bind(&hit.bucket)
        .bind(now_ms + hit.interval_ms)
        .bind(hit.window_ms)
        .execute(&mut *conn)
        .await;
    match created {
        Ok(_) => Ok(true),
        Err(error) if is_unique_violation(&error) => {
            Ok(room().execute(&mut *conn).await?.rows_affected() == 1)
        }
        Err(error) => Err(error),
    }
}

/// When the bucket's hits have drained away, if it has any on record.
pub async fn drained_at(db: impl Db<'_>, bucket: &str) -> sqlx::Result<Option<i64>> {
    sqlx::query_scalar(&sql(&db, "SELECT drained_at FROM rate_limits WHERE bucket = $1"))
        .bind(bucket)
        .fetch_optional(db)
        .await
}

/// Empties the buckets, locking them in their order as [`hit`] does: on
/// PostgreSQL a plain DELETE of several rows locks them in whatever order
/// its scan finds them, so the rows are locked first, sorted. On MySQL the
/// rows are kept, empty (an empty bucket allows what an absent one does):
/// a deleted row that a concurrent hit creates again takes InnoDB's gap
/// locks, and a flood of sign-ins to one account deadlocked on them.
/// InnoDB updates by primary key in key order; SQLite has one writer at a
/// time and nothing to order.
pub async fn clear(db: impl Db<'_>, buckets: &[String]) -> sqlx::Result<()> {
    let list = (1..=buckets.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
    let statement = match db.backend() {
        Backend::Postgres => format!(
            "DELETE FROM rate_limits WHERE bucket IN \
             (SELECT bucket FROM rate_limits WHERE bucket IN ({list}) ORDER BY bucket FOR UPDATE)"
        ),
        Backend::MySql => format!("UPDATE rate_limits SET drained_at = 0 WHERE bucket IN ({list})"),
        Backend::Sqlite => format!("DELETE FROM rate_limits WHERE bucket IN ({list})"),
    };
    let statement = sql(&db, &statement);
    let mut query = sqlx::query(&statement);
    for bucket in buckets {
        query = query.bind(bucket);
    }
    query.execute(db).await?;
    Ok(())
}

/// Deletes buckets whose hits have all drained away: an absent bucket and
/// an empty one allow the same.
pub async fn purge_drained(db: impl Db<'_>, now_ms: i64) -> sqlx::Result<u64> {
    let done = sqlx::query(&sql(&db, "DELETE FROM rate_limits WHERE drained_at <= $1"))
        .bind(now_ms)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
}
