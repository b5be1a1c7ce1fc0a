//! Forms, with and without JavaScript. The contract:
//!
//! - Every action is one `#[server]` function at `/api` + a page path:
//!   `/api/settings/password`. Its form posts, url-encoded, to that page
//!   path without the prefix (`/settings/password`, see [`action_of`]).
//! - Without JavaScript the browser posts there, and [`no_js`] runs the
//!   server function and answers as a browser expects of a form: its page
//!   again (422 with the errors, or 200 with a notice or an outcome) or a
//!   303 to where the answer goes. The page is the action's path itself if
//!   that is a page, else the section it is in (`/settings`), else the
//!   landing page. Those routes are read from leptos's registry of server
//!   functions, so a new action needs no route of its own.
//! - With JavaScript the `LiveFields` island posts the same fields to the
//!   server function itself (the form's `data-api`) with
//!   `Accept: application/json` and applies the `domain::answer::Answer` it
//!   gets back, read by the names in `domain::answer::json`
//!   (`islands::browser::submit`).
//! - Reads are `GET` server functions, and have no form.

#[cfg(feature = "ssr")]
pub mod no_js;

/// Where every server function lives.
pub const API: &str = "/api";

/// The path a form posts to without JavaScript, for the server function
/// at `server_fn_path`.
pub fn action_of(server_fn_path: &str) -> &str {
    server_fn_path.strip_prefix(API).filter(|path| path.starts_with('/')).unwrap_or(server_fn_path)
}

#[cfg(test)]
mod tests {
    use super::action_of;

    #[test]
    fn a_form_posts_to_its_server_function_path_without_the_prefix() {
        assert_eq!(action_of("/api/settings/password"), "/settings/password");
        assert_eq!(action_of("/api/login"), "/login");
        assert_eq!(action_of("/apiary"), "/apiary");
    }
}
