use std::collections::HashMap;

use leptos::prelude::*;

use crate::islands::{LiveCheck, LiveFields};

/// What a form post that was not accepted sends back to its page: the
/// values to keep (never passwords), an error per field, and a message
/// about the whole form. Pages read it from context; a plain GET has none.
#[derive(Clone, Debug, Default)]
pub struct FormFeedback {
    values: HashMap<&'static str, String>,
    errors: HashMap<&'static str, String>,
    pub notice: Option<Notice>,
}

#[derive(Clone, Debug)]
pub enum Notice {
    Success(String),
    Error(String),
}

impl FormFeedback {
    pub fn keep(mut self, field: &'static str, value: &str) -> Self {
        self.values.insert(field, value.to_owned());
        self
    }

    pub fn error(&mut self, field: &'static str, message: impl ToString) {
        self.errors.entry(field).or_insert_with(|| message.to_string());
    }

    pub fn with_notice(mut self, notice: Notice) -> Self {
        self.notice = Some(notice);
        self
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    pub fn value(&self, field: &str) -> Option<String> {
        self.values.get(field).cloned()
    }

    pub fn error_for(&self, field: &str) -> Option<String> {
        self.errors.get(field).cloned()
    }
}

pub fn use_feedback() -> FormFeedback {
    use_context::<FormFeedback>().unwrap_or_default()
}

/// What a new-password field says before anything is typed.
const STRONG_PASSWORD_HINT: &str = "At least 12 characters. A few unrelated words make a strong one.";

/// A labelled, server-rendered input with its message slot
/// (`{name}-message`, tied to the input and announced when it changes).
///
/// `check` names the rule the `LiveFields` island applies while the user
/// types; the island finds
/// everything else it needs in the attributes rendered here, so the form
/// works the same without JavaScript and the island needs no props.
#[component]
pub fn TextField(
    name: &'static str,
    label: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(default = None)] value: Option<String>,
    #[prop(default = None)] error: Option<String>,
    #[prop(optional)] hint: &'static str,
    #[prop(default = None)] check: Option<LiveCheck>,
    /// For `confirm`: the id of the password it must repeat.
    #[prop(default = None)]
    confirms: Option<&'static str>,
    /// For `new-password`: ids of inputs whose values it must not be built from.
    #[prop(default = None)]
    related_fields: Option<&'static str>,
    /// For `new-password`: words it must not be built from (the account's
    /// username and address), separated by spaces, which neither can contain.
    #[prop(default = None)]
    related: Option<String>,
) -> impl IntoView {
    let message_id = format!("{name}-message");
    let invalid = error.is_some().to_string();
    let plain_text = kind == "email" || check == Some(LiveCheck::Username);
    view! {
        <div class="field">
            <label for=name>{label}</label>
            <input
                id=name
                name=name
                type=kind
                autocomplete=autocomplete
                value=value
                required
                spellcheck=plain_text.then_some("false")
                autocapitalize=plain_text.then_some("none")
                aria-invalid=invalid
                aria-describedby=message_id.clone()
                data-check=check.map(LiveCheck::as_str)
                data-hint=check.map(|_| hint)
                data-confirms=confirms
                data-related-fields=related_fields
                data-related=related
            />
            <p id=message_id class="field-message" aria-live="polite">
                {match error {
                    Some(e) => view! { <span class="error">{e}</span> }.into_any(),
                    None => view! { <span class="muted">{hint}</span> }.into_any(),
                }}
            </p>
        </div>
    }
}

/// An email field that checks itself while the user types, for a form with
/// no other checked field: its own `LiveFields` island around a
/// `TextField`, with the value and error the last post left for `name`.
#[component]
pub fn EmailField(name: &'static str, label: &'static str) -> impl IntoView {
    let feedback = use_feedback();
    let (value, error) = (feedback.value(name), feedback.error_for(name));
    view! {
        <LiveFields>
            <TextField name label kind="email" autocomplete="email" value error check=Some(LiveCheck::Email)/>
        </LiveFields>
    }
}

/// A new password and its confirmation, with a strength meter the `LiveFields` island fills in once the server
/// has judged the password.
#[component]
pub fn NewPasswordFields(
    name: &'static str,
    confirm_name: &'static str,
    label: &'static str,
    confirm_label: &'static str,
    #[prop(default = STRONG_PASSWORD_HINT)] hint: &'static str,
    #[prop(default = None)] related_fields: Option<&'static str>,
    #[prop(default = None)] related: Option<String>,
) -> impl IntoView {
    let feedback = use_feedback();
    view! {
        <TextField
            name
            label
            kind="password"
            autocomplete="new-password"
            error=feedback.error_for(name)
            hint
            check=Some(LiveCheck::NewPassword)
            related_fields
            related
        />
        <div class="strength" id=format!("{name}-strength") hidden>
            <meter min="0" max="4" low="2" high="3" optimum="4" aria-label="Password strength"></meter>
            <span></span>
        </div>
        <TextField
            name=confirm_name
            label=confirm_label
            kind="password"
            autocomplete="new-password"
            error=feedback.error_for(confirm_name)
            check=Some(LiveCheck::Confirm)
            confirms=Some(name)
        />
    }
}

/// The message about a whole form, announced to screen readers.
#[component]
pub fn NoticeBanner(notice: Option<Notice>) -> impl IntoView {
    notice.map(|notice| match notice {
        Notice::Success(text) => view! { <p class="notice success" role="status">{text}</p> }.into_any(),
        Notice::Error(text) => view! { <p class="notice error" role="alert">{text}</p> }.into_any(),
    })
}
