//! Signing in and out.

use leptos::prelude::*;

use super::answer::Answer;

/// Signs in with an email or username. Unknown accounts cost one argon2
/// verification, like wrong passwords, so timing tells nothing either.
///
/// Every attempt is counted before the password is checked, so parallel
/// guesses cannot all slip under one reading of the count: per client
/// address, per name typed, and per account. Once a name is over its limit
/// the answer says that sign-in for it is paused, and for how long; an
/// unknown name gets the same answer after the same number of failures.
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
        let mut lease = state.db.lease().await?;
        let user = users::find_by_login(lease.connection(), &login).await?;
        lease.give_back();
        let typed = login.trim().to_ascii_lowercase();
        // The same account under its other name counts too; it is refused
        // with the plain answer, which tells nobody that the names meet.
        let account = user.as_ref().map(|u| format!("user:{}", u.id));
        let rejected = |notice: String| {
            let feedback =
                Feedback::default().keep("login", &login).keep("next", next.as_deref().unwrap_or_default());
            Ok(Answer::Rejected(feedback.with_notice(Notice::Error(notice))))
        };
        // One statement counts the attempt for the client address, the name
        // and the account; one transaction clears them with the sign-in.
        let mut checks = vec![(limits.sign_in(), client.as_str()), (limits.failures(), typed.as_str())];
        if let Some(account) = &account {
            checks.push((limits.failures(), account.as_str()));
        }
        let room = allow_each(state, &checks).await?;
        if !room[0] {
            let minutes = minutes(limits.sign_in().wait_secs(state, &client).await?);
            return rejected(format!(
                "Too many sign-in attempts from your network. Please try again in {minutes}."
            ));
        }
        if !room[1] {
            let minutes = minutes(limits.failures().wait_secs(state, &typed).await?);
            return rejected(format!(
                "Too many failed attempts: sign-in with this name is paused for {minutes}. \
                 If you forgot your password, choose a new one now with \"Forgot your password?\" below."
            ));
        }
        let within = room.iter().all(|ok| *ok);
        let stored = user.as_ref().filter(|_| within).map(|u| u.password_hash.as_str());
        let matches = state.hasher.verify(&SecretString::from(password), stored).await?;
        let Some(user) = user.filter(|_| matches) else {
            return rejected(FAILED.to_owned());
        };

        // On a lease, not the pool: a sign-in's statements are what its
        // rate is spent on besides the hash (see `db::leases`).
        let mut lease = state.db.lease().await?;
        let mut tx = state.db.begin_write_on(&mut lease).await?;
        // The attempt was not a failure after all; nor were the earlier ones.
        let failure_keys = checks[1..].iter().map(|(_, key)| *key).collect::<Vec<_>>();
        limits.failures().clear(&mut *tx, state, &failure_keys).await?;
        // A new session id at every sign-in: an id planted before it is worthless.
        if let Some(old) = sessions::presented_id_hash(state, &call.parts.headers) {
            session_rows::delete(&mut *tx, &old).await?;
        }
        let cookie = sessions::start(&mut *tx, state, user.id, remember.is_some(), call.user_agent()).await?;
        tx.commit().await?;
        lease.give_back();
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

/// Ends this browser's session on the server and removes its cookie, and
/// asks the browser to drop what it kept of the account's pages.
#[server(prefix = "/api", endpoint = "logout")]
pub async fn sign_out() -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let state = &call.state;
    run(async {
        if let Some(id_hash) = sessions::presented_id_hash(state, &call.parts.headers) {
            session_rows::delete(state.db.pool(), &id_hash).await?;
        }
        call.set_cookie(cookies::session_removal(state)?);
        call.set_header(CLEAR_SITE_DATA, HeaderValue::from_static(r#""cache", "cookies""#));
        Ok(Answer::Go("/".to_owned()))
    })
    .await
}

#[cfg(feature = "ssr")]
mod ssr {
    pub use http::{HeaderName, HeaderValue};

    pub use secrecy::SecretString;

    pub use crate::{
        api::answer::{Answer, Feedback, Notice},
        server::{
            api::{Call, run},
            auth::{guard::safe_next, rate_limit::allow_each, sessions},
            db::{sessions as session_rows, users},
            http::cookies,
        },
    };

    pub const CLEAR_SITE_DATA: HeaderName = HeaderName::from_static("clear-site-data");

    /// One message for every failure, so it tells nobody which accounts exist.
    pub const FAILED: &str = "That email, username or password is not right.";

    /// "3 minutes", for a wait given in seconds (at least a minute).
    pub fn minutes(secs: i64) -> String {
        match (secs + 59) / 60 {
            ..=1 => "1 minute".to_owned(),
            n => format!("{n} minutes"),
        }
    }
}
