//! Plain form posts, without JavaScript: a page route runs the form's
//! server function with the context leptos_axum would give it on its own
//! URL, then answers as a browser expects of a form: the page again with
//! the errors (422), the page with a notice or an outcome (200), or a
//! redirect (303). Nothing here depends on the Referer: the reset page
//! sends none.

use axum::response::{IntoResponse, Redirect, Response};
use http::{StatusCode, request::Parts};
use leptos::{
    prelude::{Owner, ServerFnError, provide_context},
    reactive::computed::ScopedFuture,
    server_fn::ServerFn,
};
use leptos_axum::{ResponseOptions, ResponseParts};

use super::render;
use crate::{domain::answer::Answer, infra::state::AppState};

/// What a server function returned for a form post, and what it set on
/// the response (cookies; a status and `Retry-After` when it was busy).
pub struct Ran<T> {
    pub result: Result<T, ServerFnError>,
    pub set: ResponseParts,
}

/// Runs the server function `args` calls, as the request in `parts`.
pub async fn run<F>(state: &AppState, parts: &Parts, args: F) -> Ran<F::Output>
where
    F: ServerFn<Error = ServerFnError>,
{
    let response = ResponseOptions::default();
    let owner = Owner::new();
    let result = owner
        .with(|| {
            provide_context(state.clone());
            provide_context(parts.clone());
            provide_context(response.clone());
            ScopedFuture::new(args.run_body())
        })
        .await;
    let set = response.0.read().map(|set| set.clone()).unwrap_or_default();
    Ran { result, set }
}

/// Runs a form's server function and answers the post with the page at
/// `page` (see [`respond`]), plus what the function set on the response.
pub async fn post<F>(
    state: &AppState,
    parts: Parts,
    page: &'static str,
    args: F,
    page_data: impl Fn() + Clone + Send + Sync + 'static,
) -> Response
where
    F: ServerFn<Output = Answer, Error = ServerFnError>,
{
    let Ran { result, set } = run(state, &parts, args).await;
    match result {
        Ok(answer) => finish(respond(state, parts, page, answer, page_data).await, &set),
        Err(_) => failed(&set),
    }
}

/// Adds the headers the server function set (its cookies) to the response.
pub fn finish(mut response: Response, set: &ResponseParts) -> Response {
    for (name, value) in &set.headers {
        response.headers_mut().append(name, value.clone());
    }
    response
}

/// The server function failed (and logged why): the error page for the
/// status it set (503 when busy), or the generic one.
pub fn failed(set: &ResponseParts) -> Response {
    let status = set.status.filter(|s| s.is_server_error()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    finish(status.into_response(), set)
}

/// The response to a form post whose server function answered `answer`:
/// the page at `path` from it, or the redirect it asks for. `page_data`
/// provides what the page needs besides the answer. A flow's page of its
/// own (`Answer::Page`) is the caller's to render first.
pub async fn respond<P>(
    state: &AppState,
    parts: Parts,
    path: &'static str,
    answer: Answer<P>,
    page_data: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    let feedback = answer.feedback();
    let (status, outcome) = match answer {
        Answer::Go(to) => return Redirect::to(&to).into_response(),
        Answer::Rejected(_) => (StatusCode::UNPROCESSABLE_ENTITY, None),
        Answer::Done(outcome) => (StatusCode::OK, Some(outcome)),
        Answer::Noted(_) | Answer::Page(_) => (StatusCode::OK, None),
    };
    render::page(state, parts, path, status, move || {
        page_data();
        provide_context(feedback.clone());
        if let Some(outcome) = &outcome {
            provide_context(outcome.clone());
        }
    })
    .await
}
