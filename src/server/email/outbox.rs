//! Queues email in the caller's transaction and delivers it in the
//! background, so no request ever waits on an SMTP server and no email is
//! lost to a crash or a restart.

use std::{sync::Arc, time::Duration};

use sqlx::AnyConnection;
use tokio::sync::{Notify, watch};

use super::{
    templates::EmailContent,
    transport::{SendError, Transport},
};
use crate::server::{
    clock,
    config::RetryPolicy,
    db::{Database, outbox},
};

/// How long a claimed email stays with one worker before another may retry it.
const LEASE_SECS: i64 = 60;
const BATCH: i64 = 10;

/// Adds an email to the outbox inside the transaction of the change that
/// causes it; call [`Outbox::wake`] after the commit.
pub async fn enqueue(conn: &mut AnyConnection, to: &str, content: &EmailContent) -> sqlx::Result<()> {
    outbox::insert(conn, to, &content.subject, &content.html, &content.text, clock::now()).await
}

impl RetryPolicy {
    fn delay_after(&self, attempts: i64) -> Duration {
        let doublings = u32::try_from(attempts.saturating_sub(1)).unwrap_or(u32::MAX).min(20);
        self.first_delay.saturating_mul(2u32.saturating_pow(doublings)).min(self.max_delay)
    }
}

/// Wakes the worker of this instance; workers of other instances find the
/// email on their next poll.
#[derive(Clone, Default)]
pub struct Outbox {
    wake: Arc<Notify>,
}

impl Outbox {
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Delivers due email until `stopping` turns true; the email in hand is
    /// always finished first.
    pub async fn run_worker(
        self,
        db: Database,
        transport: Transport,
        policy: RetryPolicy,
        mut stopping: watch::Receiver<bool>,
    ) {
        while !*stopping.borrow() {
            let due = match outbox::claim_due(db.pool(), db.backend(), clock::now(), LEASE_SECS, BATCH).await
            {
                Ok(due) => due,
                Err(error) => {
                    tracing::error!(%error, "cannot read the outbox");
                    Vec::new()
                }
            };
            if due.is_empty() {
                tokio::select! {
                    () = self.wake.notified() => {}
                    () = tokio::time::sleep(policy.poll_interval) => {}
                    _ = stopping.changed() => {}
                }
                continue;
            }
            for email in due {
                deliver(&db, &transport, &policy, &email).await;
            }
        }
        tracing::info!("outbox worker stopped");
    }
}

async fn deliver(db: &Database, transport: &Transport, policy: &RetryPolicy, email: &outbox::OutboxEmail) {
    let result = transport.send(email).await;
    let now = clock::now();
    let recorded = match &result {
        Ok(()) => {
            tracing::info!(id = email.id, "email sent");
            outbox::mark_sent(db.pool(), email.id, now).await
        }
        Err(error) => {
            let retry_at = match error {
                SendError::Temporary(_) if email.attempts < policy.max_attempts => {
                    let delay = policy.delay_after(email.attempts);
                    Some(now + i64::try_from(delay.as_secs()).unwrap_or(i64::MAX))
                }
                _ => None,
            };
            if retry_at.is_some() {
                tracing::warn!(id = email.id, attempts = email.attempts, %error, "email not sent; will retry");
            } else {
                tracing::error!(id = email.id, attempts = email.attempts, %error, "email not sent; giving up");
            }
            outbox::mark_failed(db.pool(), email.id, &error.to_string(), retry_at, now).await
        }
    };
    if let Err(error) = recorded {
        // The lease runs out and another pass retries it.
        tracing::error!(id = email.id, %error, "cannot record the outcome of a send");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let policy = RetryPolicy {
            first_delay: Duration::from_secs(5),
            max_delay: Duration::from_secs(60),
            max_attempts: 8,
            poll_interval: Duration::from_secs(1),
        };
        let delays: Vec<u64> = (1..=6).map(|n| policy.delay_after(n).as_secs()).collect();
        assert_eq!(delays, [5, 10, 20, 40, 60, 60]);
    }
}
