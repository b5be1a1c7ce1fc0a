use leptos::prelude::*;

/// Counts down every `data-countdown="seconds"` element inside it, once a
/// second, and when one reaches zero shows the text of the element marked
/// `data-countdown-done` (an aria-live region: a ticking timer is not
/// announced every second, the moment it ends is).
#[island]
pub fn Countdown(children: Children) -> impl IntoView {
    // In the browser, as the island wakes: the server HTML is in place. (An
    // `Effect` would do the same, and bring the bundle its machinery.)
    #[cfg(feature = "hydrate")]
    super::browser::countdown::start_countdowns();
    children()
}

/// The countdown's words, the same from the server and in the browser.
pub fn countdown_text(seconds: i64) -> String {
    match seconds {
        s if s <= 0 => String::new(),
        1 => "You can ask for another link in 1 second.".to_owned(),
        s => format!("You can ask for another link in {s} seconds."),
    }
}
