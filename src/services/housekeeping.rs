//! Clean-up on a timer, and on demand (`accounts purge`). Every instance
//! runs it; each step is one idempotent DELETE, so several at once do no
//! harm. What is kept how long is in the README.

use std::sync::Arc;

use tokio::sync::watch;
use tracing::Instrument;

use crate::infra::{
    clock,
    config::Settings,
    db::{Database, outbox, passkeys, rate_limits, reset_requests, sessions, tokens, two_step, users},
};

/// What one pass deleted.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Purged {
    pub unconfirmed_accounts: u64,
    pub sessions: u64,
    pub sign_ins_waiting: u64,
    pub links: u64,
    pub rate_limit_buckets: u64,
    pub emails: u64,
    pub reset_requests: u64,
}

impl std::fmt::Display for Purged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} unconfirmed account(s), {} ended session(s), {} expired second step(s) and passkey ceremonies, {} dead link(s), \
             {} drained rate limit(s), {} old email(s), {} given-up reset request(s)",
            self.unconfirmed_accounts,
            self.sessions,
            self.sign_ins_waiting,
            self.links,
            self.rate_limit_buckets,
            self.emails,
            self.reset_requests
        )
    }
}

/// Deletes what nobody needs any more.
pub async fn purge(db: &Database, settings: &Settings) -> sqlx::Result<Purged> {
    let pool = db.pool();
    let now = clock::now();
    let kept_since = now - settings.retention_days * 86_400;
    let policy = &settings.sessions;
    Ok(Purged {
        // An address nobody confirmed within the window was likely not its
        // owner's; removing the account frees the address and the name.
        unconfirmed_accounts: users::purge_unconfirmed(pool, now - settings.purge_unconfirmed_days * 86_400)
            .await?,
        sessions: sessions::purge_ended(pool, now, policy.idle_secs, policy.remembered_idle_secs).await?,
        sign_ins_waiting: two_step::purge_expired_challenges(pool, now).await?
            + passkeys::purge_expired_ceremonies(pool, now).await?,
        links: tokens::purge_expired(pool, kept_since).await?,
        rate_limit_buckets: rate_limits::purge_drained(pool, clock::now_ms()).await?,
        emails: outbox::purge_finished(pool, kept_since).await?,
        reset_requests: reset_requests::purge_given_up(pool, kept_since).await?,
    })
}

/// Runs [`purge`] now and then every `housekeeping_secs`, until `stopping`
/// turns true.
pub async fn run(db: Database, settings: Arc<Settings>, mut stopping: watch::Receiver<bool>) {
    loop {
        match purge(&db, &settings).instrument(tracing::info_span!("job", job = "housekeeping")).await {
            Ok(purged) if purged == Purged::default() => {}
            Ok(purged) => tracing::info!("housekeeping deleted {purged}"),
            Err(error) => tracing::error!(%error, "housekeeping failed"),
        }
        tokio::select! {
            () = tokio::time::sleep(settings.housekeeping_interval) => {}
            _ = stopping.wait_for(|stopping| *stopping) => return,
        }
    }
}
