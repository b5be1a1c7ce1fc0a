//! The typed answer every action returns, on both paths: the page route
//! renders it for a plain form post, and the form's island applies it in
//! place after a JSON call. Errors are data here, not an `Err`: an `Err`
//! from a server function means something broke on the server.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What an action says when a form is posted to it. `Page` is the flow's
/// own kind of page for outcomes that are neither a form nor a message
/// (a reset link that died meanwhile); most flows have none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer<Page = Never> {
    /// Not accepted: the form again, with an error next to each field that
    /// has one, the values to keep, and maybe a message about the whole form.
    /// Without JavaScript: 422.
    Rejected(Feedback),
    /// Accepted (or nothing to do), and the page stays, saying this.
    Noted(Notice),
    /// Done: a result that takes the form's place ("check your inbox").
    Done(Outcome),
    /// Done: the browser continues at this path of the application.
    Go(String),
    /// A page of the flow's own that replaces this one.
    Page(Page),
}

/// No page of its own: the default for [`Answer`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Never {}

/// What a form that was not accepted shows: errors and values by field
/// name, and a notice about the whole form. A password is never kept.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    pub errors: BTreeMap<String, String>,
    pub values: BTreeMap<String, String>,
    pub notice: Option<Notice>,
}

impl Feedback {
    pub fn keep(mut self, field: &str, value: &str) -> Self {
        self.values.insert(field.to_owned(), value.to_owned());
        self
    }

    /// Records the first error of a field; a later one for the same field
    /// waits until the first is fixed.
    pub fn error(&mut self, field: &str, message: impl ToString) {
        self.errors.entry(field.to_owned()).or_insert_with(|| message.to_string());
    }

    /// [`Feedback::error`], for a feedback being built.
    pub fn with_error(mut self, field: &str, message: impl ToString) -> Self {
        self.error(field, message);
        self
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

/// A message about a whole form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    Success(String),
    Error(String),
}

/// A finished action's result, shown where its form was: a heading, a few
/// paragraphs, and maybe one link onwards.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub title: String,
    pub paragraphs: Vec<Vec<Text>>,
    pub link: Option<Link>,
}

/// A piece of a paragraph: plain, or set in bold (the address an email
/// went to, so the user sees a typo at once).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Text {
    Plain(String),
    Strong(String),
}

impl Text {
    /// A paragraph of plain text.
    pub fn paragraph(text: impl Into<String>) -> Vec<Self> {
        vec![Self::Plain(text.into())]
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub label: String,
    pub href: String,
}

impl<Page> Answer<Page> {
    /// The form again with one field to fix, its value kept.
    pub fn fix(field: &str, value: &str, error: impl ToString) -> Self {
        let mut feedback = Feedback::default().keep(field, value);
        feedback.error(field, error);
        Self::Rejected(feedback)
    }

    /// The form feedback a page shows for this answer: the rejected form's,
    /// or just the notice.
    pub fn feedback(&self) -> Feedback {
        match self {
            Self::Rejected(feedback) => feedback.clone(),
            Self::Noted(notice) => Feedback { notice: Some(notice.clone()), ..Feedback::default() },
            _ => Feedback::default(),
        }
    }
}
