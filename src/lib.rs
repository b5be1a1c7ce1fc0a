//! A full-stack accounts application: Leptos pages rendered by an axum server,
//! with small WASM islands for live feedback in the browser.
//!
//! `domain`, `app`, `pages` and `islands` compile for both sides; `server` is
//! the axum application and exists only with the `ssr` feature.

// Leptos views are deeply nested types; the default limit is too low for them.
#![recursion_limit = "256"]

pub mod api;
pub mod app;
pub mod domain;
pub mod islands;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;
pub mod viewer;

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
