use leptos::prelude::*;

/// The rule a field asks `LiveFields` to apply, rendered as its `data-check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LiveCheck {
    Email,
    Username,
    NewPassword,
    /// Repeats the new password whose id is in `data-confirms`.
    Confirm,
}

impl LiveCheck {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Username => "username",
            Self::NewPassword => "new-password",
            Self::Confirm => "confirm",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        [Self::Email, Self::Username, Self::NewPassword, Self::Confirm]
            .into_iter()
            .find(|c| c.as_str() == name)
    }
}

/// Live feedback for the form fields inside it. The fields are ordinary
/// server-rendered inputs (`pages::form::TextField`); this island listens
/// to the events that bubble up from them and writes what is wrong, or
/// right, into each field's message slot as the user types:
///
/// - `email`: syntax and length, then "did you mean …?" for a mistyped domain;
/// - `username`: format, then, once typing pauses, whether the name is free;
/// - `new-password`: length, then, once typing pauses, the server's strength
///   verdict on a meter, with the estimator's advice;
/// - `confirm`: whether it matches, as soon as it no longer can.
///
/// Format errors wait until the user has left the field once.
#[island]
pub fn LiveFields(children: Children) -> impl IntoView {
    view! {
        <div
            class="live-fields"
            on:input=|ev| events::typed(&ev)
            on:focusout=|ev| events::left(&ev)
            on:click=|ev| events::clicked(&ev)
        >
            {children()}
        </div>
    }
}

/// The handlers run only in the browser; the server renders the island and
/// never calls them.
#[cfg(feature = "hydrate")]
use super::browser as events;

#[cfg(not(feature = "hydrate"))]
mod events {
    use leptos::ev::Event;

    pub fn typed(_: &Event) {}
    pub fn left(_: &Event) {}
    pub fn clicked(_: &Event) {}
}
