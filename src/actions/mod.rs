//! Server functions: every action a form can take, grouped by flow, each
//! the one place its logic lives. Each answers with an [`Answer`](crate::domain::answer::Answer),
//! whether an island called it with JSON or `web::forms::no_js` ran it for
//! a plain form post; reads (the settings lists) are `GET` and answer data.
//!
//! Each lives at `/api` + the path its form posts to without JavaScript
//! (`/api/settings/password` for the form at `/settings/password`), so the
//! access table in `web::app` guards a server function as it guards its page.

#[cfg(feature = "ssr")]
pub mod call;
pub mod check;
pub mod confirm;
pub mod language;
pub mod passkeys;
pub mod register;
pub mod reset;
pub mod settings;
pub mod sign_in;
pub mod two_step;
