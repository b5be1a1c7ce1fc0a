//! Signing in (with a second step for accounts that have two-step
//! sign-in on) and out.

use leptos::prelude::*;

use crate::domain::answer::Answer;

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
    run("sign_in", async {
        let limits = state.settings.limits;
        let mut lease = state.db.lease().await?;
        let user = users::find_by_login(lease.connection(), &login).await?;
        lease.give_back();
        let typed = login.trim().to_ascii_lowercase();
        // The same account under its other name counts too; it is refused
        // with the plain answer, which tells nobody that the names meet.
        let account = user.as_ref().map(|u| account_key(u.id));
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
            return rejected(call.t_with("sign-in-too-many-from-network", &[("minutes", minutes.into())]));
        }
        if !room[1] {
            let minutes = minutes(limits.failures().wait_secs(state, &typed).await?);
            return rejected(call.t_with("sign-in-name-paused", &[("minutes", minutes.into())]));
        }
        let within = room.iter().all(|ok| *ok);
        let stored = user.as_ref().filter(|_| within).map(|u| u.password_hash.as_str());
        let matches = state.hasher.verify(&SecretString::from(password), stored).await?;
        let Some(user) = user.filter(|_| matches) else {
            return rejected(call.t(FAILED));
        };
        record_account(user.id);
        if user.has_second_factor() {
            // The password was right: only now is a second step shown. The
            // failures stay counted until the code is right too.
            let challenge = Challenge {
                user_id: user.id,
                remember: i64::from(remember.is_some()),
                next: next.clone().filter(|next| safe_next(next).is_some()),
                login_key: typed.clone(),
            };
            let mut lease = state.db.lease().await?;
            let cookie = two_step::start_challenge(lease.connection(), state, &challenge).await?;
            lease.give_back();
            call.set_cookie(cookie);
            return Ok(Answer::Go(SECOND_STEP_PAGE.to_owned()));
        }

        // On a lease, not the pool: a sign-in's statements are what its
        // rate is spent on besides the hash (see `db::leases`).
        let mut lease = state.db.lease().await?;
        let mut tx = state.db.begin_write_on(&mut lease).await?;
        // The attempt was not a failure after all; nor were the earlier ones.
        let failure_keys = checks[1..].iter().map(|(_, key)| *key).collect::<Vec<_>>();
        let to = signed_in(&call, &mut tx, &user, remember.is_some(), next.as_deref(), &failure_keys).await?;
        tx.commit().await?;
        lease.give_back();
        Ok(Answer::Go(to))
    })
    .await
}

