use std::sync::Arc;

use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use super::{
    auth::{password::PasswordHasher, tokens::TokenKey},
    config::Settings,
    db::Database,
    email::outbox::Outbox,
    reset_worker::ResetWorker,
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
    pub reset_requests: ResetWorker,
}
