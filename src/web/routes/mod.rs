//! The page routes of the forms. Without JavaScript a form posts to its
//! page's own URL; each handler here is an adapter of a few lines that runs
//! the form's server function (`crate::actions`, where the flow's logic lives)
//! and renders the page from its answer (`web::forms`). GET handlers
//! load what a page shows before it renders.

mod confirm;
mod dev_mail;
mod register;
mod reset;
mod settings;
mod sign_in;
mod two_step;

use axum::{
    Router,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use http::StatusCode;

use crate::infra::state::AppState;

/// Paths whose GET is served here rather than by Leptos's own route handler.
pub const PAGES_WITH_HANDLERS: &[&str] =
    &["/confirm", "/unconfirmed", "/forgot/code", "/reset", "/settings", "/settings/two-step", "/dev/mail"];

pub fn router(dev_mailbox: bool) -> Router<AppState> {
    let router = Router::new()
        .route("/register", post(register::submit))
        .route("/login", post(sign_in::sign_in))
        .route("/login/code", post(two_step::second_step))
        .route("/logout", post(sign_in::sign_out))
        .route("/confirm", get(confirm::link_page).post(confirm::confirm_link))
        .route("/confirm/resend", post(confirm::resend_expired))
        .route("/unconfirmed", get(confirm::pending_page))
        .route("/unconfirmed/resend", post(confirm::resend_pending))
        .route("/unconfirmed/email", post(confirm::fix_address))
        .route("/unconfirmed/code", post(confirm::confirm_code))
        .route("/forgot", post(reset::forgot))
        .route("/forgot/code", get(reset::code_page).post(reset::submit_code))
        .route("/reset", get(reset::show).post(reset::submit))
        .route("/settings", get(settings::show))
        .route("/settings/password", post(settings::change_password))
        .route("/settings/email", post(settings::change_email))
        .route("/settings/sessions", post(settings::end_other_sessions))
        .route("/settings/two-step", get(two_step::setup_page).post(two_step::enable))
        .route("/settings/two-step/start", post(settings::start_two_step))
        .route("/settings/two-step/recovery-codes", post(settings::new_recovery_codes))
        .route("/settings/two-step/disable", post(settings::disable_two_step))
        .route("/settings/passkeys/rename", post(settings::rename_passkey))
        .route("/settings/passkeys/remove", post(settings::remove_passkey));
    if dev_mailbox {
        router.route("/dev/mail", get(dev_mail::list)).route("/dev/mail/{id}", get(dev_mail::html))
    } else {
        router
    }
}

/// An unexpected failure: logged with its cause chain, shown to the user as
/// the generic error page (see `http::error_pages`), never as its text.
pub struct AppError(anyhow::Error);

impl<E: Into<anyhow::Error>> From<E> for AppError {
    fn from(error: E) -> Self {
        Self(error.into())
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        tracing::error!("{:#}", self.0);
        StatusCode::INTERNAL_SERVER_ERROR.into_response()
    }
}

pub type Result<T = Response> = std::result::Result<T, AppError>;
