//! Emailed links, the steps every flow that sends one shares: issue the
//! token (which kills the account's earlier live ones of the same purpose)
//! in the transaction that queues the email carrying it, the cooldown
//! between two emails, and the commit that wakes the outbox worker. The
//! code mailed beside a link is `email_codes`.

use sqlx::{Any, AnyConnection, Transaction};

use super::{email_codes::code_hash, limits::account_key};
use crate::infra::{
    clock,
    crypto::tokens::{EmailCode, PlainToken, Purpose, TokenHash},
    db::{
        tokens::{self, EmailToken, NewToken},
        users,
    },
    email::{outbox::enqueue, templates::Email},
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
/// takes from the database, never from what was typed. The email carries a
/// code beside the link wherever a page takes one: `/unconfirmed` for an
/// account's first address (or the one it is fixed to), the page after
/// "forgot your password" for a reset. A confirmed account moving to a new
/// address does so from settings, which asks for no code.
pub async fn send(
    state: &AppState,
    conn: &mut AnyConnection,
    purpose: Purpose,
    to: Recipient<'_>,
) -> anyhow::Result<()> {
    let with_code = match purpose {
        Purpose::Confirm | Purpose::Reset => true,
        Purpose::ChangeEmail => {
            !users::find_by_id(&mut *conn, to.user_id).await?.is_some_and(|user| user.is_confirmed())
        }
        Purpose::CancelEmailChange => {
            anyhow::bail!("a cancel link goes with its notice (send_change_notice)")
        }
    };
    let issued = issue(state, conn, purpose, &to, with_code).await?;
    let (username, link, code) = (to.username, issued.link.as_str(), issued.code.as_deref());
    let email = match (purpose, code) {
        (Purpose::Confirm, Some(code)) => {
            Email::ConfirmAddress { username, link, code, valid_hours: issued.lifetime / 3600 }
        }
        (Purpose::ChangeEmail, code) => {
            Email::ConfirmNewAddress { username, link, code, valid_hours: issued.lifetime / 3600 }
        }
        (Purpose::Reset, Some(code)) => {
            Email::ResetPassword { username, link, code, valid_minutes: issued.lifetime / 60 }
        }
        _ => anyhow::bail!("no email for a {} link without a code", purpose.as_str()),
    };
    enqueue(conn, to.user_id, to.email, &email).await?;
    Ok(())
}

/// A reset link that finishes a registration: for an unconfirmed account
/// registered again, whose password nobody kept.
pub async fn send_finish_registration(
    state: &AppState,
    conn: &mut AnyConnection,
    to: Recipient<'_>,
) -> anyhow::Result<()> {
    // Registering again leads to no page that takes a code: the link only.
    let issued = issue(state, conn, Purpose::Reset, &to, false).await?;
    let email = Email::FinishRegistration {
        username: to.username,
        link: &issued.link,
        valid_minutes: issued.lifetime / 60,
    };
    enqueue(conn, to.user_id, to.email, &email).await?;
    Ok(())
}

/// Tells the account's current address that a move to `new_email` was
/// asked for, with a link that cancels it.
pub async fn send_change_notice(
    state: &AppState,
    conn: &mut AnyConnection,
    to: Recipient<'_>,
    new_email: &str,
) -> anyhow::Result<()> {
    let issued = issue(state, conn, Purpose::CancelEmailChange, &to, false).await?;
    let email = Email::EmailChangeRequested { username: to.username, new_email, cancel_link: &issued.link };
    enqueue(conn, to.user_id, to.email, &email).await?;
    Ok(())
}

/// The purposes of a link that confirms an account's address: to the
/// address itself, or to the one it holds as pending. One cooldown covers both.
pub const CONFIRMATION: &[Purpose] = &[Purpose::Confirm, Purpose::ChangeEmail];

/// Whether an account may be mailed another link now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gate {
    Open,
    /// One went out within the cooldown: the seconds left to wait.
    Cooldown(i64),
    /// The account had its links for the hour (`Limits::account_links`).
    Limited,
}

/// Decides, under the account's lock in the caller's transaction, whether
/// it may be mailed a link of `purposes` now: none within the cooldown,
/// and room in its hourly limit, which an open gate counts (and a rolled
/// back transaction uncounts). Concurrent requests pass one at a time.
/// Every email an account can be made to receive by someone else goes
/// through here, so nobody can keep an inbox filling or a link dying.
pub async fn gate(
    state: &AppState,
    conn: &mut AnyConnection,
    user_id: i64,
    purposes: &[Purpose],
) -> anyhow::Result<Gate> {
    users::lock(&mut *conn, user_id).await?;
    let wait = cooldown_left(state, conn, user_id, purposes).await?;
    if wait > 0 {
        return Ok(Gate::Cooldown(wait));
    }
    if !count_mail(state, conn, user_id).await? {
        return Ok(Gate::Limited);
    }
    Ok(Gate::Open)
}

