use std::time::Duration;

use leptos::{prelude::*, task::spawn_local, wasm_bindgen::JsCast, web_sys::HtmlInputElement};

use super::{Debounce, Note};
use crate::{
    api::check::{Check, password_strength},
    domain::{
        PasswordError, Strength,
        password::{check_confirmation, check_length},
    },
};

/// A new password and its confirmation. While the user types it shows the
/// length rule, then a strength meter with the estimator's advice (asked of
/// the server once typing pauses), and whether the confirmation matches.
///
/// The fields are named `name` and `{name}_confirm`. `related` holds words
/// the password must not be built from (the account's username and address);
/// `related_fields` names inputs of the same form whose values count too.
#[island]
pub fn NewPasswordFields(
    name: String,
    label: String,
    hint: String,
    related: Vec<String>,
    related_fields: Vec<String>,
    error: Option<String>,
    confirm_error: Option<String>,
) -> impl IntoView {
    let confirm_name = format!("{name}_confirm");
    let confirm_label = format!("Confirm {}", label.to_lowercase());
    let (message_id, confirm_message_id) = (format!("{name}-message"), format!("{confirm_name}-message"));

    let (password, set_password) = signal(String::new());
    let (confirmation, set_confirmation) = signal(String::new());
    let (touched, set_touched) = signal(false);
    let (confirm_touched, set_confirm_touched) = signal(false);
    let (edited, set_edited) = signal(false);
    let (confirm_edited, set_confirm_edited) = signal(false);
    // The last verdict, with the password it is about.
    let (strength, set_strength) = signal(None::<(String, Strength)>);
    let debounce = Debounce::new(Duration::from_millis(400));

    let related = StoredValue::new((related, related_fields));
    let assess = move |typed: String| {
        let words = related.with_value(|(words, fields)| {
            words.iter().cloned().chain(fields.iter().filter_map(|id| input_value(id))).collect::<Vec<_>>()
        });
        spawn_local(async move {
            if let Ok(Check::Done(verdict)) = password_strength(typed.clone(), words).await {
                set_strength.set(Some((typed, verdict)));
            }
        })
    };
    // The verdict on the password as it is now, if the server has given it.
    let verdict = move || {
        strength.with(|s| {
            s.as_ref().filter(|(checked, _)| password.with(|p| p == checked)).map(|(_, v)| v.clone())
        })
    };

    let note = Memo::new(move |_| {
        if !edited.get()
            && let Some(message) = error.clone()
        {
            return Note::Error(message);
        }
        match password.with(|p| check_length(p)) {
            Err(PasswordError::Empty) if !touched.get() => Note::Hint(hint.clone()),
            Err(e) if touched.get() => Note::Error(e.to_string()),
            Err(_) => Note::Hint(hint.clone()),
            Ok(()) => match verdict() {
                Some(v) => v.refusal().map_or_else(|| Note::Fine("A strong password.".into()), Note::Error),
                None => Note::Hint(hint.clone()),
            },
        }
    });
    let confirm_note = Memo::new(move |_| {
        if !confirm_edited.get()
            && let Some(message) = confirm_error.clone()
        {
            return Some(Note::Error(message));
        }
        let (typed, again) = (password.get(), confirmation.get());
        if again.is_empty() {
            return None;
        }
        match check_confirmation(&typed, &again) {
            Ok(()) => Some(Note::Fine("The passwords match.".into())),
            // Say it early only once the confirmation can no longer match.
            Err(e) if confirm_touched.get() || !typed.starts_with(&again) => Some(Note::Error(e.to_string())),
            Err(_) => None,
        }
    });
    let invalid = move || note.with(|n| matches!(n, Note::Error(_))).to_string();
    let confirm_invalid = move || confirm_note.with(|n| matches!(n, Some(Note::Error(_)))).to_string();
    let meter = move || {
        verdict().map(|v| {
            view! {
                <div class="strength">
                    <meter min="0" max="4" low="2" high="3" optimum="4" value=v.score.to_string() aria-label="Password strength"></meter>
                    <span>{format!("Strength: {}", v.label())}</span>
                </div>
            }
        })
    };

    view! {
        <div class="field">
            <label for=name.clone()>{label}</label>
            <input
                id=name.clone()
                name=name
                type="password"
                autocomplete="new-password"
                required
                aria-invalid=invalid
                aria-describedby=message_id.clone()
                on:input=move |ev| {
                    let typed = event_target_value(&ev);
                    set_edited.set(true);
                    match check_length(&typed) {
                        Ok(()) => {
                            let typed = typed.clone();
                            debounce.run(move || assess(typed));
                        }
                        Err(_) => debounce.cancel(),
                    }
                    set_password.set(typed);
                }
                on:blur=move |_| set_touched.set(true)
            />
            {meter}
            <p id=message_id class="field-message" aria-live="polite">
                {move || note.get().view()}
            </p>
        </div>
        <div class="field">
            <label for=confirm_name.clone()>{confirm_label}</label>
            <input
                id=confirm_name.clone()
                name=confirm_name
                type="password"
                autocomplete="new-password"
                required
                aria-invalid=confirm_invalid
                aria-describedby=confirm_message_id.clone()
                on:input=move |ev| {
                    set_confirm_edited.set(true);
                    set_confirmation.set(event_target_value(&ev));
                }
                on:blur=move |_| set_confirm_touched.set(true)
            />
            <p id=confirm_message_id class="field-message" aria-live="polite">
                {move || confirm_note.get().map(Note::view)}
            </p>
        </div>
    }
}

/// The current value of another input of the page, by its id.
fn input_value(id: &str) -> Option<String> {
    let input = document().get_element_by_id(id)?.dyn_into::<HtmlInputElement>().ok()?;
    Some(input.value()).filter(|v| !v.is_empty())
}
