//! Interactive widgets hydrated in the browser. Each island is server-rendered
//! as a plain, working form control first; the WASM only adds live feedback.

mod email_field;

pub use email_field::EmailField;
