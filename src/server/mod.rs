//! The axum application. Everything here is compiled only with `ssr`.

pub mod accounts;
pub mod api;
pub mod auth;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod email;
pub mod forms;
pub mod housekeeping;
pub mod http;
pub mod links;
pub mod passkeys;
pub mod render;
pub mod reset_worker;
pub mod routes;
pub mod second_factor;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod wake;
