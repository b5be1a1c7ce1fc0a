//! Password reset: ask for a link, then choose a new password through it.
//! The link's token leaves the URL for a short-lived HttpOnly cookie
//! (`web::routes::reset`), where [`set_new_password`] finds it. The code
//! mailed beside the link, typed on the page [`forgot`] leads to, puts a
//! token in the same cookie ([`reset_with_code`]).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::answer::Answer;

/// What `/reset` shows for the link the browser holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResetView {
    /// A live link: the new-password form, for this account.
    Form {
        username: String,
        email: String,
    },
    Expired,
    Used,
    Replaced,
    Invalid,
    /// Too many links tried from this network.
    TooManyAttempts,
}

/// Sends a reset link to the address stored for the account, if there is
/// one. The answer is the same either way, so it tells nobody who has an
/// account; a second request within the cooldown sends nothing new. It
/// leads to `/forgot/code`, which says to check the inbox and takes the
/// code from the email, the address remembered for it in a cookie.
#[server(prefix = "/api", endpoint = "forgot")]
pub async fn forgot(#[server(default)] email: String) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let state = &call.state;
    run("forgot", async {
        let address = match Email::parse(&email) {
            Ok(address) => address,
            Err(e) => return Ok(Answer::fix("email", &email, call.say(&e))),
        };
        // Over the limit, the answer is the usual one, and nothing is sent.
        if state.settings.limits.email().allow(state, &client).await? {
            // Written before the answer, for a known address and an unknown
            // one alike: the answer costs the same either way, and a crash
            // right after it loses nothing. The worker makes it a link or nothing.
            reset_requests::insert(state.db.pool(), address.as_str(), clock::now()).await?;
            state.reset_requests.wake();
        }
        call.set_cookie(cookies::reset_email(state, address.as_str(), state.settings.reset_token_secs)?);
        Ok(Answer::Go(CODE_PAGE.into()))
    })
    .await
}

/// An account id no row has (ids start at 1).
#[cfg(feature = "ssr")]
const NO_ACCOUNT: i64 = 0;

/// The page that says to check the inbox and takes the emailed code.
pub const CODE_PAGE: &str = "/forgot/code";

/// The code from a reset email, typed with the address it went to: for a
/// link that opens on another device. A right code does what opening the
/// link does (this browser then holds a reset link of its own, which works
/// as long as the emailed one would have) and moves on to the new-password
/// form. Every failure answers the same words, for an address with an
/// account and without.
#[server(prefix = "/api", endpoint = "forgot/code")]
pub async fn reset_with_code(
    #[server(default)] email: String,
    #[server(default)] code: String,
) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let state = &call.state;
    run("reset_with_code", async {
        let typed = Feedback::default().keep("email", &email).keep("code", &code);
        if !state.settings.limits.tokens().allow(state, &client).await? {
            let notice = Notice::Error(call.t("reset-code-too-many"));
            return Ok(Answer::Rejected(typed.with_notice(notice)));
        }
        let address = match Email::parse(&email) {
            Ok(address) => address,
            Err(e) => return Ok(Answer::Rejected(typed.with_error("email", call.say(&e)))),
        };
        let Some(code) = EmailCode::parse(&code) else {
            return Ok(Answer::Rejected(typed.with_error("code", call.t("reset-code-malformed"))));
        };
        let mut tx = state.db.begin_write().await?;
        let tried = match users::find_by_email(&mut *tx, &address).await? {
            Some(user) => email_codes::try_code(state, &mut tx, user.id, &[Purpose::Reset], &code).await?,
            // No account has the address: the same statements run, for an
            // id no account has, so the answer takes as long.
            None => email_codes::try_code(state, &mut tx, NO_ACCOUNT, &[Purpose::Reset], &code).await?,
        };
        let CodeTry::Right { used, .. } = tried else {
            // Committed: a wrong try stays counted.
            tx.commit().await?;
            return Ok(Answer::Rejected(typed.with_error("code", call.t("reset-code-wrong"))));
        };
        let token = links::reissue_reset(state, &mut tx, &used).await?;
        tx.commit().await?;
        let secs = (used.expires_at - clock::now()).max(1);
        call.set_cookie(cookies::reset_token(state, token.expose(), secs)?);
        call.set_cookie(cookies::reset_email_removal(state)?);
        Ok(Answer::Go("/reset".into()))
    })
    .await
}

