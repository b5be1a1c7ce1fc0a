//! Headers every response carries. Pages get a Content-Security-Policy with
//! a fresh nonce for the one inline script that loads the islands; everything
//! else gets a policy that allows nothing to run.

use axum::{
    extract::{Request, State},
    middleware::Next,
    response::Response,
};
use http::{HeaderValue, header};
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

use crate::infra::state::AppState;

/// For responses that are not pages (assets, errors, health checks).
const NON_PAGE_CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
     base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Called by the shell while a page renders: allows the app's own scripts and
/// WASM, the nonced inline loader, and nothing from any other origin.
pub fn set_page_csp() {
    let Some(response) = use_context::<ResponseOptions>() else {
        return;
    };
    let nonce = leptos::nonce::use_nonce().map(|n| format!(" 'nonce-{n}'")).unwrap_or_default();
    let policy = format!(
        "default-src 'self'; script-src 'self'{nonce} 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    );
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
}

pub async fn add_security_headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    // The reset page holds the link's secret (in its cookie, and in the URL
    // on the way there): it sends no Referer at all.
    let referrer_policy =
        if request.uri().path() == "/reset" { "no-referrer" } else { "strict-origin-when-cross-origin" };
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let defaults = [
        (header::CONTENT_SECURITY_POLICY, NON_PAGE_CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, referrer_policy),
        (header::HeaderName::from_static("cross-origin-opener-policy"), "same-origin"),
        (header::HeaderName::from_static("permissions-policy"), "camera=(), microphone=(), geolocation=()"),
    ];
    for (name, value) in defaults {
        headers.entry(name).or_insert(HeaderValue::from_static(value));
    }
    if state.settings.base_url.is_https() {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    response
}
