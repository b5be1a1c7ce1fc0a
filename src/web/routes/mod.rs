//! The pages forms post to, and what each loads (`views`), for the one
//! handler of plain form posts (`web::forms::no_js`); the two pages behind
//! an emailed link, which read its token from the URL; and the development
//! mailbox.

mod confirm;
mod dev_mail;
mod reset;
mod views;

use axum::{Router, response::Response, routing::get};

use crate::{
    actions::{confirm::ConfirmView, reset::ResetView},
    infra::state::AppState,
    web::{
        forms::no_js::{self, FormPage, Plain},
        http::error_pages::AppError,
        pages::{ResetCodeView, SettingsView, TwoStepSetupView, UnconfirmedView},
    },
};

/// Every page a form posts to, the landing page first, and what each
/// shows besides the answer (`no_js::PageView`). An action's page is its
/// path if that is one of these, else its section's (`/settings` for
/// `/settings/email`), else the landing page's.
static FORM_PAGES: &[FormPage] = &[
    FormPage::new::<Plain>("/"),
    FormPage::new::<Plain>("/register"),
    FormPage::new::<Plain>("/login"),
    FormPage::new::<Plain>("/login/code"),
    FormPage::new::<Plain>("/forgot"),
    FormPage::with_get::<ResetCodeView>("/forgot/code"),
    FormPage::new::<ResetView>("/reset"),
    FormPage::new::<ConfirmView>("/confirm"),
    FormPage::with_get::<UnconfirmedView>("/unconfirmed"),
    FormPage::with_get::<SettingsView>("/settings"),
    FormPage::with_get::<TwoStepSetupView>("/settings/two-step"),
];

/// Paths whose GET is served here rather than by Leptos's own route handler.
pub fn pages_with_handlers() -> Vec<String> {
    ["/confirm", "/reset", "/dev/mail"]
        .into_iter()
        .chain(no_js::loaded_pages(FORM_PAGES))
        .map(str::to_owned)
        .collect()
}

pub fn router(dev_mailbox: bool) -> Router<AppState> {
    let router = Router::new()
        .route("/confirm", get(confirm::link_page))
        .route("/reset", get(reset::link_page))
        .merge(no_js::router(FORM_PAGES));
    if dev_mailbox {
        router.route("/dev/mail", get(dev_mail::list)).route("/dev/mail/{id}", get(dev_mail::html))
    } else {
        router
    }
}

pub type Result<T = Response> = std::result::Result<T, AppError>;
