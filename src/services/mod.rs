//! What each flow does to an account, with no HTTP in it: the actions call
//! these, and so do the background jobs.

pub mod accounts;
pub mod email_codes;
pub mod housekeeping;
pub mod limits;
pub mod links;
pub mod passkeys;
pub mod reset;
pub mod sessions;
pub mod strength;
pub mod two_step;
