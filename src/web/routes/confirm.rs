//! `/confirm`, behind an emailed link: what the link is, and its button.

use axum::{
    Extension,
    extract::{Query, State},
};
use http::request::Parts;
use leptos::prelude::provide_context;
use serde::Deserialize;

use crate::{
    actions::confirm::{ConfirmView, ssr::inspect},
    infra::state::AppState,
    services::limits::ClientAddress,
    web::{forms::no_js::PageView, render},
};

#[derive(Deserialize)]
pub struct TokenParam {
    #[serde(default)]
    token: String,
}

/// The page behind the emailed link. It changes nothing: mail scanners and
/// link previews GET (or HEAD) links, and must not confirm anything.
pub async fn link_page(
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
    let status = view.status();
    Ok(render::page(&state, parts, "/confirm", status, move || provide_context(view.clone())).await)
}
