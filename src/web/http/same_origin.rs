//! Refuses state-changing requests that a browser sent on behalf of another
//! site (cross-site request forgery), server functions included.
//!
//! Browsers mark every request with `Sec-Fetch-Site` and every POST with
//! `Origin`; neither can be set by a page. A request with neither comes from
//! a program or an old browser: it passes only if it carries no session to
//! abuse and its `Referer`, if any, is this site.

use axum::{
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use http::{HeaderMap, Method, StatusCode};

use super::{error_pages::error_document, request_context::chosen_language};
use crate::infra::{cookies, state::AppState};

pub async fn refuse_cross_site(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let signed_in = cookies::read(request.headers(), cookies::session_name(&state)).is_some();
    if is_safe_method(request.method())
        || is_same_origin(request.headers(), state.settings.base_url.origin(), signed_in)
    {
        return next.run(request).await;
    }
    tracing::warn!(
        origin = ?request.headers().get(http::header::ORIGIN),
        sec_fetch_site = ?request.headers().get("sec-fetch-site"),
        "refused a cross-site request"
    );
    let language = chosen_language(None, request.headers());
    (StatusCode::FORBIDDEN, error_document(language, "error-cross-site-title", "error-cross-site-message"))
        .into_response()
}

fn is_safe_method(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn is_same_origin(headers: &HeaderMap, own_origin: &str, signed_in: bool) -> bool {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    // Checked first because a page sent with `Referrer-Policy: no-referrer`
    // makes Chromium post its forms with `Origin: null`.
    if let Some(site) = header("sec-fetch-site") {
        return site == "same-origin";
    }
    if let Some(origin) = header("origin") {
        return origin == own_origin;
    }
    let referer_ok = header("referer").is_none_or(|referer| {
        referer.strip_prefix(own_origin).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    });
    referer_ok && !signed_in
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
        let same = |pairs: &[(&'static str, &'static str)]| is_same_origin(&headers(pairs), own, false);
        assert!(same(&[("sec-fetch-site", "same-origin")]));
        assert!(same(&[("sec-fetch-site", "same-origin"), ("origin", "null")]));
        assert!(!same(&[("sec-fetch-site", "cross-site")]));
        assert!(!same(&[("sec-fetch-site", "same-site")]));
        assert!(same(&[("origin", "https://accounts.example")]));
        assert!(!same(&[("origin", "https://evil.example")]));
        assert!(!same(&[("origin", "null")]));
        assert!(same(&[]));
        assert!(same(&[("referer", "https://accounts.example/login")]));
        assert!(!same(&[("referer", "https://evil.example/")]));
        assert!(!same(&[("referer", "https://accounts.example.evil.example/")]));
        assert!(!is_same_origin(&headers(&[]), own, true), "a session cookie needs a browser's headers");
    }
}
