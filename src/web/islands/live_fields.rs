use leptos::prelude::*;

/// A server-rendered form, made live. The form and its fields are ordinary
/// HTML (`pages::form::PostForm`, `TextField`) that work without
/// JavaScript; this island listens to the events that bubble up from them:
///
/// - while the user types, it writes what is wrong, or right, into each
///   field's message slot: `email` syntax then "did you mean …?";
///   `username` format then, once typing pauses, whether the name is free;
///   `new-password` length then the server's strength verdict on a meter;
///   `confirm` whether it matches. Format errors wait until the user has
///   left the field once;
/// - when the form names its server function (`data-api`), a submit posts
///   the same fields there and applies the typed answer in place: errors
///   next to their fields, the notice, the outcome, or the next page.
#[island]
pub fn LiveFields(children: Children) -> impl IntoView {
    view! {
        <div
            class="live-fields"
            on:input=|ev| events::typed(&ev)
            on:focusout=|ev| events::left(&ev)
            on:click=|ev| events::clicked(&ev)
            on:submit=|ev| events::submitted(&ev)
        >
            {children()}
        </div>
    }
}

/// The handlers run only in the browser; the server renders the island and
/// never calls them.
#[cfg(feature = "hydrate")]
mod events {
    pub use super::super::browser::{
        checks::{clicked, left, typed},
        submit::submitted,
    };
}

#[cfg(not(feature = "hydrate"))]
mod events {
    use leptos::ev::Event;

    pub fn typed(_: &Event) {}
    pub fn left(_: &Event) {}
    pub fn clicked(_: &Event) {}
    pub fn submitted(_: &Event) {}
}
