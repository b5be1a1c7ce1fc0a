//! Signing in and out.

use leptos::prelude::*;

use super::answer::Answer;

/// Signs in with an email or username. Unknown accounts cost one argon2
/// verification, like wrong passwords, so timing tells nothing either.
///
/// Throttled attempts (too many from one address, or too many failures for
/// one account) get the same answer as a wrong password.
#[server(prefix = "/api", endpoint = "login")]
pub async fn sign_in(
    #[server(default)] login: String,
    #[server(default)] password: String,
    #[server(default)] remember: Option<String>,
    #[server(default)] next: Option<String>,
) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let state = &call.state;
    run(async {
        let limits = state.settings.limits;
        let address_ok = limits.sign_in().allow(state, &client).await?;
        let user = users::find_by_login(state.db.pool(), &login).await?;
        // Failures count per account, whichever name it was reached by.
        let account =
            user.as_ref().map_or_else(|| login.trim().to_ascii_lowercase(), |u| format!("user:{}", u.id));
        let failures = limits.failures().count(state, &account).await?;
        let allowed = address_ok && failures < limits.failures().max;
        let password = Secret::new(password);
        let matches = allowed
            && state.hasher.verify(&password, user.as_ref().map(|u| u.password_hash.as_str())).await?;
        // A success clears the account's failures (most follow none, and skip
        // the write); only a refused password counts as one.
        if matches {
            if failures > 0 {
                limits.failures().clear(state, &account).await?;
            }
        } else if allowed {
            limits.failures().allow(state, &account).await?;
        }
        let Some(user) = user.filter(|_| matches) else {
            let feedback = Feedback::default()
                .keep("login", &login)
                .keep("next", next.as_deref().unwrap_or_default())
                .with_notice(Notice::Error(FAILED.into()));
            return Ok(Answer::Rejected(feedback));
        };

        // A new session id at every sign-in: an id planted before it is worthless.
        if let Some(old) = sessions::presented_id_hash(state, &call.parts.headers) {
            session_rows::delete(state.db.pool(), &old).await?;
        }
        let cookie = sessions::start(state, user.id, remember.is_some(), call.user_agent()).await?;
        call.set_cookie(cookie);
        let to = if user.is_confirmed() {
            next.as_deref().and_then(safe_next).unwrap_or("/home")
        } else {
            "/unconfirmed"
        };
        Ok(Answer::Go(to.to_owned()))
    })
    .await
}

/// Ends this browser's session on the server and removes its cookie.
#[server(prefix = "/api", endpoint = "logout")]
pub async fn sign_out() -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let state = &call.state;
    run(async {
        if let Some(id_hash) = sessions::presented_id_hash(state, &call.parts.headers) {
            session_rows::delete(state.db.pool(), &id_hash).await?;
        }
        call.set_cookie(sessions::clear_cookie(state));
        Ok(Answer::Go("/".to_owned()))
    })
    .await
}

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::{
        api::answer::{Answer, Feedback, Notice},
        server::{
            api::{Call, run},
            auth::{guard::safe_next, sessions},
            config::Secret,
            db::{sessions as session_rows, users},
        },
    };

    /// One message for every failure, so it tells nobody which accounts exist.
    pub const FAILED: &str = "That email, username or password is not right.";
}
