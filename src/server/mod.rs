//! The axum application. Everything here is compiled only with `ssr`.

pub mod cli;
pub mod config;
pub mod db;
pub mod http;
pub mod startup;
pub mod state;
pub mod telemetry;
