//! Interactive widgets hydrated in the browser. Each island is server-rendered
//! as a plain, working form control first; the WASM only adds live feedback.

mod debounce;
mod email_field;
mod new_password_fields;
mod note;
mod resend_countdown;
mod username_field;

use debounce::Debounce;
pub use email_field::EmailField;
pub use new_password_fields::NewPasswordFields;
use note::Note;
pub use resend_countdown::ResendCountdown;
pub use username_field::UsernameField;
