//! Interactive parts hydrated in the browser. Every form is server-rendered
//! and works as a plain POST; islands add live feedback and submit in place.
//!
//! The islands take no props: the server HTML is their whole state (each
//! form names its server function, and each field its rule, in `data-`
//! attributes). Island props are decoded with serde_json, which alone cost
//! 30 KiB of the 80 KiB bundle budget.

#[cfg(any(feature = "hydrate", test))]
mod base64url;
mod contract;
mod countdown;
mod live_fields;
mod passkeys;
mod words;

#[cfg(feature = "hydrate")]
mod browser;

pub use contract::LiveCheck;
pub use countdown::{Countdown, CountdownTimer};
pub use live_fields::LiveFields;
pub use passkeys::Passkeys;
pub use words::Words;
