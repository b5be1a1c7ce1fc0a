//! What the server-rendered HTML tells the islands: the names both sides
//! read, kept in one place so a rename reaches the server and the browser
//! together.

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

    pub fn parse(name: &str) -> Option<Self> {
        [Self::Email, Self::Username, Self::NewPassword, Self::Confirm]
            .into_iter()
            .find(|c| c.as_str() == name)
    }
}
