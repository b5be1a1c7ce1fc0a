//! The HTML shell, the route table, and who may see which route.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::{
    StaticSegment,
    components::{Route, Router, Routes},
    path,
};

use crate::{
    actions::{language::ChooseLanguage, sign_in::SignOut},
    domain::i18n,
};

use super::{
    forms,
    i18n::{t, use_language},
    pages::{
        Confirm, DevMailbox, Forgot, Home, Landing, LanguageOptions, NotFound, Register, Reset, ResetCode,
        SecondStep, Settings, SignIn, TwoStepSetup, Unconfirmed,
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
    let language = use_language();
    view! {
        <!DOCTYPE html>
        <html lang=language.code() dir=language.direction().as_str()>
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
    let language = use_language();
    view! {
        <Stylesheet id="leptos" href="/pkg/accounts.css"/>
        <Title formatter=move |page: String| {
            i18n::text_with(language, "page-title", &[("page", page.into())])
        }/>
        <Router>
            <header class="site-header">
                <a class="brand" href="/">{t("app-name")}</a>
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
                <LanguageSwitcher/>
                <p>{t("footer-built-with")}</p>
            </footer>
        </Router>
    }
}

#[component]
fn Nav() -> impl IntoView {
    match use_viewer() {
        Some(viewer) => view! {
            <nav aria-label=t("nav-label")>
                <a href=if viewer.confirmed { "/home" } else { "/unconfirmed" }>{viewer.username}</a>
                {viewer.confirmed.then(|| view! { <a href="/settings">{t("nav-settings")}</a> })}
                <form method="post" action=forms::action_of(SignOut::PATH) class="inline">
                    <button type="submit" class="button">{t("nav-sign-out")}</button>
                </form>
            </nav>
        }
        .into_any(),
        None => view! {
            <nav aria-label=t("nav-label")>
                <a href="/login">{t("nav-sign-in")}</a>
                <a class="button primary" href="/register">{t("nav-register")}</a>
            </nav>
        }
        .into_any(),
    }
}

/// The footer's choice of language: a plain form (it works without
/// JavaScript) that posts the choice and comes back to this page. Each
/// language is named in itself, as a reader looks for their own.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let back = leptos_router::hooks::use_location();
    let back = move || {
        let (path, query) = (back.pathname.get(), back.search.get());
        let query = query.trim_start_matches('?');
        if query.is_empty() { path } else { format!("{path}?{query}") }
    };
    view! {
        <form method="post" action=forms::action_of(ChooseLanguage::PATH) class="language-switcher">
            <input type="hidden" name="back" value=back/>
            <label for="language-choice">{t("language-label")}</label>
            <select id="language-choice" name="language">
                <LanguageOptions/>
            </select>
            <button type="submit" class="button">{t("language-choose")}</button>
        </form>
    }
}
