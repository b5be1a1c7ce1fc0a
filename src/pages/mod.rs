//! One page per file. Pages are server-rendered; the only code they send to
//! the browser is the islands they use.

mod error;
mod landing;
mod not_found;

pub use error::{ErrorDocument, ErrorPage};
pub use landing::Landing;
pub use not_found::NotFound;
