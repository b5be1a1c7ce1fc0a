use std::{ops::Deref, sync::Arc};

use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use super::{
    config::Settings,
    crypto::{password::PasswordHasher, sealed::SealingKey, tokens::TokenKey},
    db::Database,
    email::outbox::Outbox,
    wake::Wake,
};

/// What every handler and server function can reach. axum clones the state
/// for every middleware layer and handler a request passes through, so it
/// is one `Arc`: a clone is a counter, not a copy of every field (a profile
/// of `/login` found the copies at 5% of the server's time).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    pub leptos_options: LeptosOptions,
    pub settings: Arc<Settings>,
    pub db: Database,
    pub token_key: TokenKey,
    /// Seals authenticator apps' keys (`services::two_step`).
    pub totp_key: SealingKey,
    /// The WebAuthn relying party; None where `BASE_URL` cannot be one.
    pub passkeys: Option<webauthn_rs::Webauthn>,
    pub hasher: PasswordHasher,
    pub outbox: Outbox,
    /// Wakes this instance's worker of "forgot your password?" requests
    /// (`services::reset`).
    pub reset_requests: Wake,
}

impl AppState {
    pub fn new(shared: Shared) -> Self {
        Self(Arc::new(shared))
    }
}

impl Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// leptos_axum's handlers take the options from the state.
impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
