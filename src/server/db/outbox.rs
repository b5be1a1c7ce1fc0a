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
    recipient: &str,
    subject: &str,
    html_body: &str,
    text_body: &str,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO outbox (recipient, subject, html_body, text_body, created_at, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(recipient)
    .bind(subject)
    .bind(html_body)
    .bind(text_body)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

/// Claims up to `limit` due emails for `lease_secs`, counting the attempt
/// now so that a crash mid-send still counts. On PostgreSQL, rows another
/// instance is claiming at the same moment are skipped, not waited for, so
/// workers on several instances never take the same email.
pub async fn claim_due(
    pool: &AnyPool,
    backend: Backend,
    now: i64,
    lease_secs: i64,
    limit: i64,
) -> sqlx::Result<Vec<OutboxEmail>> {
    let lock = match backend {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        // SQLite has one writer at a time: the UPDATE is already exclusive.
        Backend::Sqlite => "",
    };
    sqlx::query_as(&format!(
        "UPDATE outbox SET claimed_until = $1, attempts = attempts + 1 WHERE id IN ( \
           SELECT id FROM outbox WHERE sent_at IS NULL AND dead_at IS NULL AND next_attempt_at <= $2 \
           AND (claimed_until IS NULL OR claimed_until <= $2) ORDER BY id LIMIT $3 {lock}) \
         RETURNING {COLUMNS}"
    ))
    .bind(now + lease_secs)
    .bind(now)
    .bind(limit)
    .fetch_all(pool)
    .await
}

pub async fn mark_sent(db: impl Executor<'_, Database = Any>, id: i64, now: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE outbox SET sent_at = $1, claimed_until = NULL, last_error = NULL WHERE id = $2")
        .bind(now)
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// Schedules another try at `retry_at`, or gives up (`retry_at` = None).
pub async fn mark_failed(
    db: impl Executor<'_, Database = Any>,
    id: i64,
    error: &str,
    retry_at: Option<i64>,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE outbox SET claimed_until = NULL, last_error = $1, \
         next_attempt_at = COALESCE($2, next_attempt_at), dead_at = CASE WHEN $2 IS NULL THEN $3 END \
         WHERE id = $4",
    )
    .bind(error)
    .bind(retry_at)
    .bind(now)
    .bind(id)
    .execute(db)
    .await?;
    Ok(())
}

/// Newest first, for the development mailbox.
pub async fn recent(db: impl Executor<'_, Database = Any>, limit: i64) -> sqlx::Result<Vec<OutboxEmail>> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM outbox ORDER BY id DESC LIMIT $1"))
        .bind(limit)
        .fetch_all(db)
        .await
}
