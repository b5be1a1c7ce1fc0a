//! What every request carries before it reaches a handler: where it comes
//! from (for the rate limits) and who is signed in (for the guard, pages and
//! server functions).

use std::net::{IpAddr, SocketAddr};

use axum::{
    extract::{ConnectInfo, Request, State},
    middleware::Next,
    response::Response,
};

use crate::{
    infra::state::AppState,
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
    let path = request.uri().path();
    // Assets and probes never depend on who asks; skip the database.
    let needs_viewer =
        !(path.starts_with("/pkg/") || path == "/healthz" || path == "/readyz" || path == "/favicon.svg");
    if needs_viewer {
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
