//! The HTML shell, the route table, and who may see which route.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::{
    StaticSegment,
    components::{Route, Router, Routes},
    path,
};

use crate::actions::sign_in::SignOut;

use super::{
    forms,
    pages::{
        Confirm, DevMailbox, Forgot, Home, Landing, NotFound, Register, Reset, ResetCode, SecondStep,
        Settings, SignIn, TwoStepSetup, Unconfirmed,
    },
    viewer::use_viewer,
};

/// Who may open a path (and post to the forms under it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Anyone,
    /// Sign-in and registration: a signed-in visitor is sent to their home.
    AnonymousOnly,
    /// Any signed-in account, confirmed or not.
    SignedIn,
    /// Signed in with a confirmed address.
    Confirmed,
}

pub fn access(path: &str) -> Access {
    // A server function lives at `/api` + the path its form posts to without
    // JavaScript (`web::forms`), so this one table protects both exactly as
    // it protects the page they belong to.
    let path = forms::action_of(path);
    let under =
        |prefix: &str| path.strip_prefix(prefix).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
    if under("/home") || under("/settings") {
        Access::Confirmed
    } else if under("/unconfirmed") {
        Access::SignedIn
    } else if path == "/login" || path == "/register" {
        Access::AnonymousOnly
    } else {
        Access::Anyone
    }
}

/// The document around every page. Runs on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::web::http::security_headers::set_page_csp();
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
                <Nav/>
            </header>
            <main>
                <Routes fallback=NotFound>
                    <Route path=StaticSegment("") view=Landing/>
                    <Route path=StaticSegment("register") view=Register/>
                    <Route path=StaticSegment("login") view=SignIn/>
                    <Route path=path!("/login/code") view=SecondStep/>
                    <Route path=StaticSegment("confirm") view=Confirm/>
                    <Route path=StaticSegment("unconfirmed") view=Unconfirmed/>
                    <Route path=StaticSegment("home") view=Home/>
                    <Route path=StaticSegment("forgot") view=Forgot/>
                    <Route path=path!("/forgot/code") view=ResetCode/>
                    <Route path=StaticSegment("reset") view=Reset/>
                    <Route path=StaticSegment("settings") view=Settings/>
                    <Route path=path!("/settings/two-step") view=TwoStepSetup/>
                    <Route path=path!("/dev/mail") view=DevMailbox/>
                </Routes>
            </main>
            <footer class="site-footer">
                <p>"Built in Rust with Leptos, axum and sqlx."</p>
            </footer>
        </Router>
    }
}

#[component]
fn Nav() -> impl IntoView {
    match use_viewer() {
        Some(viewer) => view! {
            <nav aria-label="Account">
                <a href=if viewer.confirmed { "/home" } else { "/unconfirmed" }>{viewer.username}</a>
                {viewer.confirmed.then(|| view! { <a href="/settings">"Settings"</a> })}
                <form method="post" action=forms::action_of(SignOut::PATH) class="inline">
                    <button type="submit" class="button">"Sign out"</button>
                </form>
            </nav>
        }
        .into_any(),
        None => view! {
            <nav aria-label="Account">
                <a href="/login">"Sign in"</a>
                <a class="button primary" href="/register">"Register"</a>
            </nav>
        }
        .into_any(),
    }
}
