use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::form::{
    EmailField, NewPasswordFields, NoticeBanner, OutcomeCard, PostForm, TextField, use_feedback, use_outcome,
};
use crate::{actions::register::Register as RegisterFn, web::islands::LiveCheck};

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
        <Title text="Create an account"/>
        <section class="card narrow">
            <h1>"Create an account"</h1>
            <NoticeBanner notice=feedback.notice.clone()/>
            <PostForm action=RegisterFn::PATH novalidate=true>
                <TextField
                    name="username"
                    label="Username"
                    autocomplete="username"
                    value=feedback.value("username")
                    error=feedback.error_for("username")
                    hint="3 to 32 letters, digits, _ or -. Others can see it."
                    check=Some(LiveCheck::Username)
                />
                <EmailField name="email" label="Email address" prefill=email/>
                <NewPasswordFields
                    name="password"
                    confirm_name="password_confirm"
                    label="Password"
                    confirm_label="Confirm password"
                    related_fields=Some("username email")
                />
                <button type="submit" class="button primary wide">"Create account"</button>
            </PostForm>
            <p class="muted">"Already have an account? " <a href="/login">"Sign in"</a></p>
        </section>
    }
    .into_any()
}
