//! The page's access to the signed-in account: the server puts the
//! [`Viewer`] into the request, pages read it while rendering.

pub use crate::domain::viewer::Viewer;

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
