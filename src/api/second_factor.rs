//! The authenticator-app second factor in settings: set it up (a key shown
//! as a QR code, turned on by a code from the app), make new recovery
//! codes, turn it off. Its step at sign-in is `session::second_step`.

use leptos::prelude::*;

use super::answer::Answer;

/// The page that shows the key being set up.
pub const SETUP_PAGE: &str = "/settings/two-step";

/// "Set up an authenticator app": a new key, kept sealed as the one being
/// set up (a second start replaces it) until a code from the app turns it on.
/// Never while it is on: a key in use is replaced only by turning it off
/// first, which takes the password and a current code.
#[server(prefix = "/api/account", endpoint = "two-step/start")]
pub async fn start_two_step() -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run(async {
        let user = users::find_by_id(state.db.pool(), viewer.user_id).await?;
        if user.is_none_or(|user| user.has_second_factor()) {
            return Ok(Answer::Go("/settings".into()));
        }
        let secret = TotpSecret::generate()?;
        let sealed = second_factor::seal(state, viewer.user_id, &secret)?;
        rows::set_pending(state.db.pool(), viewer.user_id, Some(&sealed)).await?;
        Ok(Answer::Go(SETUP_PAGE.into()))
    })
    .await
}

/// Turns the second factor on with the key being set up, once a current
/// code from the app proves the app has it. The answer shows the recovery
/// codes, once; the owner is told by email.
#[server(prefix = "/api/account", endpoint = "two-step/enable")]
pub async fn enable_two_step(#[server(default)] code: String) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run(async {
        if !state.settings.limits.tokens().allow(state, &client).await? {
            return Ok(Answer::fix("code", &code, "Too many codes tried. Please try again in a while."));
        }
        let Some(sealed) = rows::pending(state.db.pool(), viewer.user_id).await? else {
            return Ok(Answer::Go("/settings".into()));
        };
        let secret = second_factor::open(state, viewer.user_id, &sealed)?;
        let step = TotpCode::parse(&code).and_then(|code| secret.matching_steps(&code, clock::now()).first().copied());
        let Some(step) = step else {
            return Ok(Answer::fix(
                "code",
                &code,
                "That code is not right. Type the 6 digits the app shows now; if it still fails, check the phone's clock.",
            ));
        };
        let mut tx = state.db.begin_write().await?;
        if !rows::enable(&mut *tx, viewer.user_id, &sealed, step).await? {
            tx.rollback().await?;
            return Ok(Answer::Go("/settings".into()));
        }
        let codes = second_factor::new_recovery_codes(state, &mut tx, viewer.user_id).await?;
        let settings_link = state.settings.base_url.join("/settings");
        let notice = Email::SecondFactorOn { username: &viewer.username, settings_link: &settings_link };
        enqueue(&mut tx, viewer.user_id, &viewer.email, &notice).await?;
        links::commit(state, tx).await?;
        Ok(Answer::Done(recovery_codes_outcome("Two-step sign-in is on", codes)))
    })
    .await
}

/// A new set of recovery codes, shown once; the old set stops working.
/// Needs the current password.
#[server(prefix = "/api/account", endpoint = "two-step/recovery-codes")]
pub async fn new_recovery_codes(
    #[server(default)] recovery_password: String,
) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run(async {
        let mut feedback = Feedback::default();
        let Some(user) =
            account_checked(&call, &viewer, recovery_password, "recovery_password", &mut feedback).await?
        else {
            return Ok(Answer::Go("/login".into()));
        };
        if feedback.has_errors() {
            return Ok(Answer::Rejected(feedback));
        }
        if !user.has_second_factor() {
            return Ok(Answer::Go("/settings".into()));
        }
        let mut tx = state.db.begin_write().await?;
        let codes = second_factor::new_recovery_codes(state, &mut tx, user.id).await?;
        tx.commit().await?;
        Ok(Answer::Done(recovery_codes_outcome("New recovery codes", codes)))
    })
    .await
}

/// Turns the second factor off: needs the password and a current code from
/// the app (or a recovery code). The owner is told by email.
#[server(prefix = "/api/account", endpoint = "two-step/disable")]
pub async fn disable_two_step(
    #[server(default)] disable_password: String,
    #[server(default)] disable_code: String,
) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run(async {
        let mut feedback = Feedback::default().keep("disable_code", &disable_code);
        let Some(user) =
            account_checked(&call, &viewer, disable_password, "disable_password", &mut feedback).await?
        else {
            return Ok(Answer::Go("/login".into()));
        };
        if feedback.has_errors() {
            return Ok(Answer::Rejected(feedback));
        }
        let mut tx = state.db.begin_write().await?;
        if second_factor::check(state, &mut tx, &user, &disable_code).await?.is_none() {
            tx.rollback().await?;
            // Wrong codes count as wrong passwords do.
            let account = format!("user:{}", user.id);
            state.settings.limits.failures().allow(state, &account).await?;
            return Ok(Answer::Rejected(feedback.with_error(
                "disable_code",
                "That code is not right. Type the 6 digits the app shows now.",
            )));
        }
        second_factor::remove(&mut tx, user.id).await?;
        let forgot_link = state.settings.base_url.join("/forgot");
        let notice = Email::SecondFactorOff { username: &user.username, forgot_link: &forgot_link };
        enqueue(&mut tx, user.id, &user.email, &notice).await?;
        links::commit(state, tx).await?;
        Ok(Answer::Noted(Notice::Success("Two-step sign-in is off.".into())))
    })
    .await
}

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::{
        api::{
            answer::{Answer, Feedback, Link, Notice, Outcome, Text},
            settings::ssr::account_checked,
        },
        server::{
            api::{Call, run},
            auth::totp::{TotpCode, TotpSecret},
            clock,
            db::{second_factor as rows, users},
            email::{outbox::enqueue, templates::Email},
            links, second_factor,
        },
    };

    /// Recovery codes as shown once, where the form was.
    pub fn recovery_codes_outcome(title: &str, codes: Vec<String>) -> Outcome {
        let mut paragraphs = vec![Text::paragraph(
            "Write these recovery codes down, or print them, and keep them apart from your phone. \
             Each one signs you in once if you lose the app. This is the only time they are shown.",
        )];
        paragraphs.extend(codes.into_iter().map(|code| vec![Text::Strong(code)]));
        Outcome {
            title: title.into(),
            paragraphs,
            link: Some(Link { label: "Back to settings".into(), href: "/settings".into() }),
        }
    }
}