/// The second step of a sign-in, for an account with two-step sign-in on:
/// a current code from the authenticator app (once only, a step of clock
/// drift either way), or one of the recovery codes. Shown only after a
/// right password, to the browser holding that sign-in's cookie, for a few
/// minutes; every try counts toward the account's failure limit, as wrong
/// passwords do.
#[server(prefix = "/api", endpoint = "login/code")]
pub async fn second_step(#[server(default)] code: String) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let state = &call.state;
    run("second_step", async {
        let limits = state.settings.limits;
        let now = clock::now();
        let presented = two_step::presented_challenge(state, &call.parts.headers);
        let challenge = match &presented {
            Some(id_hash) => two_step_rows::live_challenge(state.db.pool(), id_hash, now).await?,
            None => None,
        };
        let (Some(id_hash), Some(challenge)) = (presented, challenge) else {
            return Ok(Answer::Go("/login?notice=sign-in-again".to_owned()));
        };
        let account = account_key(challenge.user_id);
        let room =
            allow_each(state, &[(limits.sign_in(), client.as_str()), (limits.failures(), account.as_str())])
                .await?;
        if !room[0] {
            let minutes = minutes(limits.sign_in().wait_secs(state, &client).await?);
            let notice = call.t_with("sign-in-too-many-from-network", &[("minutes", minutes.into())]);
            return Ok(Answer::Rejected(Feedback::default().with_notice(Notice::Error(notice))));
        }
        if !room[1] {
            let minutes = minutes(limits.failures().wait_secs(state, &account).await?);
            let notice = call.t_with("sign-in-account-paused", &[("minutes", minutes.into())]);
            return Ok(Answer::Rejected(Feedback::default().with_notice(Notice::Error(notice))));
        }
        let Some(user) = users::find_by_id(state.db.pool(), challenge.user_id).await? else {
            return Ok(Answer::Go("/login?notice=sign-in-again".to_owned()));
        };
        record_account(user.id);
        let mut tx = state.db.begin_write().await?;
        // Single use: of two requests for one waiting sign-in, one goes on.
        if !two_step_rows::delete_challenge(&mut *tx, &id_hash).await? {
            tx.rollback().await?;
            return Ok(Answer::Go("/login?notice=sign-in-again".to_owned()));
        }
        if two_step::check(state, &mut tx, &user, &code).await?.is_none() {
            // The sign-in waits on for a right code.
            tx.rollback().await?;
            return Ok(Answer::fix("code", "", call.t("sign-in-code-wrong")));
        }
        let remember = challenge.remember != 0;
        let failure_keys = [account.as_str(), challenge.login_key.as_str()];
        let to = signed_in(&call, &mut tx, &user, remember, challenge.next.as_deref(), &failure_keys).await?;
        links::commit(state, tx).await?;
        call.set_cookie(cookies::sign_in_challenge_removal(state)?);
        Ok(Answer::Go(to))
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
    run("sign_out", async {
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
pub(crate) mod ssr {
    pub use http::{HeaderName, HeaderValue};

    pub use secrecy::SecretString;
    pub use sqlx::AnyConnection;

    pub use crate::{
        actions::call::{Call, record_account, run},
        domain::{
            answer::{Answer, Feedback, Notice},
            next::safe_next,
        },
        infra::{
            clock, cookies,
            db::{
                sessions as session_rows,
                two_step::{self as two_step_rows, Challenge},
                users,
            },
        },
        services::{
            limits::{account_key, allow_each},
            links, sessions, two_step,
        },
    };

    pub const CLEAR_SITE_DATA: HeaderName = HeaderName::from_static("clear-site-data");

    /// Where a sign-in goes for its second factor.
    pub const SECOND_STEP_PAGE: &str = "/login/code";

    /// Finishes a sign-in in the caller's transaction: the failures counted
    /// under `failure_keys` are cleared (the attempt was not one after all),
    /// any session id the browser presented dies (an id planted before the
    /// sign-in is worthless), and a new session starts. The answer is where
    /// the browser goes next.
    pub async fn signed_in(
        call: &Call,
        conn: &mut AnyConnection,
        user: &users::User,
        remember: bool,
        next: Option<&str>,
        failure_keys: &[&str],
    ) -> anyhow::Result<String> {
        let state = &call.state;
        state.settings.limits.failures().clear(&mut *conn, state, failure_keys).await?;
        if let Some(old) = sessions::presented_id_hash(state, &call.parts.headers) {
            session_rows::delete(&mut *conn, &old).await?;
        }
        call.set_cookie(sessions::start(&mut *conn, state, user.id, remember, call.user_agent()).await?);
        Ok(if user.is_confirmed() { next.and_then(safe_next).unwrap_or("/home") } else { "/unconfirmed" }
            .to_owned())
    }

    /// The key of the one message for every failure, so it tells nobody
    /// which accounts exist.
    pub const FAILED: &str = "sign-in-failed";

    /// A wait given in seconds, in whole minutes rounded up (at least one):
    /// the messages that say it choose "1 minute" or "3 minutes".
    pub fn minutes(secs: i64) -> i64 {
        ((secs + 59) / 60).max(1)
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::ssr::minutes;
    use crate::domain::{Language, i18n::text_with, language::LANGUAGES};

    #[test]
    fn a_wait_is_said_in_whole_minutes_rounded_up() {
        let paused = |language, secs| {
            text_with(language, "sign-in-account-paused", &[("minutes", minutes(secs).into())])
        };
        let english = |secs| paused(Language::ENGLISH, secs);
        assert_eq!(english(0), "Too many attempts: signing in to this account is paused for 1 minute.");
        assert_eq!(english(60), "Too many attempts: signing in to this account is paused for 1 minute.");
        assert_eq!(english(61), "Too many attempts: signing in to this account is paused for 2 minutes.");
        let network = text_with(Language::ENGLISH, "sign-in-too-many-from-network", &[("minutes", 3.into())]);
        assert_eq!(network, "Too many sign-in attempts from your network. Please try again in 3 minutes.");
        for &language in LANGUAGES {
            let said = paused(language, 300);
            assert!(said.contains('5'), "{said}");
            assert!(
                language == Language::ENGLISH || said != english(300),
                "{} says it in English",
                language.code()
            );
        }
    }
}
