//! What the services stand on: configuration, the clock, the database,
//! email delivery, crypto, and the state that holds them for a running
//! server. Nothing here knows a flow.

pub mod clock;
pub mod config;
pub mod cookies;
pub mod crypto;
pub mod db;
pub mod email;
pub mod state;
pub mod telemetry;
pub mod wake;
