//! Confirming an address through its emailed link or the code beside it,
//! fixing a mistyped address before it is confirmed, and sending the link
//! again: from `/unconfirmed` for the signed-in account, or from the page of
//! a link that expired. The cooldown between two emails applies to both.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::answer::Answer;

/// Every way an email-confirmation link can turn out: the answer of
/// [`confirm`], and what `/confirm?token=…` shows before the button.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConfirmView {
    /// A live link: one button confirms (a GET never does).
    Ready {
        email: String,
        token: String,
    },
    Confirmed {
        email: String,
    },
    /// A change of address, confirmed through the link sent to the new one.
    EmailChanged {
        email: String,
    },
    /// The new address was taken by another account in the meantime.
    AddressTaken,
    AlreadyConfirmed,
    /// `resend_token` is set when a new link can be sent from the page.
    Expired {
        resend_token: Option<String>,
    },
    Replaced,
    Invalid,
    /// Too many links tried from this network.
    TooManyAttempts,
    /// The current address's link that cancels a requested change: one
    /// button cancels it.
    CancelChange {
        token: String,
    },
    ChangeCancelled,
}

/// The Confirm button. Of two simultaneous posts of one link, exactly one
/// confirms; the other sees "already confirmed". Confirming signs nobody in
/// and leaves the browser's session as it was. Every outcome is a page of
/// the flow's own (`Answer::Page`).
#[server(prefix = "/api", endpoint = "confirm")]
pub async fn confirm(#[server(default)] token: String) -> Result<Answer<ConfirmView>, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let state = &call.state;
    run("confirm", async {
        if !state.settings.limits.tokens().allow(state, &client).await? {
            return Ok(Answer::Page(ConfirmView::TooManyAttempts));
        }
        let Some(plain) = PlainToken::parse(&token) else {
            return Ok(Answer::Page(ConfirmView::Invalid));
        };
        let now = clock::now();
        let hash = |purpose| links::hash(state, purpose, &plain);
        // This browser's own session survives the confirmation of its account.
        let keep = call.viewer().map(|v| (v.user_id, v.session_id_hash));
        let mut tx = state.db.begin_write().await?;
        let view = if let Some(used) =
            tokens::consume(&mut tx, &hash(Purpose::Confirm), Purpose::Confirm, now).await?
        {
            let keep = keep.filter(|(user_id, _)| *user_id == used.user_id).map(|(_, session)| session);
            confirm_address(&mut tx, used, keep.as_deref(), now).await?
        } else if let Some(used) =
            tokens::consume(&mut tx, &hash(Purpose::ChangeEmail), Purpose::ChangeEmail, now).await?
        {
            let keep = keep.filter(|(user_id, _)| *user_id == used.user_id).map(|(_, session)| session);
            move_to_new_address(&mut tx, used, keep.as_deref(), now).await?
        } else if let Some(used) =
            tokens::consume(&mut tx, &hash(Purpose::CancelEmailChange), Purpose::CancelEmailChange, now)
                .await?
        {
            tokens::kill_live(&mut *tx, used.user_id, Purpose::ChangeEmail, now).await?;
            ConfirmView::ChangeCancelled
        } else {
            tx.rollback().await?;
            return Ok(Answer::Page(inspect(state, &token).await?));
        };
        tx.commit().await?;
        Ok(Answer::Page(view))
    })
    .await
}

