//! The worker that answers "forgot your password?" requests: `/forgot`
//! only writes the request down (see `actions::reset::forgot`) and wakes it
//! (`AppState::reset_requests`), and every instance runs this to turn each
//! into a link or into nothing.

use std::time::Duration;

use sqlx::AnyConnection;
use tokio::sync::watch;
use tracing::Instrument;

use crate::{
    domain::Email,
    infra::{
        crypto::tokens::Purpose,
        db::{reset_requests, users},
        state::AppState,
    },
    services::links::{self, Recipient},
};

/// Answers requests until `stopping` turns true. A request in hand when the
/// process dies is answered after the restart: it leaves the table only
/// with the link it became.
pub async fn run(state: AppState, poll_interval: Duration, mut stopping: watch::Receiver<bool>) {
    while !*stopping.borrow() {
        let span = tracing::info_span!("job", job = "reset_request", account = tracing::field::Empty);
        match answer_next_request(&state).instrument(span).await {
            Ok(true) => continue,
            Ok(false) => {}
            Err(error) => tracing::error!("cannot answer a reset request: {error:#}"),
        }
        state.reset_requests.wait(poll_interval, &mut stopping).await;
    }
}

/// Answers the oldest waiting request of [`crate::actions::reset::forgot`], if any: a
/// reset link (killing earlier ones) and its email for the account
/// with that address, unless the account's gate is shut (`links::gate`), or
/// nothing for an address without an account. Always to the stored
/// address, never to the address as typed. False when none was waiting.
pub async fn answer_next_request(state: &AppState) -> anyhow::Result<bool> {
    if !reset_requests::any_waiting(state.db.pool()).await? {
        return Ok(false);
    }
    let mut tx = state.db.begin_write().await?;
    let Some(request) = reset_requests::take(&mut tx).await? else {
        return Ok(false);
    };
    match send_reset_link(state, &mut tx, &request.email).await {
        Ok(()) => links::commit(state, tx).await?,
        Err(error) => {
            tx.rollback().await?;
            reset_requests::count_failure(state.db.pool(), request.id).await?;
            return Err(error);
        }
    }
    Ok(true)
}

async fn send_reset_link(state: &AppState, conn: &mut AnyConnection, email: &str) -> anyhow::Result<()> {
    let Ok(address) = Email::parse(email) else {
        return Ok(());
    };
    if let Some(user) = users::find_by_email(&mut *conn, &address).await? {
        tracing::Span::current().record("account", user.id);
        let to = Recipient { user_id: user.id, username: &user.username, email: &user.email };
        // Held back (within the cooldown, or over the account's hourly
        // limit), nothing is sent, the live link stays, and the page
        // answered as always: silence tells the asker nothing.
        links::send_unless_recent(state, conn, Purpose::Reset, to).await?;
    }
    Ok(())
}
