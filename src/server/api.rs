//! What server functions share on the server side.

use leptos::prelude::{ServerFnError, use_context};

use super::{auth::rate_limit::ClientAddress, state::AppState};
use crate::pages::Viewer;

pub fn app_state() -> Result<AppState, ServerFnError> {
    use_context::<AppState>().ok_or_else(|| unexpected("no application state in context"))
}

/// The application state and the signed-in account of the call. The guard
/// has already refused calls without one; this only fails if a function is
/// registered outside the protected prefix by mistake.
pub fn require_viewer() -> Result<(AppState, Viewer), ServerFnError> {
    let state = app_state()?;
    let viewer = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Viewer>().cloned())
        .ok_or_else(|| -> ServerFnError { ServerFnError::ServerError("Please sign in again.".into()) })?;
    Ok((state, viewer))
}

/// Logs an internal failure and gives the caller a message that says
/// nothing about it.
pub fn unexpected(error: impl std::fmt::Display) -> ServerFnError {
    tracing::error!(%error, "server function failed");
    ServerFnError::ServerError("Something went wrong on our side. Please try again.".into())
}

/// Counts a live check against its address's limit; false when over it.
pub async fn within_check_limit(state: &AppState) -> Result<bool, ServerFnError> {
    let client = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<ClientAddress>().copied())
        .ok_or_else(|| unexpected("no client address in the request"))?;
    state.settings.limits.checks().allow(state, &client.0.to_string()).await.map_err(unexpected)
}
