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

/// What the passkey island may say of a ceremony itself (the server's
/// answers come in words already), rendered by `islands::Passkeys` in the
/// page's language as the [`Words`](super::Words) with id [`WORDS_ID`].
pub mod passkey_words {
    use crate::{
        actions::passkeys::NAME_RULE,
        domain::i18n::{Key, Message},
    };

    pub const WORDS_ID: &str = "passkey-words";

    pub const NO_ANSWER: Key = Key("passkey-browser-no-answer");
    pub const NOT_ADDED: Key = Key("passkey-browser-not-added");
    pub const HELD_ALREADY: Key = Key("passkey-browser-held-already");
    pub const NOT_USED: Key = Key("passkey-browser-not-used");

    pub fn all() -> Vec<&'static dyn Message> {
        vec![&NO_ANSWER, &NOT_ADDED, &HELD_ALREADY, &NOT_USED, &NAME_RULE]
    }
}
