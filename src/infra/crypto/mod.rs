//! Password hashes, emailed tokens, sealed keys and one-time codes.

pub mod password;
pub mod sealed;
pub mod tokens;
pub mod totp;
