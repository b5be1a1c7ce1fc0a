use axum::{Extension, Form, extract::State, response::Response};
use http::{StatusCode, request::Parts};
use leptos::prelude::provide_context;
use serde::Deserialize;

use super::{
    Result,
    new_password::{self, NewPasswordFields},
    register::queue_address_taken_notice,
};
use crate::{
    domain::Email,
    pages::{FormFeedback, Notice, SettingsView, Viewer},
    server::{
        accounts,
        auth::tokens::{PlainToken, Purpose},
        clock,
        config::Secret,
        db::{sessions, tokens, users},
        email::{outbox::enqueue, templates},
        render,
        state::AppState,
    },
};

const WRONG_PASSWORD: &str = "That is not your current password.";

pub async fn show(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
) -> Result {
    Ok(page(&state, parts, &viewer, FormFeedback::default(), StatusCode::OK).await?)
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
    #[serde(default)]
    new_password_confirm: String,
}

/// Needs the current password; signs out every other browser.
pub async fn change_password(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
    Form(form): Form<PasswordForm>,
) -> Result {
    let Some(user) = users::find_by_id(state.db.pool(), viewer.user_id).await? else {
        return Ok(page(&state, parts, &viewer, FormFeedback::default(), StatusCode::OK).await?);
    };
    let mut feedback = FormFeedback::default();
    if !state.hasher.verify(&Secret::new(form.current_password), Some(&user.password_hash)).await? {
        feedback.error("current_password", WRONG_PASSWORD);
    }
    let fields = NewPasswordFields { password: "new_password", confirmation: "new_password_confirm" };
    let related = [user.username.clone(), user.email.clone()];
    new_password::check(&mut feedback, fields, &form.new_password, &form.new_password_confirm, &related)
        .await;
    if feedback.has_errors() {
        return Ok(page(&state, parts, &viewer, feedback, StatusCode::UNPROCESSABLE_ENTITY).await?);
    }
    let password_hash = state.hasher.hash(&Secret::new(form.new_password)).await?;
    let mut tx = state.db.begin_write().await?;
    accounts::change_password(&state, &mut tx, &user, &password_hash, Some(&viewer.session_id_hash)).await?;
    tx.commit().await?;
    state.outbox.wake();
    let notice = Notice::Success("Your password was changed. Other browsers were signed out.".into());
    Ok(page(&state, parts, &viewer, FormFeedback::default().with_notice(notice), StatusCode::OK).await?)
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    new_email: String,
    #[serde(default)]
    email_password: String,
}

/// Sends a link to the new address (the change happens only when it is
/// opened) and a notice to the current one. An address another account
/// uses gets the same answer here, and its owner a notice.
pub async fn change_email(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
    Form(form): Form<EmailForm>,
) -> Result {
    let Some(user) = users::find_by_id(state.db.pool(), viewer.user_id).await? else {
        return Ok(page(&state, parts, &viewer, FormFeedback::default(), StatusCode::OK).await?);
    };
    let mut feedback = FormFeedback::default().keep("new_email", &form.new_email);
    if !state.hasher.verify(&Secret::new(form.email_password), Some(&user.password_hash)).await? {
        feedback.error("email_password", WRONG_PASSWORD);
    }
    let email = Email::parse(&form.new_email).map_err(|e| feedback.error("new_email", e)).ok();
    if email.as_ref().is_some_and(|e| e.normalized() == user.email.to_ascii_lowercase()) {
        feedback.error("new_email", "This is already your address.");
    }
    let (Some(email), false) = (email, feedback.has_errors()) else {
        return Ok(page(&state, parts, &viewer, feedback, StatusCode::UNPROCESSABLE_ENTITY).await?);
    };

    let mut tx = state.db.begin_write().await?;
    match users::find_by_email(&mut *tx, &email).await? {
        Some(owner) => queue_address_taken_notice(&state, &mut tx, &owner).await?,
        None => {
            let token = PlainToken::generate()?;
            let hash = state.token_key.hash(Purpose::ChangeEmail.as_str(), &token);
            let lifetime = state.settings.confirm_token_secs;
            tokens::issue(
                &mut tx,
                user.id,
                Purpose::ChangeEmail,
                email.as_str(),
                &hash,
                clock::now(),
                lifetime,
            )
            .await?;
            let link = state.settings.base_url.join(&format!("/confirm?token={}", token.expose()));
            enqueue(
                &mut tx,
                email.as_str(),
                &templates::confirm_new_address(&user.username, &link, lifetime / 3600),
            )
            .await?;
            enqueue(&mut tx, &user.email, &templates::email_change_requested(&user.username, email.as_str()))
                .await?;
        }
    }
    tx.commit().await?;
    state.outbox.wake();
    let notice =
        Notice::Success(format!("We sent a link to {email}. Your address changes when you open it."));
    Ok(page(&state, parts, &viewer, FormFeedback::default().with_notice(notice), StatusCode::OK).await?)
}

/// "Sign out other sessions": every browser but this one.
pub async fn end_other_sessions(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
) -> Result {
    let ended =
        sessions::delete_for_user(state.db.pool(), viewer.user_id, Some(&viewer.session_id_hash)).await?;
    let notice = Notice::Success(format!("Signed out {ended} other session(s)."));
    Ok(page(&state, parts, &viewer, FormFeedback::default().with_notice(notice), StatusCode::OK).await?)
}

async fn page(
    state: &AppState,
    parts: Parts,
    viewer: &Viewer,
    feedback: FormFeedback,
    status: StatusCode,
) -> anyhow::Result<Response> {
    let sessions = accounts::session_summaries(state, viewer).await?;
    let view = SettingsView { username: viewer.username.clone(), email: viewer.email.clone(), sessions };
    Ok(render::page(state, parts, "/settings", status, move || {
        provide_context(view.clone());
        provide_context(feedback.clone());
    })
    .await)
}
