use leptos::prelude::*;
use leptos_meta::Title;

use super::form::EmailField;
use crate::web::islands::LiveFields;

#[component]
pub fn Landing() -> impl IntoView {
    view! {
        <Title text="Welcome"/>
        <section class="hero">
            <div>
                <h1>"Your account, done right."</h1>
                <p class="lead">
                    "Sign up with a confirmed email address, sign in from any device, "
                    "and get back in when you forget your password."
                </p>
            </div>
            <LiveFields>
            <form class="card get-started" method="get" action="/register">
                <EmailField name="email" label="Email address"/>
                <button type="submit" class="button primary">"Create an account"</button>
                <p class="muted">
                    "Already have one? " <a href="/login">"Sign in"</a>
                </p>
            </form>
            </LiveFields>
        </section>
    }
}
