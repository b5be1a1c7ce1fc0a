//! `/reset`, behind an emailed link: the form for a new password.

use axum::{
    extract::{Query, State},
    response::{IntoResponse, Redirect},
};
use http::{header, request::Parts};
use leptos::prelude::provide_context;
use serde::Deserialize;

use crate::{
    actions::reset::{ResetView, ssr::token_cookie},
    infra::{crypto::tokens::PlainToken, state::AppState},
    web::{forms::no_js::PageView, render},
};

#[derive(Deserialize)]
pub struct TokenParam {
    #[serde(default)]
    token: String,
}

/// The emailed link. Its token moves out of the URL (where history, logs
/// and Referer headers would keep it) into a short-lived cookie, and the
/// browser comes back without it.
pub async fn link_page(
    State(state): State<AppState>,
    parts: Parts,
    Query(param): Query<TokenParam>,
) -> super::Result {
    if !param.token.is_empty() {
        let mut response = Redirect::to("/reset").into_response();
        if let Some(token) = PlainToken::parse(&param.token) {
            response.headers_mut().insert(header::SET_COOKIE, token_cookie(&state, &token)?);
        }
        return Ok(response);
    }
    let view = ResetView::load(&state, &parts).await?.unwrap_or(ResetView::Invalid);
    let status = view.status();
    Ok(render::page(&state, parts, "/reset", status, move || provide_context(view.clone())).await)
}
