//! What server functions share on the server side.

use leptos::prelude::{ServerFnError, use_context};

use super::state::AppState;
use crate::pages::Viewer;

/// The application state and the signed-in account of the call. The guard
/// has already refused calls without one; this only fails if a function is
/// registered outside the protected prefix by mistake.
pub fn require_viewer() -> Result<(AppState, Viewer), ServerFnError> {
    let state = use_context::<AppState>().ok_or_else(|| unexpected("no application state in context"))?;
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
