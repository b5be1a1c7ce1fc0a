//! Account settings for confirmed accounts: password, address, sessions.
//! Everything under `/api/settings` is guarded like the settings page.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::answer::Answer;

/// One browser signed in to the account, as its owner sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionSummary {
    pub user_agent: String,
    /// Unix seconds.
    pub signed_in_at: i64,
    pub last_seen_at: i64,
    /// The session of the browser asking.
    pub current: bool,
}

/// The account's live sessions, newest first: what the settings page lists.
#[server(prefix = "/api/settings", endpoint = "sessions", input = server_fn::codec::GetUrl)]
pub async fn active_sessions() -> Result<Vec<SessionSummary>, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let viewer = call.signed_in()?;
    run("active_sessions", async { Ok(session_summaries(&call.state, &viewer).await?) }).await
}

/// Needs the current password; signs out every other browser.
#[server(prefix = "/api/settings", endpoint = "password")]
pub async fn change_password(
    #[server(default)] current_password: String,
    #[server(default)] new_password: String,
    #[server(default)] new_password_confirm: String,
) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run("change_password", async {
        let mut feedback = Feedback::default();
        let Some(user) = account_checked(
            &call,
            &viewer,
            current_password,
            "current_password",
            &mut feedback,
            Failures::ClearIfRight,
        )
        .await?
        else {
            return Ok(Answer::Go("/login".into()));
        };
        let fields = NewPasswordFields { password: "new_password", confirmation: "new_password_confirm" };
        let related = [user.username.clone(), user.email.clone()];
        check_new_password(
            &mut feedback,
            call.language(),
            fields,
            &new_password,
            &new_password_confirm,
            &related,
        )
        .await;
        if feedback.has_errors() {
            return Ok(Answer::Rejected(feedback));
        }
        let password_hash = state.hasher.hash(&SecretString::from(new_password)).await?;
        let remembered = session_rows::find(state.db.pool(), &viewer.session_id_hash, clock::now())
            .await?
            .is_some_and(|found| found.session.remembered());
        let mut tx = state.db.begin_write().await?;
        accounts::change_password(state, &mut tx, &user, &password_hash).await?;
        links::commit(state, tx).await?;
        // Every session ended, this one too: whoever held its id is out, and
        // this browser carries on under a new one.
        call.set_cookie(
            sessions::start(state.db.pool(), state, user.id, remembered, call.user_agent()).await?,
        );
        Ok(Answer::Noted(Notice::Success(call.t("settings-password-changed"))))
    })
    .await
}

/// Sends a link to the new address (the change happens only when it is
/// opened) and a notice to the current one. An address another account
/// uses gets the same answer here, and its owner a notice.
#[server(prefix = "/api/settings", endpoint = "email")]
pub async fn change_email(
    #[server(default)] new_email: String,
    #[server(default)] email_password: String,
) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run("change_email", async {
        let mut feedback = Feedback::default().keep("new_email", &new_email);
        let Some(user) = account_checked(
            &call,
            &viewer,
            email_password,
            "email_password",
            &mut feedback,
            Failures::ClearIfRight,
        )
        .await?
        else {
            return Ok(Answer::Go("/login".into()));
        };
        let email = Email::parse(&new_email).map_err(|e| feedback.error("new_email", call.say(&e))).ok();
        if email.as_ref().is_some_and(|e| e.normalized() == user.email.to_ascii_lowercase()) {
            feedback.error("new_email", call.t("settings-email-already-yours"));
        }
        let (Some(email), false) = (email, feedback.has_errors()) else {
            return Ok(Answer::Rejected(feedback));
        };
        let limits = state.settings.limits;
        let account = account_key(user.id);
        if !limits.email().allow(state, &client).await?
            || !limits.account_mail().allow(state, &account).await?
        {
            let notice = call.t("settings-email-too-many");
            return Ok(Answer::Rejected(feedback.with_notice(Notice::Error(notice))));
        }

        let mut tx = state.db.begin_write().await?;
        match users::find_by_email(&mut *tx, &email).await? {
            Some(owner) => queue_address_taken_notice(state, &mut tx, &owner).await?,
            None => {
                let to = Recipient { user_id: user.id, username: &user.username, email: email.as_str() };
                links::send(state, &mut tx, Purpose::ChangeEmail, to).await?;
            }
        }
        // The current address hears of it whichever happened: its inbox
        // must not tell whether the new address had an account.
        let current = Recipient { user_id: user.id, username: &user.username, email: &user.email };
        links::send_change_notice(state, &mut tx, current, email.as_str()).await?;
        links::commit(state, tx).await?;
        let notice = call.t_with("settings-email-link-sent", &[("email", email.as_str().into())]);
        Ok(Answer::Noted(Notice::Success(notice)))
    })
    .await
}

