//! Server functions: typed calls from islands to the server, grouped by flow.
//! Functions for signed-in accounts live under `/api/account`, which the
//! access table in `app.rs` protects like the pages they serve.

pub mod account;
pub mod check;
