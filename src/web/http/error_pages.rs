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

use super::request_context::chosen_language;
use crate::{
    domain::{Language, i18n},
    web::pages::ErrorDocument,
};

/// The path server functions live under; their callers parse their own
/// error format, so those responses pass through untouched.
const SERVER_FN_PREFIX: &str = "/api/";

pub async fn render_error_pages(request: Request, next: Next) -> Response {
    let is_server_fn = request.uri().path().starts_with(SERVER_FN_PREFIX);
    // The account's language is known only inside (`choose_language`
    // leaves it on the response); a request refused before that gets its
    // visitor's.
    let visitor_language = chosen_language(None, request.headers());
    let response = next.run(request).await;
    let language = response.extensions().get::<Language>().copied().unwrap_or(visitor_language);
    let status = response.status();
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_server_fn {
        return refuse_undecodable_calls(response, language).await;
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
    let page = error_document(language, title, message).into_response();
    parts.headers.extend(page.headers().clone());
    Response::from_parts(parts, page.into_body())
}

/// A server function call whose arguments cannot be decoded is the caller's
/// mistake, though the framework answers 500 with the decoder's own words
/// (which name internal types). Answer 400 in the format the server
/// function client reads, and leave the details to the log.
async fn refuse_undecodable_calls(response: Response, language: Language) -> Response {
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
    let said = i18n::text(language, "error-unreadable-call");
    Response::from_parts(parts, Body::from(format!("Args|{said}")))
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

/// A complete HTML error document with the site's look, its words the
/// catalogue's `title` and `message` in `language`.
pub fn error_document(language: Language, title: &str, message: &str) -> Html<String> {
    let (title, message) = (i18n::text(language, title), i18n::text(language, message));
    let html = Owner::new().with(|| {
        view! { <ErrorDocument language title message stylesheet="/pkg/accounts.css".to_owned()/> }.to_html()
    });
    Html(html)
}

/// The catalogue keys of the title and message for an error status.
fn explain(status: StatusCode) -> Option<(&'static str, &'static str)> {
    Some(match status {
        StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY | StatusCode::UNSUPPORTED_MEDIA_TYPE => {
            ("error-unreadable-title", "error-unreadable-message")
        }
        StatusCode::NOT_FOUND => ("error-not-found-title", "error-not-found-message"),
        StatusCode::METHOD_NOT_ALLOWED => ("error-method-title", "error-method-message"),
        StatusCode::PAYLOAD_TOO_LARGE => ("error-too-large-title", "error-too-large-message"),
        StatusCode::TOO_MANY_REQUESTS => ("error-too-many-title", "error-too-many-message"),
        StatusCode::SERVICE_UNAVAILABLE => ("error-busy-title", "error-busy-message"),
        s if s.is_server_error() => ("error-failed-title", "error-failed-message"),
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
