use leptos::prelude::*;

use super::ErrorPage;
use crate::web::i18n::t;

/// Shown for any path the router does not know, with a 404 status.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <ErrorPage title=t("error-not-found-title") message=t("error-not-found-message")/>
    }
}
