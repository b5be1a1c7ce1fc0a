use leptos::prelude::*;

use super::{
    Words,
    contract::passkey_words::{self, WORDS_ID},
};

/// The passkey island around `children`, with the words it may need.
#[component]
pub fn Passkeys(children: Children) -> impl IntoView {
    view! {
        <PasskeyCeremonies>{children()}</PasskeyCeremonies>
        <Words messages=passkey_words::all() id=WORDS_ID/>
    }
}

/// Passkeys, where the browser has them. Around settings' "Add a passkey"
/// form (`data-passkey="add"`, rendered hidden beside a note,
/// `data-passkey-fallback`, that adding one needs JavaScript), the island
/// swaps the two, and a submit runs the ceremony: the server function's
/// options, the browser's dialog, the server function that keeps the new
/// passkey. Around `/login`'s "Sign in with a passkey" button
/// (`data-passkey-sign-in`, rendered hidden), it shows the button and asks
/// the browser to offer the site's passkeys in the username field's
/// autofill while the page is open (conditional mediation).
///
/// One island for both: each island costs the bundle its own hydration code.
#[island]
fn PasskeyCeremonies(children: Children) -> impl IntoView {
    // In the browser, as the island wakes: the server HTML is in place.
    #[cfg(feature = "hydrate")]
    super::browser::passkeys::start();
    view! { <div on:submit=|ev| events::add(&ev) on:click=|ev| events::clicked(&ev)>{children()}</div> }
}

#[cfg(feature = "hydrate")]
mod events {
    pub use super::super::browser::passkeys::{add, clicked};
}

#[cfg(not(feature = "hydrate"))]
mod events {
    use leptos::ev::Event;

    pub fn add(_: &Event) {}
    pub fn clicked(_: &Event) {}
}
