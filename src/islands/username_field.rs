use std::time::Duration;

use leptos::{prelude::*, task::spawn_local};

use super::{Debounce, Note};
use crate::{
    api::check::{Availability, Check, username_availability},
    domain::{Username, username},
};

const HINT: &str = "3 to 32 letters, digits, _ or -. Others can see it.";

/// The username input of the registration form. It checks the format while
/// the user types and, once the format is right and typing pauses, asks the
/// server whether the name is free.
#[island]
pub fn UsernameField(value: Option<String>, server_error: Option<String>) -> impl IntoView {
    let initial = value.unwrap_or_default();
    let (value, set_value) = signal(initial.clone());
    let (touched, set_touched) = signal(false);
    let (edited, set_edited) = signal(false);
    // The last answer, with the name it is about.
    let (availability, set_availability) = signal(None::<(String, Availability)>);
    let debounce = Debounce::new(Duration::from_millis(300));

    let parsed = Memo::new(move |_| value.with(|v| Username::parse(v)));
    let check = move |name: Username| {
        spawn_local(async move {
            // Without an answer the hint stays: the form checks when posted.
            if let Ok(Check::Done(answer)) = username_availability(name.to_string()).await {
                set_availability.set(Some((name.to_string(), answer)));
            }
        })
    };
    let note = Memo::new(move |_| {
        if !edited.get()
            && let Some(message) = server_error.clone()
        {
            return Some(Note::Error(message));
        }
        match parsed.get() {
            Err(e) if touched.get() => Some(Note::Error(e.to_string())),
            Err(_) => Some(Note::Hint(HINT.into())),
            // Only an answer about the name as it is now counts.
            Ok(name) => Some(match availability.get() {
                Some((checked, Availability::Taken)) if checked == name.as_str() => {
                    Note::Error(username::TAKEN.into())
                }
                Some((checked, Availability::Available)) if checked == name.as_str() => {
                    Note::Fine(format!("{name} is available."))
                }
                _ => Note::Hint(HINT.into()),
            }),
        }
    });
    let invalid = move || note.with(|n| matches!(n, Some(Note::Error(_)))).to_string();

    view! {
        <div class="field">
            <label for="username">"Username"</label>
            <input
                id="username"
                name="username"
                type="text"
                autocomplete="username"
                autocapitalize="none"
                spellcheck="false"
                required
                value=initial
                aria-invalid=invalid
                aria-describedby="username-message"
                on:input=move |ev| {
                    let typed = event_target_value(&ev);
                    set_edited.set(true);
                    match Username::parse(&typed) {
                        Ok(name) => debounce.run(move || check(name)),
                        Err(_) => debounce.cancel(),
                    }
                    set_value.set(typed);
                }
                on:blur=move |_| set_touched.set(true)
            />
            <p id="username-message" class="field-message" aria-live="polite">
                {move || note.get().map(Note::view)}
            </p>
        </div>
    }
}
