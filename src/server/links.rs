//! Emailed links, the steps every flow that sends one shares: issue the
//! token (which kills the account's earlier live ones of the same purpose)
//! in the transaction that queues the email carrying it, the cooldown
//! between two emails, and the commit that wakes the outbox worker.

use sqlx::{Any, AnyConnection, Transaction};

use super::{
    auth::tokens::{PlainToken, Purpose, TokenHash},
    clock,
    db::tokens,
    email::{outbox::enqueue, templates},
    state::AppState,
};

/// Who a link is for, and the address it goes to.
pub struct Recipient<'a> {
    pub user_id: i64,
    pub username: &'a str,
    pub email: &'a str,
}

/// Issues a link for `purpose` and queues the email that carries it, in
/// the caller's transaction. Always to the address given, which the flow
/// takes from the database, never from what was typed.
pub async fn send(
    state: &AppState,
    conn: &mut AnyConnection,
    purpose: Purpose,
    to: Recipient<'_>,
) -> anyhow::Result<()> {
    let token = PlainToken::generate()?;
    let settings = &state.settings;
    let lifetime = match purpose {
        Purpose::Confirm | Purpose::ChangeEmail => settings.confirm_token_secs,
        Purpose::Reset => settings.reset_token_secs,
    };
    let now = clock::now();
    tokens::issue(&mut *conn, to.user_id, purpose, to.email, &hash(state, purpose, &token), now, lifetime)
        .await?;
    // One link shape serves a new account's address and a change of address.
    let link = |path: &str| settings.base_url.join(&format!("{path}?token={}", token.expose()));
    let email = match purpose {
        Purpose::Confirm => templates::confirm_address(to.username, &link("/confirm"), lifetime / 3600),
        Purpose::ChangeEmail => {
            templates::confirm_new_address(to.username, &link("/confirm"), lifetime / 3600)
        }
        Purpose::Reset => templates::reset_password(to.username, &link("/reset"), lifetime / 60),
    };
    enqueue(conn, to.email, &email).await?;
    Ok(())
}

/// The stored form of a link's token for `purpose`.
pub fn hash(state: &AppState, purpose: Purpose, token: &PlainToken) -> TokenHash {
    state.token_key.hash(purpose.as_str(), token)
}

/// Seconds until the account may be sent another link of `purpose`.
pub async fn cooldown_left(state: &AppState, user_id: i64, purpose: Purpose) -> anyhow::Result<i64> {
    let latest = tokens::latest(state.db.pool(), user_id, purpose).await?;
    let ready_at = latest.map_or(0, |t| t.created_at + state.settings.resend_cooldown_secs);
    Ok((ready_at - clock::now()).max(0))
}

/// Commits the change and the email it queued, then wakes this instance's
/// outbox worker to send it now.
pub async fn commit(state: &AppState, tx: Transaction<'static, Any>) -> anyhow::Result<()> {
    tx.commit().await?;
    state.outbox.wake();
    Ok(())
}
