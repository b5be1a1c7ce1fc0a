//! The language of the page being rendered, and its words.

use leptos::prelude::*;

use crate::domain::{
    Language,
    i18n::{self, Arg, MARK},
};

/// The language the request was answered in (`web::http::request_context`
/// chooses it), or English outside a request.
pub fn use_language() -> Language {
    #[cfg(feature = "ssr")]
    {
        use leptos::prelude::use_context;
        use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<Language>().copied())
            .or_else(use_context::<Language>)
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Language::default()
    }
}

/// The message `key` in the page's language.
pub fn t(key: &str) -> String {
    i18n::text(use_language(), key)
}

/// The message `key` with its arguments, in the page's language.
pub fn t_with(key: &str, args: &[(&'static str, Arg<'_>)]) -> String {
    i18n::text_with(use_language(), key, args)
}

/// The message `key` with its argument `name` rendered as `element` (an
/// address in bold, a link), wherever the translation puts it.
pub fn t_around(key: &str, name: &'static str, element: AnyView) -> AnyView {
    let text = t_with(key, &[(name, MARK.into())]);
    let (before, after) = text.split_once(MARK).unwrap_or((&text, ""));
    let (before, after) = (before.to_owned(), after.to_owned());
    // No empty text beside the element: it would render as a space.
    match (before.is_empty(), after.is_empty()) {
        (false, false) => view! { {before} {element} {after} }.into_any(),
        (false, true) => view! { {before} {element} }.into_any(),
        (true, false) => view! { {element} {after} }.into_any(),
        (true, true) => element,
    }
}
