use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::form::{NewPasswordFields, NoticeBanner, TextField, use_feedback};
use crate::islands::{LiveCheck, LiveFields};

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
                <LiveFields>
                    <TextField
                        name="username"
                        label="Username"
                        autocomplete="username"
                        value=feedback.value("username")
                        error=feedback.error_for("username")
                        hint="3 to 32 letters, digits, _ or -. Others can see it."
                        check=Some(LiveCheck::Username)
                    />
                    <TextField
                        name="email"
                        label="Email address"
                        kind="email"
                        autocomplete="email"
                        value=email
                        error=feedback.error_for("email")
                        check=Some(LiveCheck::Email)
                    />
                    <NewPasswordFields
                        name="password"
                        confirm_name="password_confirm"
                        label="Password"
                        confirm_label="Confirm password"
                        related_fields=Some("username email")
                    />
                </LiveFields>
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
