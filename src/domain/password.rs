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
    fn confirmation_must_match_exactly() {
        assert_eq!(check_confirmation("abc", "abc"), Ok(()));
        assert_eq!(check_confirmation("abc", "abC"), Err(PasswordError::Mismatch));
    }
}
