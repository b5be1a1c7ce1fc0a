//! A few connections, beside sqlx's pool, for the one query every signed-in
//! page makes: finding its session.
//!
//! sqlx 0.8's pool pings each connection handed back to it (in a task of its
//! own), so a page whose only query was that lookup cost the database two
//! round trips. A [`Reader`] goes back without a ping, and only once its
//! query has finished: a connection dropped half-way through one (a request
//! cancelled while it waited) is closed instead, which is what the ping
//! guards against.

use std::{
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use sqlx::{AnyConnection, AnyPool, Connection};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::PING_WHEN_IDLE_FOR;

/// How many such connections an instance keeps at most.
const READERS: usize = 4;

#[derive(Debug)]
pub struct Readers {
    idle: Mutex<Vec<Idle>>,
    /// One per connection in use; a connection is opened only when none is idle.
    permits: Arc<Semaphore>,
    wait: Duration,
}

#[derive(Debug)]
struct Idle {
    connection: AnyConnection,
    since: Instant,
}

impl Readers {
    pub fn new(wait: Duration) -> Self {
        Self { idle: Mutex::default(), permits: Arc::new(Semaphore::new(READERS)), wait }
    }

    /// A connection for one read: an idle one, or a new one opened by the
    /// pool (with its settings) and taken out of it.
    pub async fn get(self: &Arc<Self>, pool: &AnyPool) -> sqlx::Result<Reader> {
        let permit = tokio::time::timeout(self.wait, Arc::clone(&self.permits).acquire_owned())
            .await
            .map_err(|_| sqlx::Error::PoolTimedOut)?
            .map_err(|_| sqlx::Error::PoolClosed)?;
        while let Some(mut idle) = self.take_idle() {
            // One unused for a while may have been cut by a restart or a proxy.
            if idle.since.elapsed() <= PING_WHEN_IDLE_FOR || idle.connection.ping().await.is_ok() {
                return Ok(Reader {
                    connection: Some(idle.connection),
                    readers: Arc::clone(self),
                    _permit: permit,
                });
            }
        }
        let connection = pool.acquire().await?.detach();
        Ok(Reader { connection: Some(connection), readers: Arc::clone(self), _permit: permit })
    }

    fn take_idle(&self) -> Option<Idle> {
        self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop()
    }
}

/// A connection lent for one read. [`Reader::finish`] gives it back; dropped
/// without it, the connection is closed.
pub struct Reader {
    connection: Option<AnyConnection>,
    readers: Arc<Readers>,
    _permit: OwnedSemaphorePermit,
}

impl Reader {
    pub fn connection(&mut self) -> &mut AnyConnection {
        self.connection.as_mut().expect("a reader holds its connection until finished")
    }

    /// Call once its query has returned: the connection is then between
    /// statements, fit for the next request.
    pub fn finish(mut self) {
        if let Some(connection) = self.connection.take() {
            let mut idle = self.readers.idle.lock().unwrap_or_else(|e| e.into_inner());
            idle.push(Idle { connection, since: Instant::now() });
        }
    }
}