/// The code from the confirmation email, typed on `/unconfirmed` by a
/// browser signed in to the account: for a link that opens on another
/// device. A right code does what opening the link does, keeps this
/// browser signed in and moves it on to the account's home.
#[server(prefix = "/api/unconfirmed", endpoint = "code")]
pub async fn confirm_code(#[server(default)] code: String) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run("confirm_code", async {
        // Only an address not yet confirmed takes a code here: a confirmed
        // account's session has nothing to confirm and no tries to use up.
        if viewer.confirmed {
            return Ok(Answer::Go("/home".into()));
        }
        if !state.settings.limits.tokens().allow(state, &client).await? {
            return Ok(Answer::Noted(Notice::Error(call.t("confirm-code-too-many"))));
        }
        let Some(typed) = EmailCode::parse(&code) else {
            return Ok(Answer::fix("code", &code, call.t("confirm-code-malformed")));
        };
        let now = clock::now();
        let mut tx = state.db.begin_write().await?;
        let view =
            match email_codes::try_code(state, &mut tx, viewer.user_id, links::CONFIRMATION, &typed).await? {
                CodeTry::Right { used, purpose: Purpose::Confirm } => {
                    confirm_address(&mut tx, used, Some(&viewer.session_id_hash), now).await?
                }
                CodeTry::Right { used, .. } => {
                    move_to_new_address(&mut tx, used, Some(&viewer.session_id_hash), now).await?
                }
                CodeTry::Wrong { tries_left } => {
                    tx.commit().await?;
                    let error = call.t_with("confirm-code-wrong", &[("tries", tries_left.into())]);
                    return Ok(Answer::fix("code", &code, error));
                }
                CodeTry::Dead => {
                    tx.commit().await?;
                    return Ok(Answer::fix("code", &code, call.t("confirm-code-dead")));
                }
            };
        tx.commit().await?;
        Ok(match view {
            ConfirmView::AddressTaken => Answer::Noted(Notice::Error(call.t("confirm-code-address-taken"))),
            _ => Answer::Go("/home".into()),
        })
    })
    .await
}

/// Fixes a mistyped address before it is confirmed: the old link dies and
/// a new one goes to the new address. An address that belongs to another
/// account gets that account's owner a notice and this form the same
/// answer, so it cannot be used to find out who has an account.
#[server(prefix = "/api/unconfirmed", endpoint = "email")]
pub async fn fix_address(#[server(default)] email: String) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run("fix_address", async {
        // Fixing a mistyped address is for an account never confirmed: a
        // confirmed one changes address in settings, with its password (a
        // stolen session must not cancel a move or use up the hour's mail).
        if viewer.confirmed {
            return Ok(Answer::Go("/home".into()));
        }
        let address = match Email::parse(&email) {
            Ok(address) => address,
            Err(e) => return Ok(Answer::fix("email", &email, call.say(&e))),
        };
        let limits = state.settings.limits;
        let account = account_key(viewer.user_id);
        if !limits.email().allow(state, &client).await?
            || !limits.account_mail().allow(state, &account).await?
        {
            return Ok(Answer::Noted(Notice::Error(call.t("confirm-fix-too-many"))));
        }
        let mut tx = state.db.begin_write().await?;
        let to = Recipient { user_id: viewer.user_id, username: &viewer.username, email: address.as_str() };
        if address.normalized() == viewer.email.to_ascii_lowercase() {
            // Back to the address on file: nothing pending (its link dies),
            // a new link to it.
            users::set_pending_email(&mut *tx, viewer.user_id, None).await?;
            tokens::kill_live(&mut *tx, viewer.user_id, Purpose::ChangeEmail, clock::now()).await?;
            links::send(state, &mut tx, Purpose::Confirm, to).await?;
        } else if users::set_pending_email(&mut *tx, viewer.user_id, Some(address.as_str())).await? {
            // The owner said the old address is wrong: its links die now.
            links::kill_all(&mut tx, viewer.user_id).await?;
            send_to_pending(state, &mut tx, to).await?;
        }
        links::commit(state, tx).await?;
        let sent = call.t_with("confirm-new-link-sent", &[("email", address.as_str().into())]);
        Ok(Answer::Noted(Notice::Success(sent)))
    })
    .await
}

