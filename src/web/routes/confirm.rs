//! `/confirm`: the page behind an emailed confirmation link, its button,
//! and "send me a new link" from an expired one.

use axum::{
    Extension, Form,
    extract::{Query, State},
    response::Response,
};
use http::{StatusCode, request::Parts};
use leptos::prelude::provide_context;
use serde::Deserialize;

use crate::{
    actions::{
        confirm::{Confirm, ConfirmView, ssr::inspect},
        resend::ResendExpiredLink,
    },
    infra::state::AppState,
    services::limits::ClientAddress,
    web::{
        forms::{self, Ran},
        render,
    },
};

#[derive(Deserialize)]
pub struct TokenParam {
    #[serde(default)]
    token: String,
}

/// The page behind the emailed link. It changes nothing: mail scanners and
/// link previews GET (or HEAD) links, and must not confirm anything.
pub async fn show(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddress>,
    parts: Parts,
    Query(param): Query<TokenParam>,
) -> super::Result {
    let view = if state.settings.limits.tokens().allow(&state, &client.limit_key()).await? {
        inspect(&state, &param.token).await?
    } else {
        ConfirmView::TooManyAttempts
    };
    Ok(page(&state, parts, view).await)
}

pub async fn submit(State(state): State<AppState>, parts: Parts, Form(form): Form<Confirm>) -> Response {
    let Ran { result, set } = forms::run(&state, &parts, form).await;
    match result {
        Ok(view) => page(&state, parts, view).await,
        Err(_) => forms::failed(&set),
    }
}

pub async fn resend(
    State(state): State<AppState>,
    parts: Parts,
    Form(form): Form<ResendExpiredLink>,
) -> Response {
    forms::post(&state, parts, "/confirm", form, || {}).await
}

async fn page(state: &AppState, parts: Parts, view: ConfirmView) -> Response {
    let status = match view {
        ConfirmView::Invalid => StatusCode::NOT_FOUND,
        ConfirmView::Expired { .. } | ConfirmView::Replaced => StatusCode::GONE,
        ConfirmView::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
        _ => StatusCode::OK,
    };
    render::page(state, parts, "/confirm", status, move || provide_context(view.clone())).await
}
