//! Email: templates, the outbox they are queued in, and the worker and
//! transports that deliver them.

pub mod outbox;
pub mod templates;
pub mod transport;
