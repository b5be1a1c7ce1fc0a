//! What every request carries before it reaches a handler: where it comes
//! from (for the rate limits), who is signed in (for the guard, pages and
//! server functions), and the language it is answered in.

use std::net::{IpAddr, SocketAddr};

use axum::{
    extract::{ConnectInfo, Request, State},
    middleware::Next,
    response::Response,
};

use http::{HeaderMap, HeaderValue, header};

use crate::{
    domain::{Language, viewer::Viewer},
    infra::{cookies, state::AppState},
    services::{limits::ClientAddress, sessions},
};

/// Puts the request's [`ClientAddress`] in its extensions: the socket's
/// peer, or the last address the trusted proxies vouch for.
pub async fn identify_client(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    mut request: Request,
    next: Next,
) -> Response {
    let trusted = &state.settings.trusted_proxies;
    let mut address = peer.ip();
    if trusted.contains(&address) {
        let forwarded = request
            .headers()
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|a| a.trim().parse::<IpAddr>().ok())
            .collect::<Vec<_>>();
        // The rightmost address a trusted proxy did not add is the client.
        if let Some(client) = forwarded.iter().rev().find(|a| !trusted.contains(a)) {
            address = *client;
        }
    }
    request.extensions_mut().insert(ClientAddress(address));
    next.run(request).await
}

/// Puts the request's [`Viewer`](crate::domain::viewer::Viewer) in its extensions for handlers and pages.
pub async fn load_viewer(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    // Assets and probes never depend on who asks; skip the database.
    if !is_static(request.uri().path()) {
        match sessions::resolve(&state, request.headers()).await {
            Ok(Some(viewer)) => {
                request.extensions_mut().insert(viewer);
            }
            Ok(None) => {}
            // Treat the request as anonymous rather than failing the page.
            Err(error) => tracing::error!("{error:#}"),
        }
    }
    next.run(request).await
}

/// Puts the request's [`Language`] in its extensions, and in its
/// response's for the error pages rendered around it (`error_pages`).
pub async fn choose_language(mut request: Request, next: Next) -> Response {
    let language = chosen_language(request.extensions().get::<Viewer>(), request.headers());
    let worded = !is_static(request.uri().path());
    request.extensions_mut().insert(language);
    let mut response = next.run(request).await;
    response.extensions_mut().insert(language);
    if worded {
        // The same address answers in other words for another cookie or
        // browser language: a shared cache must keep them apart.
        response.headers_mut().append(header::VARY, HeaderValue::from_static("accept-language, cookie"));
    }
    response
}

/// Assets and probes: the same bytes for everyone.
fn is_static(path: &str) -> bool {
    path.starts_with("/pkg/") || path == "/healthz" || path == "/readyz" || path == "/favicon.svg"
}

/// The language a request is answered in: the account's saved language,
/// else the one the visitor chose in the footer, else the best of the
/// browser's `Accept-Language`, else English.
pub fn chosen_language(viewer: Option<&Viewer>, headers: &HeaderMap) -> Language {
    viewer
        .and_then(|viewer| viewer.language)
        .or_else(|| cookies::read_language(headers))
        .or_else(|| {
            let accepted = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
            Language::negotiate(accepted)
        })
        .unwrap_or_default()
}
