use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::form::{NoticeBanner, TextField, use_feedback};
use crate::islands::EmailField;

#[component]
pub fn Register() -> impl IntoView {
    let feedback = use_feedback();
    // The landing page's "get started" form arrives with ?email=.
    let email = feedback.value("email").or_else(|| use_query_map().with_untracked(|q| q.get("email")));
    view! {
        <Title text="Create an account"/>
        <section class="card narrow">
            <h1>"Create an account"</h1>
            <NoticeBanner notice=feedback.notice.clone()/>
            <form method="post" action="/register" novalidate>
                <TextField
                    name="username"
                    label="Username"
                    autocomplete="username"
                    value=feedback.value("username")
                    error=feedback.error_for("username")
                    hint="3 to 32 letters, digits, _ or -. Others can see it."
                />
                <EmailField
                    name="email".to_owned()
                    label="Email address".to_owned()
                    value=email
                    server_error=feedback.error_for("email")
                />
                <TextField
                    name="password"
                    label="Password"
                    kind="password"
                    autocomplete="new-password"
                    error=feedback.error_for("password")
                    hint="At least 12 characters. A few unrelated words make a strong one."
                />
                <TextField
                    name="password_confirm"
                    label="Confirm password"
                    kind="password"
                    autocomplete="new-password"
                    error=feedback.error_for("password_confirm")
                />
                <button type="submit" class="button primary wide">"Create account"</button>
            </form>
            <p class="muted">"Already have an account? " <a href="/login">"Sign in"</a></p>
        </section>
    }
}

/// Shown after registering, whether or not the address was new: the page
/// must not tell anyone which addresses have accounts.
#[derive(Clone, Debug)]
pub struct CheckInbox {
    pub email: String,
}

#[component]
pub fn CheckInboxPage(inbox: CheckInbox) -> impl IntoView {
    view! {
        <Title text="Check your inbox"/>
        <section class="card narrow">
            <h1>"Check your inbox"</h1>
            <p>"We sent an email to " <strong>{inbox.email}</strong> "."</p>
            <p>"Open the link in it to confirm your address. It can take a minute to arrive; check your spam folder too."</p>
            <p><a class="button" href="/login">"Sign in"</a></p>
        </section>
    }
}
