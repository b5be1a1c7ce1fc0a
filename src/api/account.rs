use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One browser signed in to the account, as its owner sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionSummary {
    pub user_agent: String,
    /// Unix seconds.
    pub signed_in_at: i64,
    pub last_seen_at: i64,
    /// The session of the browser asking.
    pub current: bool,
}

/// The account's live sessions, newest first. Reached only by a confirmed
/// account: the guard answers everyone else before this runs.
#[server(prefix = "/api/account", endpoint = "sessions")]
pub async fn active_sessions() -> Result<Vec<SessionSummary>, ServerFnError> {
    use crate::server::api::{require_viewer, unexpected};
    let (state, viewer) = require_viewer()?;
    crate::server::accounts::session_summaries(&state, &viewer).await.map_err(unexpected)
}
