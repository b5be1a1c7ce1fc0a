//! Server functions: every action a form can take, grouped by flow, each
//! the one place its logic lives. Each answers with an [`Answer`](crate::domain::answer::Answer)
//! (or the flow's own page type), whether it was called by an island with
//! JSON or run by a page route for a plain form post.
//!
//! Prefixes decide who may call: `/api/account` needs a confirmed account
//! and `/api/unconfirmed` a signed-in one, by the access table in `web::app`.

#[cfg(feature = "ssr")]
pub mod call;
pub mod check;
pub mod confirm;
pub mod passkeys;
pub mod register;
pub mod reset;
pub mod settings;
pub mod sign_in;
pub mod two_step;
