//! Renders a page of the application from a handler, with extra context:
//! how a form post that was not accepted shows its page again, with the
//! values and messages, and how pages that need data get it.

use axum::{body::Body, extract::Request, response::Response};
use http::{Method, StatusCode, Uri, request::Parts};
use leptos::prelude::provide_context;

use crate::{infra::state::AppState, web::app::shell};

/// Renders the route at `path` as a GET of it would, plus whatever
/// `context` provides, with `status`.
pub async fn page(
    state: &AppState,
    mut parts: Parts,
    path: &'static str,
    status: StatusCode,
    context: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    parts.method = Method::GET;
    parts.uri = Uri::from_static(path);
    let options = state.leptos_options.clone();
    let app_state = state.clone();
    let render = leptos_axum::render_app_to_stream_with_context(
        move || {
            provide_context(app_state.clone());
            context();
        },
        move || shell(options.clone()),
    );
    let mut response = render(Request::from_parts(parts, Body::empty())).await;
    if response.status() == StatusCode::OK {
        *response.status_mut() = status;
    }
    response
}
