use leptos::prelude::*;
use leptos_meta::Title;

use super::form::EmailField;

/// Set after a request was taken: the same for every address, known or not.
#[derive(Clone, Debug)]
pub struct ResetRequested {
    pub email: String,
}

#[component]
pub fn Forgot() -> impl IntoView {
    if let Some(sent) = use_context::<ResetRequested>() {
        return view! {
            <Title text="Check your inbox"/>
            <section class="card narrow">
                <h1>"Check your inbox"</h1>
                <p>{format!("If an account uses {}, we sent it a link to choose a new password.", sent.email)}</p>
                <p>"The link works for a short time, once. Nothing arrived? Check your spam folder, or ask again in a minute."</p>
            </section>
        }
        .into_any();
    }
    view! {
        <Title text="Forgot your password?"/>
        <section class="card narrow">
            <h1>"Forgot your password?"</h1>
            <p>"Enter the address of your account and we will send you a link to choose a new password."</p>
            <form method="post" action="/forgot">
                <EmailField name="email" label="Email address"/>
                <button type="submit" class="button primary wide">"Send me a link"</button>
            </form>
            <p class="muted"><a href="/login">"Back to sign in"</a></p>
        </section>
    }
    .into_any()
}
