//! Passwords, emailed tokens, sessions, the second factor's codes and
//! sealed keys, and who is asking.

pub mod guard;
pub mod password;
pub mod rate_limit;
pub mod sealed;
pub mod sessions;
pub mod strength;
pub mod tokens;
pub mod totp;
