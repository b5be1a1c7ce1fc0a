use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    domain::{Language, i18n},
    web::i18n::use_language,
};

/// What went wrong, in words, and a way home. It never shows internal
/// details; those go to the server log.
#[component]
fn ErrorBody(title: String, message: String, language: Language) -> impl IntoView {
    view! {
        <section class="card narrow error-page">
            <h1>{title}</h1>
            <p>{message}</p>
            <p>
                <a class="button" href="/">{i18n::text(language, "error-go-home")}</a>
            </p>
        </section>
    }
}

/// An error inside the application shell (unknown page, failed page).
#[component]
pub fn ErrorPage(#[prop(into)] title: String, #[prop(into)] message: String) -> impl IntoView {
    view! {
        <Title text=title.clone()/>
        <ErrorBody title message language=use_language()/>
    }
}

/// A whole HTML document for errors raised outside the Leptos router (a body
/// that is too large, a refused cross-site request): same look, no scripts.
#[component]
pub fn ErrorDocument(
    language: Language,
    #[prop(into)] title: String,
    #[prop(into)] message: String,
    stylesheet: String,
) -> impl IntoView {
    let tab_title = i18n::text_with(language, "page-title", &[("page", title.clone().into())]);
    view! {
        <!DOCTYPE html>
        <html lang=language.code() dir=language.direction().as_str()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>{tab_title}</title>
                <link rel="stylesheet" href=stylesheet/>
            </head>
            <body>
                <header class="site-header">
                    <a class="brand" href="/">{i18n::text(language, "app-name")}</a>
                </header>
                <main>
                    <ErrorBody title message language/>
                </main>
            </body>
        </html>
    }
}
