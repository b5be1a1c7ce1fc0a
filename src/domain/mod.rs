//! Types that parse user input. They compile into both the server and the
//! browser: the browser uses them for live feedback, the server parses again
//! and has the final word.

pub mod answer;
pub mod email;
pub mod i18n;
pub mod language;
pub mod next;
pub mod password;
pub mod username;
pub mod viewer;

pub use email::{Email, EmailError, suggest_domain};
pub use language::{Direction, Language};
pub use password::{PasswordError, Strength};
pub use username::{Username, UsernameError};
