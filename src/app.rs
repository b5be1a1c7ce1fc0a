//! The HTML shell and the route table.

use leptos::prelude::*;
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::{
    StaticSegment,
    components::{Route, Router, Routes},
};

use crate::pages::{Landing, NotFound};

/// The document around every page. Runs on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::server::http::security_headers::set_page_csp();
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Stylesheet id="leptos" href="/pkg/accounts.css"/>
        <Title formatter=|page: String| format!("{page} · Accounts")/>
        <Router>
            <header class="site-header">
                <a class="brand" href="/">"Accounts"</a>
                <nav aria-label="Account">
                    <a href="/login">"Sign in"</a>
                    <a class="button primary" href="/register">"Register"</a>
                </nav>
            </header>
            <main>
                <Routes fallback=NotFound>
                    <Route path=StaticSegment("") view=Landing/>
                </Routes>
            </main>
            <footer class="site-footer">
                <p>"Built in Rust with Leptos, axum and sqlx."</p>
            </footer>
        </Router>
    }
}
