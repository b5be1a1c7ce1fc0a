use super::{
    Language,
    i18n::{self, Arg, Key, Message},
};

/// Fewer is too easy to guess, whatever the characters (NIST SP 800-63B).
pub const MIN_LEN: usize = 12;
/// Long passphrases are welcome; far longer is a denial-of-service attempt.
pub const MAX_LEN: usize = 1024;

/// The length rules of a new password, counted in Unicode code points as a
/// person counts characters. Passwords are never truncated; strength is
/// judged separately, on the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.key())]
pub enum PasswordError {
    Empty,
    TooShort,
    TooLong,
    Mismatch,
}

impl PasswordError {
    /// What the live check of a new password may say.
    pub const OF_LENGTH: &[PasswordError] = &[Self::TooShort, Self::TooLong];
}

impl Message for PasswordError {
    fn key(&self) -> &'static str {
        match self {
            Self::Empty => "password-empty",
            Self::TooShort => "password-too-short",
            Self::TooLong => "password-too-long",
            Self::Mismatch => "password-mismatch",
        }
    }

    fn args(&self) -> Vec<(&'static str, Arg<'static>)> {
        match self {
            Self::TooShort => vec![("min", MIN_LEN.into())],
            Self::TooLong => vec![("max", MAX_LEN.into())],
            Self::Empty | Self::Mismatch => Vec::new(),
        }
    }
}

/// Said live when the confirmation repeats the password.
pub const CONFIRMATION_MATCHES: Key = Key("password-confirmation-matches");

/// The lowest estimator score accepted for a new password: 3 means more than
/// 10^8 guesses, beyond an online attack and slow offline against argon2id.
pub const MIN_SCORE: u8 = 3;

/// The strength estimator's verdict on a password. It is computed only on
/// the server (the estimator and its word lists would triple the browser
/// bundle); the browser shows it as a meter with the estimator's advice,
/// in the words the server found for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Strength {
    /// 0 (guessed within a thousand tries) to 4 (more than 10^10).
    pub score: u8,
    /// What makes it weak, when the estimator can say: a catalogue key.
    pub warning: Option<&'static str>,
    /// What would make it stronger: catalogue keys.
    pub suggestions: Vec<&'static str>,
}

impl Strength {
    pub fn is_acceptable(&self) -> bool {
        self.score >= MIN_SCORE
    }

    /// A word for the meter.
    pub fn label(&self) -> Key {
        Key(match self.score {
            0 | 1 => "strength-very-weak",
            2 => "strength-weak",
            3 => "strength-strong",
            _ => "strength-very-strong",
        })
    }

    /// Why the password is refused, in the words shown next to the field by
    /// the server and, live, by the browser; `None` when it is accepted.
    pub fn refusal(&self, language: Language) -> Option<String> {
        if self.is_acceptable() {
            return None;
        }
        let mut said = vec![i18n::text(language, "strength-too-easy")];
        said.extend(self.warning.iter().chain(self.suggestions.first()).map(|key| i18n::text(language, key)));
        if self.warning.is_none() && self.suggestions.is_empty() {
            said.push(i18n::text(language, "strength-add-a-word"));
        }
        Some(said.join(" "))
    }
}

pub fn check_length(password: &str) -> Result<(), PasswordError> {
    match password.chars().count() {
        0 => Err(PasswordError::Empty),
        n if n < MIN_LEN => Err(PasswordError::TooShort),
        n if n > MAX_LEN => Err(PasswordError::TooLong),
        _ => Ok(()),
    }
}

pub fn check_confirmation(password: &str, confirmation: &str) -> Result<(), PasswordError> {
    if password == confirmation { Ok(()) } else { Err(PasswordError::Mismatch) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_code_points_not_bytes() {
        assert_eq!(check_length("ééééééééééé"), Err(PasswordError::TooShort));
        assert_eq!(check_length("éééééééééééé"), Ok(()));
        assert_eq!(check_length(&"🔑".repeat(MAX_LEN)), Ok(()));
        assert_eq!(check_length(&"a".repeat(MAX_LEN + 1)), Err(PasswordError::TooLong));
        assert_eq!(check_length(""), Err(PasswordError::Empty));
    }

    #[test]
    fn a_weak_password_is_refused_with_the_estimators_advice() {
        let english = Language::ENGLISH;
        let weak = Strength {
            score: 1,
            warning: Some("zxcvbn-warning-common"),
            suggestions: vec!["zxcvbn-suggestion-add-a-word", "zxcvbn-suggestion-avoid-dates"],
        };
        assert_eq!(
            weak.refusal(english).as_deref(),
            Some(
                "This password is too easy to guess. This is a very common password. \
                 Add another word or two. Uncommon words are better."
            )
        );
        let silent = Strength { score: 2, warning: None, suggestions: vec![] };
        assert_eq!(
            silent.refusal(english).as_deref(),
            Some("This password is too easy to guess. Add another word or two.")
        );
        let strong = Strength { score: MIN_SCORE, warning: None, suggestions: vec![] };
        assert_eq!(strong.refusal(english), None);
        assert_eq!(i18n::say(english, &strong.label()), "Strong");
        assert_eq!(i18n::say(Language::from_code("de").unwrap(), &strong.label()), "Stark");
    }

    #[test]
    fn confirmation_must_match_exactly() {
        assert_eq!(check_confirmation("abc", "abc"), Ok(()));
        assert_eq!(check_confirmation("abc", "abC"), Err(PasswordError::Mismatch));
    }
}
