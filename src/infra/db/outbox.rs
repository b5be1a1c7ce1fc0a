//! The outbox table: emails waiting to be sent, and those already sent.

use sqlx::{AnyPool, FromRow, Row, any::AnyRow};

use super::{Backend, Db, Dialect, long_text, sql};

#[derive(Debug, Clone)]
pub struct OutboxEmail {
    pub id: i64,
    /// The account it was written for (NULL on rows from before 0008).
    pub user_id: Option<i64>,
    pub recipient: String,
    pub subject: String,
    pub html_body: String,
    pub text_body: String,
    pub created_at: i64,
    pub attempts: i64,
    pub sent_at: Option<i64>,
}

const COLUMNS: &str = "id, user_id, recipient, subject, html_body, text_body, created_at, attempts, sent_at";

impl FromRow<'_, AnyRow> for OutboxEmail {
    fn from_row(row: &AnyRow) -> sqlx::Result<Self> {
        Ok(Self {
            id: row.try_get("id")?,
            user_id: row.try_get("user_id")?,
            recipient: row.try_get("recipient")?,
            subject: row.try_get("subject")?,
            html_body: long_text(row, "html_body")?.unwrap_or_default(),
            text_body: long_text(row, "text_body")?.unwrap_or_default(),
            created_at: row.try_get("created_at")?,
            attempts: row.try_get("attempts")?,
            sent_at: row.try_get("sent_at")?,
        })
    }
}

pub async fn insert(
    db: impl Db<'_>,
    user_id: i64,
    recipient: &str,
    subject: &str,
    html_body: &str,
    text_body: &str,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query(&sql(
        &db,
        "INSERT INTO outbox (user_id, recipient, subject, html_body, text_body, created_at, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    ))
    .bind(user_id)
    .bind(recipient)
    .bind(subject)
    .bind(html_body)
    .bind(text_body)
    .bind(now)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

/// Claims the next due email for `lease_secs` under `claim_id`, counting
/// the attempt now so that a crash mid-send still counts. One at a time:
/// a lease only has to cover one send, so a slow SMTP server cannot push
/// emails claimed with it past their lease, to be sent again elsewhere. On
/// PostgreSQL and MySQL, a row another instance is claiming at the same
/// moment is skipped, not waited for.
pub async fn claim_next(
    pool: &AnyPool,
    claim_id: i64,
    now: i64,
    lease_secs: i64,
) -> sqlx::Result<Option<OutboxEmail>> {
    let backend = pool.backend();
    if backend == Backend::MySql {
        return claim_next_mysql(pool, claim_id, now, lease_secs).await;
    }
    sqlx::query_as(&format!(
        "UPDATE outbox SET claimed_until = $1, claim_id = $2, attempts = attempts + 1 WHERE id IN ( \
           SELECT id FROM outbox WHERE sent_at IS NULL AND dead_at IS NULL AND next_attempt_at <= $3 \
           AND (claimed_until IS NULL OR claimed_until <= $3) ORDER BY id LIMIT 1 {}) \
         RETURNING {COLUMNS}",
        backend.skip_locked()
    ))
    .bind(now + lease_secs)
    .bind(claim_id)
    .bind(now)
    .fetch_optional(pool)
    .await
}

/// [`claim_next`] for MySQL, which can neither update a table that its
/// subquery reads nor return what it updated: the row is locked, claimed
/// and read in turn, in one transaction.
async fn claim_next_mysql(
    pool: &AnyPool,
    claim_id: i64,
    now: i64,
    lease_secs: i64,
) -> sqlx::Result<Option<OutboxEmail>> {
    let mut tx = pool.begin().await?;
    let due: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM outbox WHERE sent_at IS NULL AND dead_at IS NULL AND next_attempt_at <= ? \
         AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED",
    )
    .bind(now)
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(id) = due else { return Ok(None) };
    sqlx::query("UPDATE outbox SET claimed_until = ?, claim_id = ?, attempts = attempts + 1 WHERE id = ?")
        .bind(now + lease_secs)
        .bind(claim_id)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let email = sqlx::query_as(&format!("SELECT {COLUMNS} FROM outbox WHERE id = ?"))
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Some(email))
}

/// Whether a finished email keeps its body: only for the development
/// mailbox, which shows it. Elsewhere the body, with its live link, goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Body {
    Keep,
    Drop,
}

impl Body {
    fn assignments(self) -> &'static str {
        match self {
            Self::Keep => "",
            Self::Drop => ", html_body = '', text_body = ''",
        }
    }
}

/// Records a send, if the row is still held by `claim_id`; false if
/// another worker has claimed it since (the send took longer than the lease).
pub async fn mark_sent(db: impl Db<'_>, id: i64, claim_id: i64, body: Body, now: i64) -> sqlx::Result<bool> {
    let done = sqlx::query(&sql(
        &db,
        &format!(
            "UPDATE outbox SET sent_at = $1, claimed_until = NULL, last_error = NULL{} \
             WHERE id = $2 AND claim_id = $3",
            body.assignments()
        ),
    ))
    .bind(now)
    .bind(id)
    .bind(claim_id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Schedules another try at `retry_at`, or gives up (`retry_at` = None,
/// and the body goes as a sent one's does), if the row is still held by
/// `claim_id`.
pub async fn mark_failed(
    db: impl Db<'_>,
    id: i64,
    claim_id: i64,
    error: &str,
    retry_at: Option<i64>,
    body: Body,
    now: i64,
) -> sqlx::Result<bool> {
    let body = if retry_at.is_none() { body.assignments() } else { "" };
    let dead_at = if retry_at.is_none() { Some(now) } else { None };
    let done = sqlx::query(&sql(
        &db,
        &format!(
            "UPDATE outbox SET claimed_until = NULL, last_error = $1, \
             next_attempt_at = COALESCE($2, next_attempt_at), dead_at = $3{body} \
             WHERE id = $4 AND claim_id = $5"
        ),
    ))
    .bind(error)
    .bind(retry_at)
    .bind(dead_at)
    .bind(id)
    .bind(claim_id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes sent and dead emails finished before `before`.
pub async fn purge_finished(db: impl Db<'_>, before: i64) -> sqlx::Result<u64> {
    let done = sqlx::query(
        &sql(&db, "DELETE FROM outbox WHERE (sent_at IS NOT NULL OR dead_at IS NOT NULL) AND COALESCE(sent_at, dead_at) < $1"),
    )
    .bind(before)
    .execute(db)
    .await?;
    Ok(done.rows_affected())
}

/// Newest first, for the development mailbox.
pub async fn recent(db: impl Db<'_>, limit: i64) -> sqlx::Result<Vec<OutboxEmail>> {
    sqlx::query_as(&sql(&db, &format!("SELECT {COLUMNS} FROM outbox ORDER BY id DESC LIMIT $1")))
        .bind(limit)
        .fetch_all(db)
        .await
}
