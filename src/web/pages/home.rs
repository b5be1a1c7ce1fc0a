use leptos::prelude::*;
use leptos_meta::Title;

use crate::web::viewer::use_viewer;

/// The protected area; the guard lets only confirmed accounts in.
#[component]
pub fn Home() -> impl IntoView {
    let greeting = format!("Welcome, {}", use_viewer().map(|v| v.username).unwrap_or_default());
    view! {
        <Title text="Home"/>
        <section class="card">
            <h1>{greeting}</h1>
            <p>"You are signed in with a confirmed email address."</p>
        </section>
    }
}
