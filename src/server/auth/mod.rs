//! Passwords, emailed tokens, sessions, and who is asking.

pub mod guard;
pub mod password;
pub mod rate_limit;
pub mod sessions;
pub mod strength;
pub mod tokens;
