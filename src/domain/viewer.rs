//! Who is looking at the page, as the server found them.

use super::Language;

/// Who is looking at the page: set by the server for a signed-in request.
#[derive(Clone, Debug)]
pub struct Viewer {
    pub user_id: i64,
    pub username: String,
    pub email: String,
    pub confirmed: bool,
    /// The language the account saved, which its pages are in.
    pub language: Option<Language>,
    /// The keyed hash of the session in use (to keep it when ending others).
    pub session_id_hash: String,
}
