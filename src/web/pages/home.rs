use leptos::prelude::*;
use leptos_meta::Title;

use crate::web::{
    i18n::{t, t_with},
    viewer::use_viewer,
};

/// The protected area; the guard lets only confirmed accounts in.
#[component]
pub fn Home() -> impl IntoView {
    let greeting =
        t_with("home-greeting", &[("username", use_viewer().map(|v| v.username).unwrap_or_default().into())]);
    view! {
        <Title text=t("home-title")/>
        <section class="card">
            <h1>{greeting}</h1>
            <p>{t("home-signed-in")}</p>
        </section>
    }
}