/// "Sign out other sessions": every browser but this one.
#[server(prefix = "/api/settings", endpoint = "sessions")]
pub async fn end_other_sessions() -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let viewer = call.signed_in()?;
    run("end_other_sessions", async {
        let pool = call.state.db.pool();
        let ended =
            session_rows::delete_for_user(pool, viewer.user_id, Some(&viewer.session_id_hash)).await?;
        Ok(Answer::Noted(Notice::Success(
            call.t_with("settings-signed-out-others", &[("count", ended.into())]),
        )))
    })
    .await
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use super::SessionSummary;
    pub use secrecy::SecretString;

    pub use crate::{
        actions::call::{Call, run},
        domain::{
            Email,
            answer::{Answer, Feedback, Notice},
            viewer::Viewer,
        },
        infra::{
            clock,
            crypto::tokens::Purpose,
            db::{sessions as session_rows, users},
            state::AppState,
        },
        services::{
            accounts::{self, NewPasswordFields, check_new_password, queue_address_taken_notice},
            limits::account_key,
            links::{self, Recipient},
            sessions,
        },
    };

    /// What a right password does to the account's failure count.
    #[derive(Clone, Copy, PartialEq, Eq)]
    pub enum Failures {
        /// Clears it: the password was all the action needed.
        ClearIfRight,
        /// Keeps it counted: a code is checked next, and the count clears
        /// only once both were right, so guesses at the code are limited
        /// as guesses at the password are.
        KeepCounted,
    }

    /// The account asking, with the current password it typed (in `field`)
    /// checked: a wrong one is an error on that field. Guesses here count
    /// as sign-in attempts do, per client address and per account, before
    /// the password is checked. None when the account is gone.
    pub async fn account_checked(
        call: &Call,
        viewer: &Viewer,
        password: String,
        field: &str,
        feedback: &mut Feedback,
        failures: Failures,
    ) -> anyhow::Result<Option<users::User>> {
        let (state, limits) = (&call.state, call.state.settings.limits);
        let Some(user) = users::find_by_id(state.db.pool(), viewer.user_id).await? else {
            return Ok(None);
        };
        let account = account_key(user.id);
        let client = call.client().map_err(|_| anyhow::anyhow!("no client address"))?;
        if !limits.sign_in().allow(state, &client).await? || !limits.failures().allow(state, &account).await?
        {
            feedback.error(field, call.t("settings-too-many-passwords"));
        } else if state.hasher.verify(&SecretString::from(password), Some(&user.password_hash)).await? {
            if failures == Failures::ClearIfRight {
                limits.failures().clear(state.db.pool(), state, &[account.as_str()]).await?;
            }
        } else {
            feedback.error(field, call.t("settings-wrong-password"));
        }
        Ok(Some(user))
    }

    /// The signed-in account's live sessions as its owner sees them.
    pub async fn session_summaries(state: &AppState, viewer: &Viewer) -> sqlx::Result<Vec<SessionSummary>> {
        let rows = session_rows::list_for_user(state.db.pool(), viewer.user_id, clock::now()).await?;
        Ok(rows
            .into_iter()
            .map(|s| SessionSummary {
                current: s.id_hash == viewer.session_id_hash,
                user_agent: s.user_agent,
                signed_in_at: s.created_at,
                last_seen_at: s.last_seen_at,
            })
            .collect())
    }
}