/// "Send a new link" on `/unconfirmed`: sends one unless one went out
/// within the cooldown, and says how long to wait if so.
#[server(prefix = "/api/unconfirmed", endpoint = "resend")]
pub async fn resend_confirmation() -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run("resend_confirmation", async {
        if viewer.confirmed {
            return Ok(Answer::Go("/home".into()));
        }
        let notice = if !state.settings.limits.email().allow(state, &client).await? {
            Notice::Error(call.t("confirm-resend-too-many"))
        } else {
            let user = users::find_by_id(state.db.pool(), viewer.user_id).await?;
            let pending = user.and_then(|u| u.pending_email);
            let address = pending.as_deref().unwrap_or(&viewer.email);
            let to = Recipient { user_id: viewer.user_id, username: &viewer.username, email: address };
            let mut tx = state.db.begin_write().await?;
            match links::gate(state, &mut tx, viewer.user_id, links::CONFIRMATION).await? {
                Gate::Cooldown(wait) => {
                    tx.rollback().await?;
                    Notice::Error(call.t_with("confirm-resend-wait", &[("seconds", wait.into())]))
                }
                Gate::Limited => {
                    tx.rollback().await?;
                    Notice::Error(call.t("confirm-resend-hourly-limit"))
                }
                Gate::Open => {
                    match &pending {
                        Some(_) => send_to_pending(state, &mut tx, to).await?,
                        None => links::send(state, &mut tx, Purpose::Confirm, to).await?,
                    }
                    links::commit(state, tx).await?;
                    Notice::Success(call.t_with("confirm-new-link-sent", &[("email", address.into())]))
                }
            }
        };
        Ok(Answer::Noted(notice))
    })
    .await
}

