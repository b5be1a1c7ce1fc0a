use std::fmt;

/// Said by the live check and by the form, so both read the same.
pub const TAKEN: &str = "This username is taken. Try another.";

const MIN_LEN: usize = 3;
const MAX_LEN: usize = 32;

/// A public handle: 3 to 32 letters, digits, `_` or `-`. Kept as typed and
/// unique regardless of case, so `Ada` and `ada` cannot both exist.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Username(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UsernameError {
    #[error("Choose a username.")]
    Empty,
    #[error("A username needs at least {MIN_LEN} characters.")]
    TooShort,
    #[error("A username can have at most {MAX_LEN} characters.")]
    TooLong,
    #[error("Use only letters a-z, digits, _ and -.")]
    InvalidCharacter,
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
