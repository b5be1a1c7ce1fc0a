//! Middleware and the few plain (non-Leptos) endpoints.

pub mod assets;
pub mod error_pages;
pub mod guard;
pub mod health;
pub mod request_context;
pub mod same_origin;
pub mod security_headers;
