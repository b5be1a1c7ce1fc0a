use axum::{extract::State, http::StatusCode};

use crate::infra::state::AppState;

/// Liveness: the process answers.
pub async fn live() -> &'static str {
    "ok"
}

/// Readiness: the database answers and its schema is current, so a load
/// balancer can hold traffic back from an instance that is not.
pub async fn ready(State(state): State<AppState>) -> (StatusCode, &'static str) {
    if state.db.is_ready().await {
        (StatusCode::OK, "ready")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database not ready")
    }
}
