//! The authenticator-app second factor in settings: set it up (a key shown
//! as a QR code, turned on by a code from the app), make new recovery
//! codes, turn it off. Its step at sign-in is `session::second_step`.

use leptos::prelude::*;

use crate::domain::answer::Answer;

/// The page that shows the key being set up.
pub const SETUP_PAGE: &str = "/settings/two-step";

/// "Set up an authenticator app": a new key, kept sealed as the one being
/// set up (a second start replaces it) until a code from the app turns it on.
/// Never while it is on: a key in use is replaced only by turning it off
/// first, which takes the password and a current code.
#[server(prefix = "/api/settings", endpoint = "two-step/start")]
pub async fn start_two_step() -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run("start_two_step", async {
        let user = users::find_by_id(state.db.pool(), viewer.user_id).await?;
        if user.is_none_or(|user| user.has_second_factor()) {
            return Ok(Answer::Go("/settings".into()));
        }
        let secret = TotpSecret::generate()?;
        let sealed = two_step::seal(state, viewer.user_id, &secret)?;
        rows::set_pending(state.db.pool(), viewer.user_id, Some(&sealed)).await?;
        Ok(Answer::Go(SETUP_PAGE.into()))
    })
    .await
}

/// Turns the second factor on with the key being set up, once the current
/// password and a current code from the app prove who asks and that the
/// app has the key (a stolen session alone cannot put an app of its own on
/// the account). The answer shows the recovery codes, once; the owner is
/// told by email.
#[server(prefix = "/api/settings", endpoint = "two-step")]
pub async fn enable_two_step(
    #[server(default)] enable_password: String,
    #[server(default)] code: String,
) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run("enable_two_step", async {
        let mut feedback = Feedback::default().keep("code", &code);
        if !state.settings.limits.tokens().allow(state, &client).await? {
            let notice = call.t("two-step-too-many-codes");
            return Ok(Answer::Rejected(feedback.with_notice(Notice::Error(notice))));
        }
        let checked = Failures::ClearIfRight;
        if account_checked(&call, &viewer, enable_password, "enable_password", &mut feedback, checked)
            .await?
            .is_none()
        {
            return Ok(Answer::Go("/login".into()));
        }
        let Some(sealed) = rows::pending(state.db.pool(), viewer.user_id).await? else {
            return Ok(Answer::Go("/settings".into()));
        };
        let Some(secret) = two_step::open(state, viewer.user_id, &sealed) else {
            rows::set_pending(state.db.pool(), viewer.user_id, None).await?;
            return Ok(Answer::Go("/settings".into()));
        };
        let step = TotpCode::parse(&code)
            .and_then(|code| secret.matching_steps(&code, clock::now()).first().copied());
        if step.is_none() {
            feedback.error("code", call.t("two-step-setup-code-wrong"));
        }
        let (Some(step), false) = (step, feedback.has_errors()) else {
            return Ok(Answer::Rejected(feedback));
        };
        let mut tx = state.db.begin_write().await?;
        if !rows::enable(&mut *tx, viewer.user_id, &sealed, step).await? {
            tx.rollback().await?;
            return Ok(Answer::Go("/settings".into()));
        }
        let codes = two_step::new_recovery_codes(state, &mut tx, viewer.user_id).await?;
        let settings_link = state.settings.base_url.join("/settings");
        let notice = Email::SecondFactorOn { username: &viewer.username, settings_link: &settings_link };
        enqueue(&mut tx, viewer.user_id, &viewer.email, &notice).await?;
        links::commit(state, tx).await?;
        Ok(Answer::Done(recovery_codes_outcome(&call, "two-step-on-title", codes)))
    })
    .await
}

/// A new set of recovery codes, shown once; the old set stops working and
/// the owner is told by email. Needs the current password and a current
/// code from the app (or one of the old recovery codes): with a password
/// alone, whoever holds a session could mint themselves ten ways past the
/// second factor.
#[server(prefix = "/api/settings", endpoint = "two-step/recovery-codes")]
pub async fn new_recovery_codes(
    #[server(default)] recovery_password: String,
    #[server(default)] recovery_code: String,
) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run("new_recovery_codes", async {
        let fields = ("recovery_password", "recovery_code");
        let (user, mut tx) =
            match password_and_code_checked(&call, &viewer, fields, recovery_password, &recovery_code).await?
            {
                Checked::Both(user, tx) => (user, tx),
                Checked::Not(answer) => return Ok(answer),
            };
        let codes = two_step::new_recovery_codes(state, &mut tx, user.id).await?;
        let settings_link = state.settings.base_url.join("/settings");
        let notice = Email::RecoveryCodesReplaced { username: &user.username, settings_link: &settings_link };
        enqueue(&mut tx, user.id, &user.email, &notice).await?;
        links::commit(state, tx).await?;
        Ok(Answer::Done(recovery_codes_outcome(&call, "two-step-new-codes-title", codes)))
    })
    .await
}

