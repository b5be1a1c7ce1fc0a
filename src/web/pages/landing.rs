use leptos::prelude::*;
use leptos_meta::Title;

use super::form::{EmailField, NoticeBanner, use_feedback};
use crate::web::{i18n::t, islands::LiveFields};

#[component]
pub fn Landing() -> impl IntoView {
    view! {
        <Title text=t("landing-title")/>
        // What an action that has no page of its own left to say.
        <NoticeBanner notice=use_feedback().notice/>
        <section class="hero">
            <div>
                <h1>{t("landing-heading")}</h1>
                <p class="lead">{t("landing-lead")}</p>
            </div>
            <LiveFields>
            <form class="card get-started" method="get" action="/register">
                <EmailField name="email" label=t("email-label")/>
                <button type="submit" class="button primary">{t("landing-get-started")}</button>
                <p class="muted">
                    {t("landing-have-one")} " " <a href="/login">{t("nav-sign-in")}</a>
                </p>
            </form>
            </LiveFields>
        </section>
    }
}
