//! A few connections, beside sqlx's pool, for the queries on the hottest
//! paths: the session lookup of every signed-in page, the rate-limit count
//! of every action, and a sign-in's statements.
//!
//! sqlx 0.8's pool pings each connection handed back to it (in a task of its
//! own), so each query through it cost the database two round trips. A
//! [`Lease`] goes back without a ping, and only when the code that holds it
//! says its work finished: a connection dropped half-way through a query or
//! a transaction (an error, a request cancelled while it waited) is closed
//! instead, which is what the ping guards against.

use std::{
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use sqlx::{AnyConnection, AnyPool, Connection};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// How long a connection may sit unused before it is checked with a ping on
/// its way out. Under load connections come back within milliseconds and
/// are never pinged; after a quiet second they are, as sqlx does by default.
pub(super) const PING_WHEN_IDLE_FOR: Duration = Duration::from_secs(1);

#[derive(Debug)]
pub struct Leases {
    idle: Mutex<Vec<Idle>>,
    /// One per connection lent; a connection is opened only when none is idle.
    permits: Arc<Semaphore>,
    wait: Duration,
}

#[derive(Debug)]
struct Idle {
    connection: AnyConnection,
    since: Instant,
}

impl Leases {
    /// At most `connections` of them, each waited for up to `wait`.
    pub fn new(connections: usize, wait: Duration) -> Self {
        Self { idle: Mutex::default(), permits: Arc::new(Semaphore::new(connections)), wait }
    }

    /// An idle connection, or a new one opened by the pool (with its
    /// settings) and taken out of it.
    pub async fn lease(self: &Arc<Self>, pool: &AnyPool) -> sqlx::Result<Lease> {
        let permit = tokio::time::timeout(self.wait, Arc::clone(&self.permits).acquire_owned())
            .await
            .map_err(|_| sqlx::Error::PoolTimedOut)?
            .map_err(|_| sqlx::Error::PoolClosed)?;
        let connection = match self.live_idle().await {
            Some(connection) => connection,
            None => pool.acquire().await?.detach(),
        };
        Ok(Lease { connection: Some(connection), leases: Arc::clone(self), _permit: permit })
    }

    /// The most recently given back connection that still answers.
    async fn live_idle(&self) -> Option<AnyConnection> {
        loop {
            let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop()?;
            // One unused for a while may have been cut by a restart or a proxy.
            if idle.since.elapsed() <= PING_WHEN_IDLE_FOR || idle.connection.ping().await.is_ok() {
                return Some(idle.connection);
            }
        }
    }
}

/// A connection lent for a few statements. [`Lease::give_back`] returns it;
/// dropped without that, the connection is closed.
pub struct Lease {
    connection: Option<AnyConnection>,
    leases: Arc<Leases>,
    _permit: OwnedSemaphorePermit,
}

impl Lease {
    pub fn connection(&mut self) -> &mut AnyConnection {
        self.connection.as_mut().expect("a lease holds its connection until given back")
    }

    /// Call once its statements have returned and any transaction on it has
    /// ended: the connection is then between statements, fit for the next.
    pub fn give_back(mut self) {
        if let Some(connection) = self.connection.take() {
            let mut idle = self.leases.idle.lock().unwrap_or_else(|e| e.into_inner());
            idle.push(Idle { connection, since: Instant::now() });
        }
    }
}