/// Sets the new password through the link the browser holds. A password
/// that is not accepted leaves the link usable; a successful one ends
/// every session, and the browser is sent to sign in, not signed in.
#[server(prefix = "/api", endpoint = "reset")]
pub async fn set_new_password(
    #[server(default)] password: String,
    #[server(default)] password_confirm: String,
) -> Result<Answer<ResetView>, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let state = &call.state;
    run("set_new_password", async {
        if !state.settings.limits.tokens().allow(state, &client).await? {
            return Ok(Answer::Page(ResetView::TooManyAttempts));
        }
        let token = held_token(&call.parts.headers);
        let view = inspect(state, token.as_ref()).await?;
        let (ResetView::Form { username, email }, Some(token)) = (&view, token) else {
            return Ok(Answer::Page(view));
        };
        let mut feedback = Feedback::default();
        let fields = NewPasswordFields { password: "password", confirmation: "password_confirm" };
        let related = [username.clone(), email.clone()];
        check_new_password(&mut feedback, call.language(), fields, &password, &password_confirm, &related)
            .await;
        if feedback.has_errors() {
            return Ok(Answer::Rejected(feedback));
        }

        let password_hash = state.hasher.hash(&SecretString::from(password)).await?;
        let now = clock::now();
        let mut tx = state.db.begin_write().await?;
        let hash = links::hash(state, Purpose::Reset, &token);
        let Some(used) = tokens::consume(&mut tx, &hash, Purpose::Reset, now).await? else {
            tx.rollback().await?;
            return Ok(Answer::Page(inspect(state, Some(&token)).await?));
        };
        let Some(user) = users::find_by_id(&mut *tx, used.user_id).await? else {
            return Ok(Answer::Page(ResetView::Invalid));
        };
        if !user.email.eq_ignore_ascii_case(&used.email) {
            // Sent to an address the account no longer has.
            tx.rollback().await?;
            return Ok(Answer::Page(ResetView::Replaced));
        }
        change_password(state, &mut tx, &user, &password_hash).await?;
        // The link reached the account's inbox: that confirms the address too.
        users::confirm_email(&mut *tx, user.id, &used.email, now).await?;
        links::commit(state, tx).await?;

        call.set_cookie(cookies::reset_token_removal(state)?);
        call.set_cookie(cookies::session_removal(state)?);
        Ok(Answer::Go("/login?notice=password-changed".to_owned()))
    })
    .await
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use http::{HeaderMap, HeaderValue};

    use super::ResetView;
    pub use secrecy::SecretString;

    pub use crate::{
        actions::call::{Call, run},
        domain::{
            Email,
            answer::{Answer, Feedback, Notice},
        },
        infra::{
            clock, cookies,
            crypto::tokens::{EmailCode, PlainToken, Purpose},
            db::{reset_requests, tokens, users},
            state::AppState,
        },
        services::{
            accounts::{NewPasswordFields, change_password, check_new_password},
            email_codes::{self, CodeTry},
            links,
        },
    };

    /// The token of the reset link this browser holds, if any.
    pub fn held_token(headers: &HeaderMap) -> Option<PlainToken> {
        PlainToken::parse(&cookies::read(headers, cookies::RESET_TOKEN)?)
    }

    /// A Set-Cookie header that moves a link's token out of the URL.
    pub fn token_cookie(state: &AppState, token: &PlainToken) -> anyhow::Result<HeaderValue> {
        cookies::reset_token(state, token.expose(), state.settings.reset_token_secs)
    }

    /// What the held link is, without using it.
    pub async fn inspect(state: &AppState, token: Option<&PlainToken>) -> anyhow::Result<ResetView> {
        let Some(token) = token else {
            return Ok(ResetView::Invalid);
        };
        let hash = links::hash(state, Purpose::Reset, token);
        let Some(row) = tokens::find(state.db.pool(), &hash, Purpose::Reset).await? else {
            return Ok(ResetView::Invalid);
        };
        Ok(if row.used_at.is_some() {
            ResetView::Used
        } else if row.superseded_at.is_some() {
            ResetView::Replaced
        } else if row.expires_at <= clock::now() {
            ResetView::Expired
        } else if let Some(user) = users::find_by_id(state.db.pool(), row.user_id).await? {
            if user.email.eq_ignore_ascii_case(&row.email) {
                // The form's strength meter judges the password against these.
                ResetView::Form { username: user.username, email: row.email }
            } else {
                // Sent to an address the account no longer has.
                ResetView::Replaced
            }
        } else {
            ResetView::Invalid
        })
    }
}
