//! The worker that answers "forgot your password?" requests: `/forgot`
//! only writes the request down (see `api::reset::forgot`) and wakes it
//! (`AppState::reset_requests`), and every instance runs this to turn each
//! into a link or into nothing.

use std::time::Duration;

use tokio::sync::watch;

use super::state::AppState;
use crate::api::reset::ssr::answer_next_request;

/// Answers requests until `stopping` turns true. A request in hand when the
/// process dies is answered after the restart: it leaves the table only
/// with the link it became.
pub async fn run(state: AppState, poll_interval: Duration, mut stopping: watch::Receiver<bool>) {
    while !*stopping.borrow() {
        match answer_next_request(&state).await {
            Ok(true) => continue,
            Ok(false) => {}
            Err(error) => tracing::error!("cannot answer a reset request: {error:#}"),
        }
        state.reset_requests.wait(poll_interval, &mut stopping).await;
    }
}