/// Counts one link to the account's address toward its hourly limit
/// (`Limits::account_links`); false when it had none left (and then it is
/// not counted).
pub async fn count_mail(state: &AppState, conn: &mut AnyConnection, user_id: i64) -> sqlx::Result<bool> {
    state.settings.limits.account_links().allow_on(conn, state, &account_key(user_id)).await
}

/// Sends a link as [`send`] does if the [`gate`] is open, and says whether
/// it was.
pub async fn send_unless_recent(
    state: &AppState,
    conn: &mut AnyConnection,
    purpose: Purpose,
    to: Recipient<'_>,
) -> anyhow::Result<Gate> {
    let gate = gate(state, conn, to.user_id, &[purpose]).await?;
    if gate == Gate::Open {
        send(state, conn, purpose, to).await?;
    }
    Ok(gate)
}

/// Seconds until the account may be sent another link of any of `purposes`.
pub async fn cooldown_left(
    state: &AppState,
    conn: &mut AnyConnection,
    user_id: i64,
    purposes: &[Purpose],
) -> anyhow::Result<i64> {
    let mut newest = None;
    for &purpose in purposes {
        if let Some(token) = tokens::latest(&mut *conn, user_id, purpose).await? {
            newest = newest.max(Some(token.created_at));
        }
    }
    Ok(newest.map_or(0, |sent_at| (sent_at + state.settings.resend_cooldown_secs - clock::now()).max(0)))
}

/// A link just stored: what its email shows.
struct Issued {
    link: String,
    /// As the email shows it (`ABCD-1234`).
    code: Option<String>,
    /// Seconds it works.
    lifetime: i64,
}

/// Stores a new token (killing the account's live ones of its purpose),
/// with a code beside it if asked, and returns the link that carries it.
/// The account's lock is taken first: with it, two requests cannot both
/// find no live link and each add one (the database refuses two live
/// links anyway).
async fn issue(
    state: &AppState,
    conn: &mut AnyConnection,
    purpose: Purpose,
    to: &Recipient<'_>,
    with_code: bool,
) -> anyhow::Result<Issued> {
    users::lock(&mut *conn, to.user_id).await?;
    let token = PlainToken::generate()?;
    let code = with_code.then(EmailCode::generate).transpose()?;
    let settings = &state.settings;
    let lifetime = match purpose {
        Purpose::Confirm | Purpose::ChangeEmail | Purpose::CancelEmailChange => settings.confirm_token_secs,
        Purpose::Reset => settings.reset_token_secs,
    };
    let now = clock::now();
    let code_hash = code.as_ref().map(|code| code_hash(state, purpose, to.user_id, code));
    let stored = NewToken {
        hash: &hash(state, purpose, &token),
        code_hash: code_hash.as_ref(),
        created_at: now,
        expires_at: now + lifetime,
    };
    tokens::issue(&mut *conn, to.user_id, purpose, to.email, stored).await?;
    // One link shape serves a new account's address, a change of address and its cancelling.
    let path = if purpose == Purpose::Reset { "/reset" } else { "/confirm" };
    Ok(Issued {
        link: settings.base_url.join(&format!("{path}?token={}", token.expose())),
        code: code.map(|code| code.display()),
        lifetime,
    })
}

/// A reset link that replaces one whose code was typed: the browser that
/// typed it holds it in the reset cookie, as if the link had been opened
/// there. It works until the emailed link would have, and has no code.
pub async fn reissue_reset(
    state: &AppState,
    conn: &mut AnyConnection,
    used: &EmailToken,
) -> anyhow::Result<PlainToken> {
    let token = PlainToken::generate()?;
    let stored = NewToken {
        hash: &hash(state, Purpose::Reset, &token),
        code_hash: None,
        created_at: clock::now(),
        expires_at: used.expires_at,
    };
    tokens::issue(&mut *conn, used.user_id, Purpose::Reset, &used.email, stored).await?;
    Ok(token)
}

/// Kills every live link of the account: what they vouched for (its
/// password, its address) has changed.
pub async fn kill_all(conn: &mut AnyConnection, user_id: i64) -> sqlx::Result<()> {
    let now = clock::now();
    for purpose in Purpose::ALL {
        tokens::kill_live(&mut *conn, user_id, purpose, now).await?;
    }
    Ok(())
}

/// The stored form of a link's token for `purpose`.
pub fn hash(state: &AppState, purpose: Purpose, token: &PlainToken) -> TokenHash {
    state.token_key.hash(purpose.as_str(), token)
}

/// Commits the change and the email it queued, then wakes this instance's
/// outbox worker to send it now.
pub async fn commit(state: &AppState, tx: Transaction<'static, Any>) -> anyhow::Result<()> {
    tx.commit().await?;
    state.outbox.wake();
    Ok(())
}
