use std::fmt;

use super::i18n::{Arg, Key, Message};

/// Said by the live check and by the form, so both read the same.
pub const TAKEN: Key = Key("username-taken");

const MIN_LEN: usize = 3;
const MAX_LEN: usize = 32;

/// A public handle: 3 to 32 letters, digits, `_` or `-`. Kept as typed and
/// unique regardless of case, so `Ada` and `ada` cannot both exist.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Username(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.key())]
pub enum UsernameError {
    Empty,
    TooShort,
    TooLong,
    InvalidCharacter,
}

impl UsernameError {
    pub const ALL: &[UsernameError] = &[Self::Empty, Self::TooShort, Self::TooLong, Self::InvalidCharacter];
}

impl Message for UsernameError {
    fn key(&self) -> &'static str {
        match self {
            Self::Empty => "username-empty",
            Self::TooShort => "username-too-short",
            Self::TooLong => "username-too-long",
            Self::InvalidCharacter => "username-invalid-character",
        }
    }

    fn args(&self) -> Vec<(&'static str, Arg<'static>)> {
        match self {
            Self::TooShort => vec![("min", MIN_LEN.into())],
            Self::TooLong => vec![("max", MAX_LEN.into())],
            Self::Empty | Self::InvalidCharacter => Vec::new(),
        }
    }
}

impl Username {
    pub fn parse(input: &str) -> Result<Self, UsernameError> {
        let name = input.trim();
        let len = name.chars().count();
        if len == 0 {
            return Err(UsernameError::Empty);
        }
        if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            return Err(UsernameError::InvalidCharacter);
        }
        if len < MIN_LEN {
            return Err(UsernameError::TooShort);
        }
        if len > MAX_LEN {
            return Err(UsernameError::TooLong);
        }
        Ok(Self(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form uniqueness is decided in.
    pub fn normalized(&self) -> String {
        self.0.to_ascii_lowercase()
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Username({:?})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_handles_and_keys_them_case_insensitively() {
        let name = Username::parse(" Ada_Lovelace-1 ").unwrap();
        assert_eq!(name.as_str(), "Ada_Lovelace-1");
        assert_eq!(name.normalized(), "ada_lovelace-1");
        assert!(Username::parse(&"a".repeat(32)).is_ok());
    }

    #[test]
    fn rejects_what_is_not_a_handle() {
        assert_eq!(Username::parse(""), Err(UsernameError::Empty));
        assert_eq!(Username::parse("ab"), Err(UsernameError::TooShort));
        assert_eq!(Username::parse(&"a".repeat(33)), Err(UsernameError::TooLong));
        for bad in ["ada lovelace", "ada@x", "adä", "ada%", "ada'--", "ad\u{0}a"] {
            assert_eq!(Username::parse(bad), Err(UsernameError::InvalidCharacter), "{bad:?}");
        }
    }
}
