use leptos::prelude::*;

/// What a field's message slot says: a problem, a confirmation that the
/// value is good, or a standing hint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    Error(String),
    Fine(String),
    Hint(String),
}

impl Note {
    /// The note as the server renders it, so hydration finds the same markup.
    pub fn view(self) -> impl IntoView {
        let (class, text) = match self {
            Note::Error(text) => ("error", text),
            Note::Fine(text) => ("fine", text),
            Note::Hint(text) => ("muted", text),
        };
        view! { <span class=class>{text}</span> }
    }
}
