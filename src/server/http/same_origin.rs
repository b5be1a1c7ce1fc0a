//! Refuses state-changing requests that a browser sent on behalf of another
//! site (cross-site request forgery), server functions included.
//!
//! Browsers mark every request with `Sec-Fetch-Site` and every POST with
//! `Origin`; neither can be set by a page. A request with neither comes from
//! a program, not a browser, and carries no ambient cookies to abuse.

use axum::{
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use http::{HeaderMap, Method, StatusCode};

use super::error_pages::error_document;
use crate::server::state::AppState;

pub async fn refuse_cross_site(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if is_safe_method(request.method()) || is_same_origin(request.headers(), state.settings.base_url.origin())
    {
        return next.run(request).await;
    }
    tracing::warn!(
        origin = ?request.headers().get(http::header::ORIGIN),
        sec_fetch_site = ?request.headers().get("sec-fetch-site"),
        "refused a cross-site request"
    );
    (
        StatusCode::FORBIDDEN,
        error_document(
            "Request refused",
            "This form was sent from another site, so it was not accepted. \
             Go to the page on this site and send it from there.",
        ),
    )
        .into_response()
}

fn is_safe_method(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn is_same_origin(headers: &HeaderMap, own_origin: &str) -> bool {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    // Checked first because a page sent with `Referrer-Policy: no-referrer`
    // makes Chromium post its forms with `Origin: null`.
    if let Some(site) = header("sec-fetch-site") {
        return site == "same-origin";
    }
    match header("origin") {
        Some(origin) => origin == own_origin,
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(k, v)| (http::HeaderName::from_static(k), http::HeaderValue::from_static(v)))
            .collect()
    }

    #[test]
    fn decides_by_fetch_metadata_then_origin() {
        let own = "https://accounts.example";
        assert!(is_same_origin(&headers(&[("sec-fetch-site", "same-origin")]), own));
        assert!(is_same_origin(&headers(&[("sec-fetch-site", "same-origin"), ("origin", "null")]), own));
        assert!(!is_same_origin(&headers(&[("sec-fetch-site", "cross-site")]), own));
        assert!(!is_same_origin(&headers(&[("sec-fetch-site", "same-site")]), own));
        assert!(is_same_origin(&headers(&[("origin", "https://accounts.example")]), own));
        assert!(!is_same_origin(&headers(&[("origin", "https://evil.example")]), own));
        assert!(!is_same_origin(&headers(&[("origin", "null")]), own));
        assert!(is_same_origin(&headers(&[]), own));
    }
}
