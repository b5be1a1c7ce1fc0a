use std::sync::Arc;

use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use super::{
    auth::{password::PasswordHasher, tokens::TokenKey},
    config::Settings,
    db::Database,
    email::outbox::Outbox,
    http::assets::Assets,
    wake::Wake,
};

/// What every handler and server function can reach.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub settings: Arc<Settings>,
    pub db: Database,
    pub token_key: TokenKey,
    pub hasher: PasswordHasher,
    pub outbox: Outbox,
    /// Wakes this instance's worker of "forgot your password?" requests
    /// (`server::reset_worker`).
    pub reset_requests: Wake,
    /// The built files under `/pkg/`, in memory.
    pub assets: Assets,
}
