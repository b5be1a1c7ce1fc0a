//! Sending a confirmation link again: from `/unconfirmed` for the signed-in
//! account, or from the page of a link that expired. The cooldown between
//! two emails applies to both.

use leptos::prelude::*;

use crate::domain::answer::Answer;

/// "Send a new link" on `/unconfirmed`: sends one unless one went out
/// within the cooldown, and says how long to wait if so.
#[server(prefix = "/api/unconfirmed", endpoint = "resend")]
pub async fn resend_confirmation() -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run(async {
        if viewer.confirmed {
            return Ok(Answer::Go("/home".into()));
        }
        let notice = if !state.settings.limits.email().allow(state, &client).await? {
            Notice::Error("Too many requests from your network. Please try again in a few minutes.".into())
        } else {
            let user = users::find_by_id(state.db.pool(), viewer.user_id).await?;
            let pending = user.and_then(|u| u.pending_email);
            let address = pending.as_deref().unwrap_or(&viewer.email);
            let to = Recipient { user_id: viewer.user_id, username: &viewer.username, email: address };
            let mut tx = state.db.begin_write().await?;
            let wait = links::locked_cooldown(state, &mut tx, viewer.user_id, links::CONFIRMATION).await?;
            if wait > 0 {
                tx.rollback().await?;
                Notice::Error(format!(
                    "A link was sent a moment ago. You can ask for another in {wait} seconds."
                ))
            } else {
                match &pending {
                    Some(_) => send_to_pending(state, &mut tx, to).await?,
                    None => links::send(state, &mut tx, Purpose::Confirm, to).await?,
                }
                links::commit(state, tx).await?;
                Notice::Success(format!("We sent a new link to {address}."))
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
    run(async {
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
                None => links::commit(state, tx).await?,
                Some(_) => tx.rollback().await?,
            }
        }
        Ok(Answer::Done(Outcome {
            title: "Check your inbox".into(),
            paragraphs: vec![Text::paragraph(
                "If this address still needs confirming, a new link is on its way.",
            )],
            link: None,
        }))
    })
    .await
}

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::{
        actions::{
            call::{Call, run},
            confirm::ssr::send_to_pending,
        },
        domain::answer::{Answer, Notice, Outcome, Text},
        infra::{
            crypto::tokens::{PlainToken, Purpose},
            db::{tokens, users},
        },
        services::links::{self, Recipient},
    };
}
