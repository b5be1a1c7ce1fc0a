//! The worker that answers "forgot your password?" requests: `/forgot`
//! only writes the request down (see `api::reset::forgot`), and every
//! instance runs this to turn each into a link or into nothing.

use std::{sync::Arc, time::Duration};

use tokio::sync::{Notify, watch};

use super::state::AppState;
use crate::api::reset::ssr::answer_next_request;

/// Wakes the worker of this instance; workers of other instances find the
/// request on their next poll.
#[derive(Clone, Default)]
pub struct ResetWorker {
    wake: Arc<Notify>,
}

impl ResetWorker {
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Answers requests until `stopping` turns true. A request in hand when
    /// the process dies is answered after the restart: it leaves the table
    /// only with the link it became.
    pub async fn run(self, state: AppState, poll_interval: Duration, mut stopping: watch::Receiver<bool>) {
        while !*stopping.borrow() {
            match answer_next_request(&state).await {
                Ok(true) => continue,
                Ok(false) => {}
                Err(error) => tracing::error!("cannot answer a reset request: {error:#}"),
            }
            tokio::select! {
                () = self.wake.notified() => {}
                () = tokio::time::sleep(poll_interval) => {}
                _ = stopping.changed() => {}
            }
        }
    }
}
