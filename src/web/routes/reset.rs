//! `/forgot`, `/forgot/code` and `/reset`: asking for a reset link, typing
//! the code that came with it, and choosing a new password.

use axum::{
    Form,
    extract::{Query, State},
    response::{IntoResponse, Redirect, Response},
};
use http::{HeaderValue, StatusCode, header, request::Parts};
use leptos::prelude::provide_context;
use serde::Deserialize;

use crate::{
    actions::reset::{
        CODE_PAGE, Forgot, ResetView, ResetWithCode, SetNewPassword,
        ssr::{held_token, inspect, token_cookie},
    },
    domain::answer::{Answer, Feedback},
    infra::{cookies, crypto::tokens::PlainToken, state::AppState},
    web::{
        forms::{self, Ran},
        pages::ResetCodeView,
        render,
    },
};

pub async fn forgot(State(state): State<AppState>, parts: Parts, Form(form): Form<Forgot>) -> Response {
    forms::post(&state, parts, "/forgot", form, || {}).await
}

/// "Check your inbox", with the address this browser asked for, if any.
pub async fn code_page(State(state): State<AppState>, parts: Parts) -> Response {
    let view = ResetCodeView { email: cookies::read_reset_email(&parts.headers) };
    render::page(&state, parts, CODE_PAGE, StatusCode::OK, move || provide_context(view.clone())).await
}

pub async fn submit_code(
    State(state): State<AppState>,
    parts: Parts,
    Form(form): Form<ResetWithCode>,
) -> Response {
    let view = ResetCodeView { email: cookies::read_reset_email(&parts.headers) };
    forms::post(&state, parts, CODE_PAGE, form, move || provide_context(view.clone())).await
}

#[derive(Deserialize)]
pub struct TokenParam {
    #[serde(default)]
    token: String,
}

/// The emailed link. Its token moves out of the URL (where history, logs
/// and Referer headers would keep it) into a short-lived cookie, and the
/// browser comes back without it.
pub async fn show(
    State(state): State<AppState>,
    parts: Parts,
    Query(param): Query<TokenParam>,
) -> super::Result {
    if !param.token.is_empty() {
        let mut response = Redirect::to("/reset").into_response();
        if let Some(token) = PlainToken::parse(&param.token) {
            response.headers_mut().insert(header::SET_COOKIE, token_cookie(&state, &token)?);
        }
        return Ok(private(response));
    }
    let view = inspect(&state, held_token(&parts.headers).as_ref()).await?;
    Ok(page(&state, parts, view, Feedback::default()).await)
}

pub async fn submit(
    State(state): State<AppState>,
    parts: Parts,
    Form(form): Form<SetNewPassword>,
) -> Response {
    let Ran { result, set } = forms::run(&state, &parts, form).await;
    let response = match result {
        Ok(Answer::Page(view)) => page(&state, parts, view, Feedback::default()).await,
        // The form again, for the link the browser still holds.
        Ok(Answer::Rejected(feedback)) => match inspect(&state, held_token(&parts.headers).as_ref()).await {
            Ok(view) => page(&state, parts, view, feedback).await,
            Err(error) => super::AppError::from(error).into_response(),
        },
        Ok(answer) => forms::respond(&state, parts, "/reset", answer, || {}).await,
        Err(_) => return private(forms::failed(&set)),
    };
    private(forms::finish(response, &set))
}

async fn page(state: &AppState, parts: Parts, view: ResetView, feedback: Feedback) -> Response {
    let status = match (&view, feedback.has_errors()) {
        (ResetView::Form { .. }, true) => StatusCode::UNPROCESSABLE_ENTITY,
        (ResetView::Form { .. }, false) => StatusCode::OK,
        (ResetView::Invalid, _) => StatusCode::NOT_FOUND,
        (ResetView::TooManyAttempts, _) => StatusCode::TOO_MANY_REQUESTS,
        _ => StatusCode::GONE,
    };
    let page = render::page(state, parts, "/reset", status, move || {
        provide_context(view.clone());
        provide_context(feedback.clone());
    });
    private(page.await)
}

/// The reset pages hold a secret: send no Referer from them (the guard
/// keeps them out of every cache, as it does every page holding a token).
fn private(mut response: Response) -> Response {
    response.headers_mut().insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}
