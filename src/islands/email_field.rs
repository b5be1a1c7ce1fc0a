use leptos::prelude::*;

use crate::domain::{Email, suggest_domain};

/// An email input that explains what is wrong while the user types and offers
/// "did you mean …?" for common domain typos.
///
/// Errors appear once the user has left the field (nobody wants "invalid
/// address" after the first keystroke) and then follow every keystroke. An
/// error the server found on a plain form post is shown until the user edits.
#[island]
pub fn EmailField(
    /// The form field name, also used as the element id.
    name: String,
    label: String,
    value: Option<String>,
    server_error: Option<String>,
) -> impl IntoView {
    let message_id = format!("{name}-message");
    let initial = value.unwrap_or_default();
    let (value, set_value) = signal(initial.clone());
    let (touched, set_touched) = signal(false);
    let (edited, set_edited) = signal(false);

    let parsed = Memo::new(move |_| value.with(|v| Email::parse(v)));
    let error = Memo::new(move |_| {
        if !edited.get()
            && let Some(message) = server_error.clone()
        {
            return Some(message);
        }
        match parsed.get() {
            Err(e) if touched.get() => Some(e.to_string()),
            _ => None,
        }
    });
    let suggestion = move || {
        let email = parsed.get().ok()?;
        let domain = suggest_domain(&email)?;
        let local = email.as_str().rsplit_once('@')?.0.to_owned();
        Some(format!("{local}@{domain}"))
    };
    let invalid = move || error.with(Option::is_some).to_string();

    view! {
        <div class="field">
            <label for=name.clone()>{label}</label>
            <input
                id=name.clone()
                name=name
                type="email"
                autocomplete="email"
                inputmode="email"
                spellcheck="false"
                required
                // The attribute carries the value in the server HTML (forms
                // without JavaScript); the property follows live edits.
                value=initial
                prop:value=value
                aria-invalid=invalid
                aria-describedby=message_id.clone()
                on:input=move |ev| {
                    set_edited.set(true);
                    set_value.set(event_target_value(&ev));
                }
                on:blur=move |_| set_touched.set(true)
            />
            <p id=message_id class="field-message" aria-live="polite">
                {move || error.get().map(|e| view! { <span class="error">{e}</span> })}
                {move || {
                    suggestion()
                        .map(|fixed| {
                            let shown = fixed.clone();
                            view! {
                                <span class="hint">
                                    "Did you mean "
                                    <button
                                        type="button"
                                        class="link"
                                        on:click=move |_| set_value.set(fixed.clone())
                                    >
                                        {shown}
                                    </button>
                                    "?"
                                </span>
                            }
                        })
                }}
            </p>
        </div>
    }
}
