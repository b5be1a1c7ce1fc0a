//! Turns bare error responses from the framework layers (a body that is too
//! large, a form that cannot be parsed, a panic) into a readable page. The
//! page says what happened in words; the cause stays in the server log.

use axum::{
    body::Body,
    extract::Request,
    middleware::Next,
    response::{Html, IntoResponse, Response},
};
use http::{StatusCode, header};
use leptos::prelude::*;

use crate::web::pages::ErrorDocument;

/// The path server functions live under; their callers parse their own
/// error format, so those responses pass through untouched.
const SERVER_FN_PREFIX: &str = "/api/";

pub async fn render_error_pages(request: Request, next: Next) -> Response {
    let is_server_fn = request.uri().path().starts_with(SERVER_FN_PREFIX);
    let response = next.run(request).await;
    let status = response.status();
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_server_fn {
        return refuse_undecodable_calls(response).await;
    }
    if is_html || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let Some((title, message)) = explain(status) else {
        return response;
    };
    // A busy server (503) is an expected answer under load, logged where
    // it is decided; other server errors are failures.
    if status.is_server_error() && status != StatusCode::SERVICE_UNAVAILABLE {
        tracing::error!(%status, "request failed");
    }
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.remove(header::CONTENT_ENCODING);
    let page = error_document(title, message).into_response();
    parts.headers.extend(page.headers().clone());
    Response::from_parts(parts, page.into_body())
}

/// A server function call whose arguments cannot be decoded is the caller's
/// mistake, though the framework answers 500 with the decoder's own words
/// (which name internal types). Answer 400 in the format the server
/// function client reads, and leave the details to the log.
async fn refuse_undecodable_calls(response: Response) -> Response {
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if !is_undecodable(&bytes) {
        return Response::from_parts(parts, Body::from(bytes));
    }
    tracing::info!(detail = %String::from_utf8_lossy(&bytes), "a server function call could not be decoded");
    parts.status = StatusCode::BAD_REQUEST;
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from("Args|This request could not be read."))
}

/// Whether a server function's error `body` says its arguments could not
/// be decoded (the framework's own error kinds for that).
pub fn is_undecodable(body: &[u8]) -> bool {
    ["Deserialization|", "Args|", "MissingArg|"].iter().any(|kind| body.starts_with(kind.as_bytes()))
}

/// An unexpected failure: logged with its cause chain, shown to the user as
/// the generic error page (see [`render_error_pages`]), never as its text.
pub struct AppError(anyhow::Error);

impl<E: Into<anyhow::Error>> From<E> for AppError {
    fn from(error: E) -> Self {
        Self(error.into())
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        tracing::error!("{:#}", self.0);
        StatusCode::INTERNAL_SERVER_ERROR.into_response()
    }
}

/// A complete HTML error document with the site's look.
pub fn error_document(title: &'static str, message: &'static str) -> Html<String> {
    let html = Owner::new().with(|| {
        view! { <ErrorDocument title message stylesheet="/pkg/accounts.css".to_owned()/> }.to_html()
    });
    Html(html)
}

fn explain(status: StatusCode) -> Option<(&'static str, &'static str)> {
    Some(match status {
        StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY | StatusCode::UNSUPPORTED_MEDIA_TYPE => (
            "This request could not be read",
            "What the browser sent was incomplete or malformed. Go back, reload the page and try again.",
        ),
        StatusCode::NOT_FOUND => (
            "Page not found",
            "There is nothing at this address. It may have moved, or the link may be mistyped.",
        ),
        StatusCode::METHOD_NOT_ALLOWED => (
            "This action is not available here",
            "This address does not accept that kind of request. Go back and use the page's own buttons.",
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            "Too much data",
            "The form sent more data than this site accepts. Shorten what you entered and try again.",
        ),
        StatusCode::TOO_MANY_REQUESTS => ("Too many attempts", "Please wait a little before trying again."),
        StatusCode::SERVICE_UNAVAILABLE => (
            "The server is busy",
            "Too many requests are being handled at once. Please try again in a moment.",
        ),
        s if s.is_server_error() => {
            ("Something went wrong on our side", "The problem has been logged. Please try again in a moment.")
        }
        _ => return None,
    })
}

/// Keeps a panic in one request from ever reaching the user as anything but
/// the generic error page (the panic itself is logged).
pub fn panic_response(panic: Box<dyn std::any::Any + Send + 'static>) -> Response<Body> {
    let detail = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("unknown panic");
    tracing::error!(panic = detail, "a request handler panicked");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}
