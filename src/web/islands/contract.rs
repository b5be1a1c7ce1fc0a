//! What the server-rendered HTML tells the islands: the names both sides
//! read, kept in one place so a rename reaches the server and the browser
//! together.

use crate::domain::{
    EmailError, PasswordError, UsernameError, email::DID_YOU_MEAN, i18n::Message,
    password::CONFIRMATION_MATCHES, username::TAKEN,
};

/// The rule a field asks `LiveFields` to apply, rendered as its `data-check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LiveCheck {
    Email,
    Username,
    NewPassword,
    /// Repeats the new password whose id is in `data-confirms`.
    Confirm,
}

impl LiveCheck {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Username => "username",
            Self::NewPassword => "new-password",
            Self::Confirm => "confirm",
        }
    }

    /// Everything the browser may say for this check without asking the
    /// server: the page renders each, in its language, by its key.
    pub fn messages(self) -> Vec<&'static dyn Message> {
        fn all<M: Message>(messages: &'static [M]) -> impl Iterator<Item = &'static dyn Message> {
            messages.iter().map(|m| m as &dyn Message)
        }
        match self {
            Self::Email => {
                all(EmailError::ALL).chain([&DID_YOU_MEAN.0 as &dyn Message, &DID_YOU_MEAN.1]).collect()
            }
            Self::Username => all(UsernameError::ALL).chain([&TAKEN as &dyn Message]).collect(),
            Self::NewPassword => all(PasswordError::OF_LENGTH).collect(),
            Self::Confirm => {
                all(&[PasswordError::Mismatch]).chain([&CONFIRMATION_MATCHES as &dyn Message]).collect()
            }
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        [Self::Email, Self::Username, Self::NewPassword, Self::Confirm]
            .into_iter()
            .find(|c| c.as_str() == name)
    }
}
