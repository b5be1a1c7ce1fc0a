use axum::{Extension, Form, extract::State};
use http::{StatusCode, request::Parts};
use leptos::prelude::provide_context;
use serde::Deserialize;

use super::{
    Result,
    confirm::{cooldown_left, queue_confirmation},
    register::queue_address_taken_notice,
};
use crate::{
    domain::Email,
    pages::{FormFeedback, Notice, UnconfirmedView, Viewer},
    server::{auth::rate_limit::ClientAddress, db::users, render, state::AppState},
};

/// "Confirm your email": where a signed-in account without a confirmed
/// address lands.
pub async fn show(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
) -> Result {
    Ok(page(&state, parts, &viewer.email, viewer.user_id, FormFeedback::default(), StatusCode::OK).await?)
}

/// Sends a new link unless one went out within the cooldown.
pub async fn resend(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    Extension(client): Extension<ClientAddress>,
    parts: Parts,
) -> Result {
    let wait = cooldown_left(&state, viewer.user_id).await?;
    let notice = if !state.settings.limits.email().allow(&state, &client.0.to_string()).await? {
        Notice::Error("Too many requests from your network. Please try again in a few minutes.".into())
    } else if wait > 0 {
        Notice::Error(format!("A link was sent a moment ago. You can ask for another in {wait} seconds."))
    } else {
        let mut tx = state.db.begin_write().await?;
        queue_confirmation(&state, &mut tx, viewer.user_id, &viewer.username, &viewer.email).await?;
        tx.commit().await?;
        state.outbox.wake();
        Notice::Success(format!("We sent a new link to {}.", viewer.email))
    };
    let feedback = FormFeedback::default().with_notice(notice);
    Ok(page(&state, parts, &viewer.email, viewer.user_id, feedback, StatusCode::OK).await?)
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
}

/// Fixes a mistyped address before it is confirmed: the old link dies and a
/// new one goes to the new address. An address that belongs to another
/// account gets that account's owner a notice and this page the same answer,
/// so it cannot be used to find out who has an account.
pub async fn change_email(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
    Form(form): Form<EmailForm>,
) -> Result {
    let mut feedback = FormFeedback::default().keep("email", &form.email);
    let email = match Email::parse(&form.email) {
        Ok(email) => email,
        Err(e) => {
            feedback.error("email", e);
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(page(&state, parts, &viewer.email, viewer.user_id, feedback, status).await?);
        }
    };
    let mut shown = viewer.email.clone();
    if email.normalized() != viewer.email.to_ascii_lowercase() {
        let mut tx = state.db.begin_write().await?;
        match users::find_by_email(&mut *tx, &email).await? {
            Some(owner) => queue_address_taken_notice(&state, &mut tx, &owner).await?,
            None => {
                if users::change_unconfirmed_email(&mut *tx, viewer.user_id, &email).await? {
                    queue_confirmation(&state, &mut tx, viewer.user_id, &viewer.username, email.as_str())
                        .await?;
                    shown = email.to_string();
                }
            }
        }
        tx.commit().await?;
        state.outbox.wake();
    }
    let feedback =
        FormFeedback::default().with_notice(Notice::Success(format!("We sent a new link to {email}.")));
    Ok(page(&state, parts, &shown, viewer.user_id, feedback, StatusCode::OK).await?)
}

async fn page(
    state: &AppState,
    parts: Parts,
    email: &str,
    user_id: i64,
    feedback: FormFeedback,
    status: StatusCode,
) -> anyhow::Result<axum::response::Response> {
    let view =
        UnconfirmedView { email: email.to_owned(), cooldown_secs: cooldown_left(state, user_id).await? };
    Ok(render::page(state, parts, "/unconfirmed", status, move || {
        provide_context(view.clone());
        provide_context(feedback.clone());
    })
    .await)
}
