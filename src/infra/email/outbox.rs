//! Queues email in the caller's transaction and delivers it in the
//! background, so no request ever waits on an SMTP server and no email is
//! lost to a crash or a restart.

use std::time::Duration;

use sqlx::AnyConnection;
use tokio::sync::watch;
use tracing::Instrument;

use super::{
    templates::Email,
    transport::{SendError, Transport},
};
use crate::{
    domain::Language,
    infra::{
        clock,
        config::RetryPolicy,
        db::{
            Database,
            outbox::{self, Body},
            users,
        },
        wake::Wake,
    },
};

/// Adds an email for the account `user_id` to the outbox inside the
/// transaction of the change that causes it; call [`Outbox::wake`] after
/// the commit. Deleting the account deletes the email while it waits.
pub async fn enqueue(
    conn: &mut AnyConnection,
    user_id: i64,
    to: &str,
    email: &Email<'_>,
) -> anyhow::Result<()> {
    let content = email.render(language_of(conn, user_id).await?)?;
    outbox::insert(conn, user_id, to, &content.subject, &content.html, &content.text, clock::now()).await?;
    Ok(())
}

/// The language an email to `user_id` is written in: the account's saved
/// one, else that of the request that caused it (an account from before
/// languages were saved), else English.
async fn language_of(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<Language> {
    let saved = users::find_by_id(&mut *conn, user_id).await?.and_then(|user| user.language());
    let requested = || {
        leptos::prelude::use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<Language>().copied())
    };
    Ok(saved.or_else(requested).unwrap_or_default())
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
    wake: Wake,
}

impl Outbox {
    pub fn wake(&self) {
        self.wake.wake();
    }

    /// Delivers due email, one claim per email, until `stopping` turns
    /// true; the email in hand is always finished first.
    pub async fn run_worker(
        self,
        db: Database,
        transport: Transport,
        policy: RetryPolicy,
        mut stopping: watch::Receiver<bool>,
    ) {
        // The development mailbox shows what was sent; anywhere else a sent
        // email's body (its link in clear) is dropped.
        let body = if transport.is_dev_mailbox() { Body::Keep } else { Body::Drop };
        let lease_secs = i64::try_from(policy.lease.as_secs()).unwrap_or(i64::MAX);
        // Claims are told apart by a number: random per worker, then counted.
        let mut seed = [0; 8];
        if let Err(error) = getrandom::fill(&mut seed) {
            tracing::error!(%error, "no OS random source: the outbox worker cannot start");
            return;
        }
        let mut claim_id = i64::from_ne_bytes(seed);
        while !*stopping.borrow() {
            claim_id = claim_id.wrapping_add(1);
            match outbox::claim_next(db.pool(), claim_id, clock::now(), lease_secs).await {
                Ok(Some(email)) => {
                    let span =
                        tracing::info_span!("job", job = "outbox", email = email.id, account = email.user_id);
                    let claim = Claim { email: &email, id: claim_id, body };
                    deliver(&db, &transport, &policy, claim).instrument(span).await;
                    continue;
                }
                Ok(None) => {}
                Err(error) => tracing::error!(%error, "cannot read the outbox"),
            }
            self.wake.wait(policy.poll_interval, &mut stopping).await;
        }
        tracing::info!("outbox worker stopped");
    }
}

/// An email in this worker's hands.
struct Claim<'a> {
    email: &'a outbox::OutboxEmail,
    id: i64,
    body: Body,
}

async fn deliver(db: &Database, transport: &Transport, policy: &RetryPolicy, claim: Claim<'_>) {
    let Claim { email, id: claim_id, body } = claim;
    // Half the lease: the send ends, one way or the other, while this
    // worker still holds the email, so no other worker sends it meanwhile.
    let result = match tokio::time::timeout(policy.lease / 2, transport.send(email)).await {
        Ok(result) => result,
        Err(_) => Err(SendError::Temporary(anyhow::anyhow!("no answer within {:?}", policy.lease / 2))),
    };
    let now = clock::now();
    let recorded = match &result {
        Ok(()) => {
            tracing::info!(id = email.id, "email sent");
            outbox::mark_sent(db.pool(), email.id, claim_id, body, now).await
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
            outbox::mark_failed(db.pool(), email.id, claim_id, &error.to_string(), retry_at, body, now).await
        }
    };
    match recorded {
        Ok(true) => {}
        // Only if the database stalled for longer than half the lease.
        Ok(false) => {
            tracing::warn!(id = email.id, "the email's claim ran out before its outcome was recorded")
        }
        // The lease runs out and another pass retries it.
        Err(error) => tracing::error!(id = email.id, %error, "cannot record the outcome of a send"),
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
            lease: Duration::from_secs(120),
        };
        let delays: Vec<u64> = (1..=6).map(|n| policy.delay_after(n).as_secs()).collect();
        assert_eq!(delays, [5, 10, 20, 40, 60, 60]);
    }
}
