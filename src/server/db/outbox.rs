//! The outbox table: emails waiting to be sent, and those already sent.

use sqlx::{Any, AnyPool, Executor};

use super::Backend;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OutboxEmail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub html_body: String,
    pub text_body: String,
    pub created_at: i64,
    pub attempts: i64,
    pub sent_at: Option<i64>,
}

const COLUMNS: &str = "id, recipient, subject, html_body, text_body, created_at, attempts, sent_at";

pub async fn insert(
    db: impl Executor<'_, Database = Any>,
    user_id: i64,
    recipient: &str,
    subject: &str,
    html_body: &str,
    text_body: &str,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO outbox (user_id, recipient, subject, html_body, text_body, created_at, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6)",
    )
    .bind(user_id)
    .bind(recipient)
    .bind(subject)
    .bind(html_body)
    .bind(text_body)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

/// Claims the next due email for `lease_secs` under `claim_id`, counting
/// the attempt now so that a crash mid-send still counts. One at a time:
/// a lease only has to cover one send, so a slow SMTP server cannot push
/// emails claimed with it past their lease, to be sent again elsewhere. On
/// PostgreSQL, a row another instance is claiming at the same moment is
/// skipped, not waited for.
pub async fn claim_next(
    pool: &AnyPool,
    backend: Backend,
    claim_id: i64,
    now: i64,
    lease_secs: i64,
) -> sqlx::Result<Option<OutboxEmail>> {
    let lock = match backend {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        // SQLite has one writer at a time: the UPDATE is already exclusive.
        Backend::Sqlite => "",
    };
    sqlx::query_as(&format!(
        "UPDATE outbox SET claimed_until = $1, claim_id = $2, attempts = attempts + 1 WHERE id IN ( \
           SELECT id FROM outbox WHERE sent_at IS NULL AND dead_at IS NULL AND next_attempt_at <= $3 \
           AND (claimed_until IS NULL OR claimed_until <= $3) ORDER BY id LIMIT 1 {lock}) \
         RETURNING {COLUMNS}"
    ))
    .bind(now + lease_secs)
    .bind(claim_id)
    .bind(now)
    .fetch_optional(pool)
    .await
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
pub async fn mark_sent(
    db: impl Executor<'_, Database = Any>,
    id: i64,
    claim_id: i64,
    body: Body,
    now: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(&format!(
        "UPDATE outbox SET sent_at = $1, claimed_until = NULL, last_error = NULL{} \
         WHERE id = $2 AND claim_id = $3",
        body.assignments()
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
    db: impl Executor<'_, Database = Any>,
    id: i64,
    claim_id: i64,
    error: &str,
    retry_at: Option<i64>,
    body: Body,
    now: i64,
) -> sqlx::Result<bool> {
    let body = if retry_at.is_none() { body.assignments() } else { "" };
    let done = sqlx::query(&format!(
        "UPDATE outbox SET claimed_until = NULL, last_error = $1, \
         next_attempt_at = COALESCE($2, next_attempt_at), dead_at = CASE WHEN $2 IS NULL THEN $3 END{body} \
         WHERE id = $4 AND claim_id = $5"
    ))
    .bind(error)
    .bind(retry_at)
    .bind(now)
    .bind(id)
    .bind(claim_id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes sent and dead emails finished before `before`.
pub async fn purge_finished(db: impl Executor<'_, Database = Any>, before: i64) -> sqlx::Result<u64> {
    let done = sqlx::query(
        "DELETE FROM outbox WHERE (sent_at IS NOT NULL OR dead_at IS NOT NULL) AND COALESCE(sent_at, dead_at) < $1",
    )
    .bind(before)
    .execute(db)
    .await?;
    Ok(done.rows_affected())
}

/// Newest first, for the development mailbox.
pub async fn recent(db: impl Executor<'_, Database = Any>, limit: i64) -> sqlx::Result<Vec<OutboxEmail>> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM outbox ORDER BY id DESC LIMIT $1"))
        .bind(limit)
        .fetch_all(db)
        .await
}
