//! A full-stack accounts application: Leptos pages rendered by an axum server,
//! with small WASM islands for live feedback in the browser.
//!
//! The code is in layers, each importing only the ones below it (README,
//! "Layout"; `tests/layers.rs` holds it to that):
//! - `domain`: types that parse input and the answers actions give, shared
//!   with the browser;
//! - `infra` (server only): configuration, clock, database, email, crypto;
//! - `services` (server only): what the flows do to accounts, without HTTP;
//! - `actions`: the `#[server]` functions, which parse, call the services and
//!   answer (the browser build has only their client stubs);
//! - `web`: the app's routes, pages, islands, middleware and startup.
//!
//! `cli` (server only) is the binary's command line, on top of them all.

// Leptos views are deeply nested types; the default limit is too low for them.
#![recursion_limit = "256"]

pub mod actions;
#[cfg(feature = "ssr")]
pub mod cli;
pub mod domain;
#[cfg(feature = "ssr")]
pub mod infra;
#[cfg(feature = "ssr")]
pub mod services;
pub mod web;

/// Entry point of the browser bundle: wakes up the islands on the page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // A panic's message in the console, in development builds: the release
    // bundle aborts on a panic anyway, and the hook's formatting code cost
    // it 0.9 KiB of gzip.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    // Marks the page as live, so that a test types only once islands listen.
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("data-hydrated", "");
    }
}
