/// Who is looking at the page: set by the server for a signed-in request.
#[derive(Clone, Debug)]
pub struct Viewer {
    pub user_id: i64,
    pub username: String,
    pub email: String,
    pub confirmed: bool,
    /// The keyed hash of the session in use (to keep it when ending others).
    pub session_id_hash: String,
}

/// The signed-in account of the request being rendered, if any.
pub fn use_viewer() -> Option<Viewer> {
    #[cfg(feature = "ssr")]
    {
        use leptos::prelude::use_context;
        use_context::<http::request::Parts>().and_then(|parts| parts.extensions.get::<Viewer>().cloned())
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}
