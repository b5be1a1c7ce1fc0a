use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::form::{
    EmailField, NewPasswordFields, NoticeBanner, OutcomeCard, PostForm, TextField, use_feedback, use_outcome,
};
use crate::{
    actions::register::Register as RegisterFn,
    web::{i18n::t, islands::LiveCheck},
};

#[component]
pub fn Register() -> impl IntoView {
    // After a registration: "check your inbox", whether or not the address
    // was new, so the page tells nobody which addresses have accounts.
    if let Some(outcome) = use_outcome() {
        return view! { <OutcomeCard outcome/> }.into_any();
    }
    let feedback = use_feedback();
    // The landing page's "get started" form arrives with ?email=.
    let email = use_query_map().with_untracked(|q| q.get("email"));
    view! {
        <Title text=t("register-title")/>
        <section class="card narrow">
            <h1>{t("register-title")}</h1>
            <NoticeBanner notice=feedback.notice.clone()/>
            <PostForm action=RegisterFn::PATH novalidate=true>
                <TextField
                    name="username"
                    label=t("username-label")
                    autocomplete="username"
                    value=feedback.value("username")
                    error=feedback.error_for("username")
                    hint=t("username-hint")
                    check=Some(LiveCheck::Username)
                />
                <EmailField name="email" label=t("email-label") prefill=email/>
                <NewPasswordFields
                    name="password"
                    confirm_name="password_confirm"
                    label=t("password-label")
                    confirm_label=t("password-confirm-label")
                    related_fields=Some("username email")
                />
                <button type="submit" class="button primary wide">{t("register-submit")}</button>
            </PostForm>
            <p class="muted">{t("register-have-account")} " " <a href="/login">{t("nav-sign-in")}</a></p>
        </section>
    }
    .into_any()
}
