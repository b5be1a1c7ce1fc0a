use serde::{Deserialize, Serialize};

/// Fewer is too easy to guess, whatever the characters (NIST SP 800-63B).
pub const MIN_LEN: usize = 12;
/// Long passphrases are welcome; far longer is a denial-of-service attempt.
pub const MAX_LEN: usize = 1024;

/// The length rules of a new password, counted in Unicode code points as a
/// person counts characters. Passwords are never truncated; strength is
/// judged separately, on the server.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("Choose a password.")]
    Empty,
    #[error("Use at least {MIN_LEN} characters.")]
    TooShort,
    #[error("Use at most {MAX_LEN} characters.")]
    TooLong,
    #[error("The two passwords are not the same.")]
    Mismatch,
}

/// The lowest estimator score accepted for a new password: 3 means more than
/// 10^8 guesses, beyond an online attack and slow offline against argon2id.
pub const MIN_SCORE: u8 = 3;

/// The strength estimator's verdict on a password. It is computed only on
/// the server (the estimator and its word lists would triple the browser
/// bundle); the browser shows it as a meter with the estimator's advice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Strength {
    /// 0 (guessed within a thousand tries) to 4 (more than 10^10).
    pub score: u8,
    /// What makes it weak, when the estimator can say.
    pub warning: Option<String>,
    pub suggestions: Vec<String>,
}

impl Strength {
    pub fn is_acceptable(&self) -> bool {
        self.score >= MIN_SCORE
    }

    /// A word for the meter.
    pub fn label(&self) -> &'static str {
        match self.score {
            0 | 1 => "Very weak",
            2 => "Weak",
            3 => "Strong",
            _ => "Very strong",
        }
    }

    /// Why the password is refused, in the words shown next to the field by
    /// the server and, live, by the browser; `None` when it is accepted.
    pub fn refusal(&self) -> Option<String> {
        if self.is_acceptable() {
            return None;
        }
        let mut text = String::from("This password is too easy to guess.");
        for advice in self.warning.iter().chain(self.suggestions.first()) {
            text.push(' ');
            text.push_str(advice);
        }
        if self.warning.is_none() && self.suggestions.is_empty() {
            text.push_str(" Add another word or two.");
        }
        Some(text)
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
        let weak = Strength {
            score: 1,
            warning: Some("This is a very common password.".into()),
            suggestions: vec!["Add another word or two.".into(), "Avoid dates.".into()],
        };
        assert_eq!(
            weak.refusal().as_deref(),
            Some(
                "This password is too easy to guess. This is a very common password. Add another word or two."
            )
        );
        let silent = Strength { score: 2, warning: None, suggestions: vec![] };
        assert_eq!(
            silent.refusal().as_deref(),
            Some("This password is too easy to guess. Add another word or two.")
        );
        let strong = Strength { score: MIN_SCORE, warning: None, suggestions: vec![] };
        assert_eq!(strong.refusal(), None);
        assert_eq!(strong.label(), "Strong");
    }

    #[test]
    fn confirmation_must_match_exactly() {
        assert_eq!(check_confirmation("abc", "abc"), Ok(()));
        assert_eq!(check_confirmation("abc", "abC"), Err(PasswordError::Mismatch));
    }
}
