use leptos::prelude::*;

use super::ErrorPage;

/// Shown for any path the router does not know, with a 404 status.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <ErrorPage
            title="Page not found"
            message="There is nothing at this address. It may have moved, or the link may be mistyped."
        />
    }
}
