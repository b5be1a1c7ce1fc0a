use std::collections::HashMap;

use leptos::prelude::*;

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
pub const STRONG_PASSWORD_HINT: &str = "At least 12 characters. A few unrelated words make a strong one.";

/// A labelled, server-rendered input with its message slot.
#[component]
pub fn TextField(
    name: &'static str,
    label: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(default = None)] value: Option<String>,
    #[prop(default = None)] error: Option<String>,
    #[prop(optional)] hint: &'static str,
) -> impl IntoView {
    let message_id = format!("{name}-message");
    let invalid = error.is_some().to_string();
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
                aria-invalid=invalid
                aria-describedby=message_id.clone()
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

/// The message about a whole form, announced to screen readers.
#[component]
pub fn NoticeBanner(notice: Option<Notice>) -> impl IntoView {
    notice.map(|notice| match notice {
        Notice::Success(text) => view! { <p class="notice success" role="status">{text}</p> }.into_any(),
        Notice::Error(text) => view! { <p class="notice error" role="alert">{text}</p> }.into_any(),
    })
}
