//! How a background worker of this instance is told there is work now;
//! workers of other instances find it on their next poll.

use std::{sync::Arc, time::Duration};

use tokio::sync::{Notify, watch};

#[derive(Clone, Default)]
pub struct Wake(Arc<Notify>);

impl Wake {
    pub fn wake(&self) {
        self.0.notify_one();
    }

    /// Waits until woken, `poll_interval` has passed, or `stopping` changes.
    pub async fn wait(&self, poll_interval: Duration, stopping: &mut watch::Receiver<bool>) {
        tokio::select! {
            () = self.0.notified() => {}
            () = tokio::time::sleep(poll_interval) => {}
            _ = stopping.changed() => {}
        }
    }
}
