//! The top layer: the app's routes and pages, the islands that run in the
//! browser, and (server only) the no-JS form handlers, middleware and
//! startup that serve them.

pub mod app;
pub mod forms;
#[cfg(feature = "ssr")]
pub mod http;
pub mod i18n;
pub mod islands;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod render;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod startup;
pub mod viewer;