/// "Send me a new link" on the page of an expired link. The answer is the
/// same whatever the state of the account behind the link.
#[server(prefix = "/api/confirm", endpoint = "resend")]
pub async fn resend_expired_link(#[server(default)] token: String) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let state = &call.state;
    run("resend_expired_link", async {
        if state.settings.limits.email().allow(state, &client).await?
            && let Some(token) = PlainToken::parse(&token)
            && let Some(old) =
                tokens::find(state.db.pool(), &links::hash(state, Purpose::Confirm, &token), Purpose::Confirm)
                    .await?
            && let Some(user) = users::find_by_id(state.db.pool(), old.user_id).await?
            && !user.is_confirmed()
        {
            let mut tx = state.db.begin_write().await?;
            let to = Recipient { user_id: user.id, username: &user.username, email: &user.email };
            match links::send_unless_recent(state, &mut tx, Purpose::Confirm, to).await? {
                Gate::Open => links::commit(state, tx).await?,
                Gate::Cooldown(_) | Gate::Limited => tx.rollback().await?,
            }
        }
        Ok(Answer::Done(Outcome {
            title: call.t("confirm-inbox-title"),
            paragraphs: vec![Text::paragraph(call.t("confirm-inbox-text"))],
            link: None,
        }))
    })
    .await
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use sqlx::AnyConnection;

    use super::ConfirmView;
    pub use crate::{
        actions::call::{Call, run},
        domain::{
            Email,
            answer::{Answer, Notice, Outcome, Text},
        },
        infra::{
            clock,
            crypto::tokens::{EmailCode, PlainToken, Purpose},
            db::{sessions, tokens, users},
            state::AppState,
        },
        services::{
            accounts::queue_address_taken_notice,
            email_codes::{self, CodeTry},
            limits::account_key,
            links::{self, Gate, Recipient},
        },
    };

    /// The link that moves an unconfirmed account to the address it holds
    /// as pending, or, when another account has that address, a notice to
    /// its owner instead: the page cannot tell which happened.
    pub async fn send_to_pending(
        state: &AppState,
        conn: &mut AnyConnection,
        to: Recipient<'_>,
    ) -> anyhow::Result<()> {
        match users::find_by_email(&mut *conn, &Email::parse(to.email)?).await? {
            Some(owner) => queue_address_taken_notice(state, conn, &owner).await?,
            None => links::send(state, conn, Purpose::ChangeEmail, to).await?,
        }
        Ok(())
    }

    /// What a link is, without using it: what `/confirm?token=…` shows.
    pub async fn inspect(state: &AppState, token: &str) -> anyhow::Result<ConfirmView> {
        let Some(token) = PlainToken::parse(token) else {
            return Ok(ConfirmView::Invalid);
        };
        // One link shape serves a new account's address, a change of
        // address and its cancelling; the purpose is whichever hash is on file.
        let mut found = None;
        for purpose in [Purpose::Confirm, Purpose::ChangeEmail, Purpose::CancelEmailChange] {
            if let Some(row) =
                tokens::find(state.db.pool(), &links::hash(state, purpose, &token), purpose).await?
            {
                found = Some((row, purpose));
                break;
            }
        }
        let Some((row, purpose)) = found else {
            return Ok(ConfirmView::Invalid);
        };
        Ok(if row.used_at.is_some() && purpose == Purpose::CancelEmailChange {
            ConfirmView::ChangeCancelled
        } else if row.used_at.is_some() {
            ConfirmView::AlreadyConfirmed
        } else if row.superseded_at.is_some() {
            ConfirmView::Replaced
        } else if row.expires_at <= clock::now() {
            // Only a new account's link can be sent again; a change of
            // address is asked for again in settings.
            ConfirmView::Expired {
                resend_token: (purpose == Purpose::Confirm).then(|| token.expose().to_owned()),
            }
        } else if purpose == Purpose::CancelEmailChange {
            ConfirmView::CancelChange { token: token.expose().to_owned() }
        } else {
            ConfirmView::Ready { email: row.email, token: token.expose().to_owned() }
        })
    }

    /// A new account's address, confirmed if it is still the account's.
    /// The first confirmation ends every other session of the account: one
    /// may belong to whoever registered the address before its owner.
    pub async fn confirm_address(
        conn: &mut AnyConnection,
        used: tokens::EmailToken,
        keep: Option<&str>,
        now: i64,
    ) -> anyhow::Result<ConfirmView> {
        if users::confirm_email(&mut *conn, used.user_id, &used.email, now).await? {
            sessions::delete_for_user(&mut *conn, used.user_id, keep).await?;
            return Ok(ConfirmView::Confirmed { email: used.email });
        }
        let user = users::find_by_id(&mut *conn, used.user_id).await?;
        Ok(match user {
            // Confirmed meanwhile, by a reset link to the same address.
            Some(user) if user.is_confirmed() && user.email.eq_ignore_ascii_case(&used.email) => {
                ConfirmView::AlreadyConfirmed
            }
            // The address is no longer the account's: its links died with it.
            _ => ConfirmView::Replaced,
        })
    }

    /// A confirmed change of address: the account moves to it unless
    /// another account took it meanwhile, and every link tied to the old
    /// address dies. For an account not confirmed before (its address
    /// fixed on `/unconfirmed`), this is its first confirmation, which ends
    /// every session but `keep`, as [`confirm_address`] does.
    pub async fn move_to_new_address(
        conn: &mut AnyConnection,
        used: tokens::EmailToken,
        keep: Option<&str>,
        now: i64,
    ) -> anyhow::Result<ConfirmView> {
        let email = Email::parse(&used.email)?;
        if users::find_by_email(&mut *conn, &email).await?.is_some_and(|owner| owner.id != used.user_id) {
            return Ok(ConfirmView::AddressTaken);
        }
        if users::find_by_id(&mut *conn, used.user_id).await?.is_some_and(|user| !user.is_confirmed()) {
            sessions::delete_for_user(&mut *conn, used.user_id, keep).await?;
        }
        users::change_email(&mut *conn, used.user_id, email.as_str(), now).await?;
        links::kill_all(&mut *conn, used.user_id).await?;
        Ok(ConfirmView::EmailChanged { email: used.email })
    }
}
