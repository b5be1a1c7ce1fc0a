//! Clean-up on a timer. Every instance runs it; each step is one
//! idempotent DELETE, so several at once do no harm.

use std::sync::Arc;

use tokio::sync::watch;

use super::{
    clock,
    config::Settings,
    db::{Database, users},
};

/// Runs the clean-up now and then every `housekeeping_secs`, until
/// `stopping` turns true.
pub async fn run(db: Database, settings: Arc<Settings>, mut stopping: watch::Receiver<bool>) {
    loop {
        // An address nobody confirmed within the window was likely not its
        // owner's; removing the account frees the address and the name.
        let created_before = clock::now() - settings.purge_unconfirmed_days * 86_400;
        match users::purge_unconfirmed(db.pool(), created_before).await {
            Ok(0) => {}
            Ok(purged) => tracing::info!(purged, "removed accounts never confirmed"),
            Err(error) => tracing::error!(%error, "housekeeping failed"),
        }
        tokio::select! {
            () = tokio::time::sleep(settings.housekeeping_interval) => {}
            _ = stopping.wait_for(|stopping| *stopping) => return,
        }
    }
}
