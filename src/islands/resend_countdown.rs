use std::time::Duration;

use leptos::prelude::*;

/// Counts down the seconds until another confirmation link may be sent.
/// The button beside it is never disabled: the server decides, and says so.
#[island]
pub fn ResendCountdown(seconds: i64) -> impl IntoView {
    let (left, set_left) = signal(seconds.max(0));
    // An effect runs in the browser only, once the island is awake.
    Effect::new(move |_| {
        let tick = move || set_left.update(|s| *s = (*s - 1).max(0));
        if let Ok(handle) = set_interval_with_handle(tick, Duration::from_secs(1)) {
            on_cleanup(move || handle.clear());
        }
    });
    let counting = move || match left.get() {
        0 => String::new(),
        1 => "You can ask for another link in 1 second.".to_owned(),
        n => format!("You can ask for another link in {n} seconds."),
    };
    let ready = move || (left.get() == 0).then_some("You can ask for a new link now.");
    view! {
        // A timer is not announced every second; the moment it ends is.
        <p class="muted" role="timer">{counting}</p>
        <p class="muted" aria-live="polite">{ready}</p>
    }
}
