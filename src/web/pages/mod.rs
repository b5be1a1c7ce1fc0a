//! One page per file. Pages are server-rendered; the only code they send to
//! the browser is the islands they use.

mod confirm;
mod dev_mail;
mod error;
mod forgot;
mod form;
mod home;
mod landing;
mod not_found;
mod register;
mod reset;
mod settings;
mod sign_in;
mod two_step;
mod unconfirmed;

pub use confirm::Confirm;
pub use dev_mail::{DevMail, DevMailbox};
pub use error::{ErrorDocument, ErrorPage};
pub use forgot::{Forgot, ResetCode, ResetCodeView};
pub use home::Home;
pub use landing::Landing;
pub use not_found::NotFound;
pub use register::Register;
pub use reset::Reset;
pub use settings::{Settings, SettingsView};
pub use sign_in::Login;
pub use two_step::{SecondStep, TwoStepSetup, TwoStepSetupView};
pub use unconfirmed::{Unconfirmed, UnconfirmedView};