/// Turns the second factor off: needs the password and a current code from
/// the app (or a recovery code). The owner is told by email.
#[server(prefix = "/api/settings", endpoint = "two-step/disable")]
pub async fn disable_two_step(
    #[server(default)] disable_password: String,
    #[server(default)] disable_code: String,
) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run("disable_two_step", async {
        let fields = ("disable_password", "disable_code");
        let (user, mut tx) =
            match password_and_code_checked(&call, &viewer, fields, disable_password, &disable_code).await? {
                Checked::Both(user, tx) => (user, tx),
                Checked::Not(answer) => return Ok(answer),
            };
        two_step::remove(&mut tx, user.id).await?;
        let forgot_link = state.settings.base_url.join("/forgot");
        let notice = Email::SecondFactorOff { username: &user.username, forgot_link: &forgot_link };
        enqueue(&mut tx, user.id, &user.email, &notice).await?;
        links::commit(state, tx).await?;
        Ok(Answer::Noted(Notice::Success(call.t("two-step-off-done"))))
    })
    .await
}

#[cfg(feature = "ssr")]
mod ssr {
    use sqlx::{Any, Transaction};

    pub use crate::{
        actions::{
            call::{Call, run},
            settings::ssr::{Failures, account_checked},
        },
        domain::{
            answer::{Answer, Feedback, Link, Notice, Outcome, Text},
            viewer::Viewer,
        },
        infra::{
            clock,
            crypto::totp::{TotpCode, TotpSecret},
            db::{two_step as rows, users},
            email::{outbox::enqueue, templates::Email},
        },
        services::{limits::account_key, links, two_step},
    };

    /// What checking the password and the code came to.
    pub enum Checked {
        /// Both right: the account, and the transaction the code was
        /// checked in (a recovery code is used when it commits).
        Both(users::User, Transaction<'static, Any>),
        /// The answer to give instead.
        Not(Answer),
    }

    /// The password and a current code of an account with two-step sign-in
    /// on, checked. Each request counts twice toward the account's failure
    /// limit, once for each (before the check, outside the transaction, so
    /// a wrong one stays counted), and the count clears only when both are
    /// right: the code is guessed no faster than the password.
    pub async fn password_and_code_checked(
        call: &Call,
        viewer: &Viewer,
        (password_field, code_field): (&str, &str),
        password: String,
        code: &str,
    ) -> anyhow::Result<Checked> {
        let state = &call.state;
        let mut feedback = Feedback::default().keep(code_field, code);
        let checked = Failures::KeepCounted;
        let Some(user) =
            account_checked(call, viewer, password, password_field, &mut feedback, checked).await?
        else {
            return Ok(Checked::Not(Answer::Go("/login".into())));
        };
        if !user.has_second_factor() {
            return Ok(Checked::Not(Answer::Go("/settings".into())));
        }
        if feedback.has_errors() {
            return Ok(Checked::Not(Answer::Rejected(feedback)));
        }
        let failures = state.settings.limits.failures();
        let account = account_key(user.id);
        if !failures.allow(state, &account).await? {
            let error = call.t("two-step-too-many-wrong-codes");
            return Ok(Checked::Not(Answer::Rejected(feedback.with_error(code_field, error))));
        }
        let mut tx = state.db.begin_write().await?;
        if two_step::check(state, &mut tx, &user, code).await?.is_none() {
            tx.rollback().await?;
            let error = call.t("two-step-code-wrong");
            return Ok(Checked::Not(Answer::Rejected(feedback.with_error(code_field, error))));
        }
        failures.clear(&mut *tx, state, &[account.as_str()]).await?;
        Ok(Checked::Both(user, tx))
    }

    /// Recovery codes as shown once, where the form was, under the
    /// message `title`.
    pub fn recovery_codes_outcome(call: &Call, title: &str, codes: Vec<String>) -> Outcome {
        let mut paragraphs = vec![Text::paragraph(call.t("two-step-codes-intro"))];
        paragraphs.extend(codes.into_iter().map(|code| vec![Text::Strong(code)]));
        Outcome {
            title: call.t(title),
            paragraphs,
            link: Some(Link { label: call.t("two-step-back-to-settings"), href: "/settings".into() }),
        }
    }
}
