use std::time::Duration;

use leptos::prelude::*;

/// Runs only the last of a burst of calls, once `delay` has passed without
/// another: one server check per pause in typing, not one per keystroke.
#[derive(Clone, Copy)]
pub struct Debounce {
    delay: Duration,
    pending: StoredValue<Option<TimeoutHandle>>,
}

impl Debounce {
    pub fn new(delay: Duration) -> Self {
        Self { delay, pending: StoredValue::new(None) }
    }

    pub fn run(&self, work: impl FnOnce() + 'static) {
        self.cancel();
        self.pending.set_value(set_timeout_with_handle(work, self.delay).ok());
    }

    pub fn cancel(&self) {
        if let Some(handle) = self.pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }
}
