use leptos::prelude::*;
use leptos_meta::Title;

/// What went wrong, in words, and a way home. It never shows internal
/// details; those go to the server log.
#[component]
fn ErrorBody(title: &'static str, message: &'static str) -> impl IntoView {
    view! {
        <section class="card narrow error-page">
            <h1>{title}</h1>
            <p>{message}</p>
            <p>
                <a class="button" href="/">"Go to the start page"</a>
            </p>
        </section>
    }
}

/// An error inside the application shell (unknown page, failed page).
#[component]
pub fn ErrorPage(title: &'static str, message: &'static str) -> impl IntoView {
    view! {
        <Title text=title/>
        <ErrorBody title message/>
    }
}

/// A whole HTML document for errors raised outside the Leptos router (a body
/// that is too large, a refused cross-site request): same look, no scripts.
#[component]
pub fn ErrorDocument(title: &'static str, message: &'static str, stylesheet: String) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>{title} " · Accounts"</title>
                <link rel="stylesheet" href=stylesheet/>
            </head>
            <body>
                <header class="site-header">
                    <a class="brand" href="/">"Accounts"</a>
                </header>
                <main>
                    <ErrorBody title message/>
                </main>
            </body>
        </html>
    }
}
