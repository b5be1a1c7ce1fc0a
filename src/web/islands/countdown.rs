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
    browser::start_countdowns();
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

/// The countdown, ticking in the browser.
#[cfg(feature = "hydrate")]
mod browser {
    use std::{cell::Cell, rc::Rc, time::Duration};

    use leptos::prelude::{IntervalHandle, document, set_interval_with_handle};
    use wasm_bindgen::JsCast;
    use web_sys::Element;

    use super::countdown_text;

    /// Starts every countdown on the page that is not running yet (see
    /// `Countdown`; with two islands on a page, each would find both timers).
    pub fn start_countdowns() {
        let Ok(timers) = document().query_selector_all("[data-countdown]:not([data-counting])") else {
            return;
        };
        for timer in (0..timers.length()).filter_map(|i| timers.item(i)?.dyn_into::<Element>().ok()) {
            let Some(seconds) = timer.get_attribute("data-countdown").and_then(|s| s.parse::<i64>().ok())
            else {
                continue;
            };
            let _ = timer.set_attribute("data-counting", "");
            let left = Rc::new(Cell::new(seconds));
            let handle = Rc::new(Cell::new(None::<IntervalHandle>));
            let ticking = Rc::clone(&handle);
            let tick = move || {
                left.set((left.get() - 1).max(0));
                timer.set_text_content(Some(&countdown_text(left.get())));
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
