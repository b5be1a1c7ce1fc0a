//! One integration-test binary: every test starts the real application on
//! port 0 against its own SQLite file and talks to it over HTTP.

// A panic is how a test reports failure.
#![allow(clippy::unwrap_used)]

mod helpers;
mod smtp;

mod checks;
mod cli;
mod codes;
mod confirm;
mod dev_mail;
mod enumeration;
mod health;
mod hostile_input;
mod instances;
mod languages;
mod login;
mod logs;
mod mail_abuse;
mod outbox;
mod passkeys;
mod rate_limits;
mod register;
mod reset;
mod security;
mod server_functions;
mod settings;
mod shell;
mod smtp_listener;
mod smtp_tls;
mod storage;
mod takeover;
mod two_step;
mod unconfirmed;
