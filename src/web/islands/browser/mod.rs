//! The islands' work in the browser: plain DOM reads and writes on the
//! server-rendered forms, and server functions called with gloo-net. Text
//! is always set as text, never as HTML: the messages quote what the user
//! typed.

pub mod checks;
mod client;
mod dom;
pub mod passkeys;
mod refresh;
pub mod submit;
