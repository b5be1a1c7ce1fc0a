use leptos::prelude::*;

use crate::web::i18n::t_with;

/// Counts down every `data-countdown="seconds"` element inside it, once a
/// second, showing for each second the words the server rendered for it
/// (`data-countdown-words`, one line per second: the catalogue's plural
/// rules are the server's), and when one reaches zero shows the text of the
/// element marked `data-countdown-done` (an aria-live region: a ticking
/// timer is not announced every second, the moment it ends is).
#[island]
pub fn Countdown(children: Children) -> impl IntoView {
    // In the browser, as the island wakes: the server HTML is in place. (An
    // `Effect` would do the same, and bring the bundle its machinery.)
    #[cfg(feature = "hydrate")]
    browser::start_countdowns();
    children()
}

/// A wait longer than this is shown as the page rendered it, not ticked:
/// its words would make the page long.
const MOST_TICKED_SECS: i64 = 300;

/// "You can ask for another link in 40 seconds.", ticking down to zero,
/// then `done`.
#[component]
pub fn CountdownTimer(seconds: i64, #[prop(into)] done: String) -> impl IntoView {
    let words = (seconds <= MOST_TICKED_SECS)
        .then(|| (1..=seconds).map(countdown_text).collect::<Vec<_>>().join("\n"));
    view! {
        <Countdown>
            <p class="muted" role="timer" data-countdown=seconds data-countdown-words=words>
                {countdown_text(seconds)}
            </p>
            <p class="muted" aria-live="polite" data-countdown-done=done></p>
        </Countdown>
    }
}

/// The countdown's words for `seconds` left, in the page's language.
fn countdown_text(seconds: i64) -> String {
    if seconds <= 0 {
        return String::new();
    }
    t_with("countdown-new-link", &[("seconds", seconds.into())])
}

/// The countdown, ticking in the browser.
#[cfg(feature = "hydrate")]
mod browser {
    use std::{cell::Cell, rc::Rc, time::Duration};

    use leptos::prelude::{IntervalHandle, document, set_interval_with_handle};
    use wasm_bindgen::JsCast;
    use web_sys::Element;

    /// Starts every countdown on the page that is not running yet (see
    /// `Countdown`; with two islands on a page, each would find both timers).
    pub fn start_countdowns() {
        let Ok(timers) = document().query_selector_all("[data-countdown]:not([data-counting])") else {
            return;
        };
        for timer in (0..timers.length()).filter_map(|i| timers.item(i)?.dyn_into::<Element>().ok()) {
            let Some(seconds) = timer.get_attribute("data-countdown").and_then(|s| s.parse::<usize>().ok())
            else {
                continue;
            };
            let Some(words) = timer.get_attribute("data-countdown-words") else { continue };
            let words: Vec<String> = words.split('\n').map(str::to_owned).collect();
            let _ = timer.set_attribute("data-counting", "");
            let left = Rc::new(Cell::new(seconds));
            let handle = Rc::new(Cell::new(None::<IntervalHandle>));
            let ticking = Rc::clone(&handle);
            let tick = move || {
                left.set(left.get().saturating_sub(1));
                // Line n - 1 holds the words for n seconds left.
                let said = left.get().checked_sub(1).and_then(|i| words.get(i)).map_or("", String::as_str);
                timer.set_text_content(Some(said));
                if left.get() == 0 {
                    if let Ok(Some(done)) = document().query_selector("[data-countdown-done]") {
                        done.set_text_content(done.get_attribute("data-countdown-done").as_deref());
                    }
                    if let Some(h) = ticking.get() {
                        h.clear();
                    }
                }
            };
            handle.set(set_interval_with_handle(tick, Duration::from_secs(1)).ok());
        }
    }
}
