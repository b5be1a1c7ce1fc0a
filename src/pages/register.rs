use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::form::{NoticeBanner, STRONG_PASSWORD_HINT, use_feedback};
use crate::islands::{EmailField, NewPasswordFields, UsernameField};

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
                <UsernameField value=feedback.value("username") server_error=feedback.error_for("username")/>
                <EmailField
                    name="email".to_owned()
                    label="Email address".to_owned()
                    value=email
                    server_error=feedback.error_for("email")
                />
                <NewPasswordFields
                    name="password".to_owned()
                    label="Password".to_owned()
                    hint=STRONG_PASSWORD_HINT.to_owned()
                    related=vec![]
                    related_fields=vec!["username".to_owned(), "email".to_owned()]
                    error=feedback.error_for("password")
                    confirm_error=feedback.error_for("password_confirm")
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
