//! One file per flow's pages. Pages are server-rendered; the only code they send to
//! the browser is the islands they use.

mod confirm;
mod dev_mail;
mod error;
mod form;
mod home;
mod landing;
mod not_found;
mod register;
mod reset;
mod settings;
mod sign_in;
mod two_step;

pub use confirm::{Confirm, Unconfirmed, UnconfirmedView};
pub use dev_mail::{DevMail, DevMailbox};
pub use error::{ErrorDocument, ErrorPage};
pub use form::LanguageOptions;
pub use home::Home;
pub use landing::Landing;
pub use not_found::NotFound;
pub use register::Register;
pub use reset::{Forgot, Reset, ResetCode, ResetCodeView};
pub use settings::{Settings, SettingsView};
pub use sign_in::SignIn;
pub use two_step::{SecondStep, TwoStepSetup, TwoStepSetupView};
