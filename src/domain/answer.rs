//! The typed answer every action returns, on both paths: `web::forms::no_js`
//! renders its page for a plain form post, and the form's island applies it in
//! place after a JSON call. Errors are data here, not an `Err`: an `Err`
//! from a server function means something broke on the server.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Language, i18n};

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

    /// The message `key` in `language` as a paragraph, with its argument
    /// `name` set in bold: "We sent an email to **ada@example.com**." The
    /// translation places the argument where its language puts it.
    pub fn emphasised(language: Language, key: &str, name: &'static str, value: &str) -> Vec<Self> {
        let text = i18n::text_with(language, key, &[(name, i18n::MARK.into())]);
        let mut pieces = Vec::new();
        for (i, plain) in text.split(i18n::MARK).enumerate() {
            if i > 0 {
                pieces.push(Self::Strong(value.to_owned()));
            }
            if !plain.is_empty() {
                pieces.push(Self::Plain(plain.to_owned()));
            }
        }
        pieces
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

/// The names in an answer's JSON that the browser reads. The islands read
/// the JSON as JavaScript values rather than through serde (which would not
/// fit the bundle's budget), so these are the one place both sides take the
/// names from, and the test below holds serde's output to them: renaming a
/// variant or a field fails a test instead of the forms' in-place answers.
pub mod json {
    // The variants of `Answer`.
    pub const REJECTED: &str = "Rejected";
    pub const NOTED: &str = "Noted";
    pub const DONE: &str = "Done";
    pub const GO: &str = "Go";
    pub const PAGE: &str = "Page";
    // `Feedback`'s fields, and `Notice`'s variants.
    pub const ERRORS: &str = "errors";
    pub const NOTICE: &str = "notice";
    pub const SUCCESS: &str = "Success";
    pub const ERROR: &str = "Error";
    // `Outcome`, its pieces of text and its link.
    pub const TITLE: &str = "title";
    pub const PARAGRAPHS: &str = "paragraphs";
    pub const LINK: &str = "link";
    pub const PLAIN: &str = "Plain";
    pub const STRONG: &str = "Strong";
    pub const LABEL: &str = "label";
    pub const HREF: &str = "href";
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use serde_json::{Value, json as value};

    use super::{json::*, *};

    fn encoded<P: Serialize>(answer: &Answer<P>) -> Value {
        serde_json::to_value(answer).unwrap_or_default()
    }

    #[test]
    fn the_json_uses_the_names_the_browser_reads() {
        let mut feedback = Feedback::default().with_notice(Notice::Error("no".into()));
        feedback.error("email", "bad");
        let rejected = encoded(&Answer::<Never>::Rejected(feedback));
        assert_eq!(rejected[REJECTED][ERRORS]["email"], "bad");
        assert_eq!(rejected[REJECTED][NOTICE][ERROR], "no");

        assert_eq!(encoded(&Answer::<Never>::Noted(Notice::Success("yes".into())))[NOTED][SUCCESS], "yes");
        assert_eq!(encoded(&Answer::<Never>::Go("/home".into()))[GO], "/home");
        assert_eq!(encoded(&Answer::Page(7))[PAGE], 7);

        let outcome = Outcome {
            title: "Check your inbox".into(),
            paragraphs: vec![vec![Text::Plain("to ".into()), Text::Strong("ada@example.com".into())]],
            link: Some(Link { label: "Sign in".into(), href: "/login".into() }),
        };
        let done = &encoded(&Answer::<Never>::Done(outcome))[DONE];
        assert_eq!(done[TITLE], "Check your inbox");
        assert_eq!(done[PARAGRAPHS], value!([[{ PLAIN: "to " }, { STRONG: "ada@example.com" }]]));
        assert_eq!(done[LINK][LABEL], "Sign in");
        assert_eq!(done[LINK][HREF], "/login");
    }

    #[test]
    fn an_emphasised_argument_stands_where_its_language_puts_it() {
        let to = "ada@example.com";
        assert_eq!(
            Text::emphasised(Language::ENGLISH, "register-sent-to", "email", to),
            vec![
                Text::Plain("We sent an email to ".into()),
                Text::Strong(to.into()),
                Text::Plain(".".into())
            ]
        );
        let arabic = Text::emphasised(Language::from_code("ar").unwrap(), "register-sent-to", "email", to);
        assert!(arabic.contains(&Text::Strong(to.into())), "{arabic:?}");
        assert!(arabic.iter().all(|piece| !matches!(piece, Text::Plain(p) if p.contains('\u{E000}'))));
    }
}
