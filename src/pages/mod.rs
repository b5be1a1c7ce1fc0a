//! One page per file. Pages are server-rendered; the only code they send to
//! the browser is the islands they use.

mod confirm;
mod dev_mail;
mod error;
mod forgot;
mod form;
mod home;
mod landing;
mod login;
mod not_found;
mod register;
mod reset;
mod settings;
mod unconfirmed;
mod viewer;

pub use confirm::{Confirm, ConfirmView};
pub use dev_mail::{DevMail, DevMailbox};
pub use error::{ErrorDocument, ErrorPage};
pub use forgot::{Forgot, ResetRequested};
pub use form::{FormFeedback, Notice};
pub use home::Home;
pub use landing::Landing;
pub use login::Login;
pub use not_found::NotFound;
pub use register::{CheckInbox, CheckInboxPage, Register};
pub use reset::{Reset, ResetView};
pub use settings::{Settings, SettingsView};
pub use unconfirmed::{Unconfirmed, UnconfirmedView};
pub use viewer::{Viewer, use_viewer};
