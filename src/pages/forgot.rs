use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::form::{EmailField, NoticeBanner, OutcomeCard, PostForm, use_feedback, use_outcome};
use crate::api::reset::Forgot as ForgotFn;

#[component]
pub fn Forgot() -> impl IntoView {
    // The same answer for every address, known or not.
    if let Some(outcome) = use_outcome() {
        return view! { <OutcomeCard outcome/> }.into_any();
    }
    let feedback = use_feedback();
    view! {
        <Title text="Forgot your password?"/>
        <section class="card narrow">
            <h1>"Forgot your password?"</h1>
            <NoticeBanner notice=feedback.notice.clone()/>
            <p>"Enter the address of your account and we will send you a link to choose a new password."</p>
            <PostForm action="/forgot" api=Some(ForgotFn::PATH)>
                <EmailField name="email" label="Email address"/>
                <button type="submit" class="button primary wide">"Send me a link"</button>
            </PostForm>
            <p class="muted"><a href="/login">"Back to sign in"</a></p>
        </section>
    }
    .into_any()
}
