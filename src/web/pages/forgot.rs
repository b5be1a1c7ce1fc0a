use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::form::{CodeField, EmailField, NoticeBanner, PostForm, use_feedback};
use crate::actions::reset::{Forgot as ForgotFn, ResetWithCode};

#[component]
pub fn Forgot() -> impl IntoView {
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
}

/// What `/forgot/code` knows besides the form feedback: the address the
/// reset was asked for in this browser, if it still remembers it.
#[derive(Clone, Debug, Default)]
pub struct ResetCodeView {
    pub email: Option<String>,
}

/// "Check your inbox", after a reset was asked for: the same page for
/// every address, known or not, with a form for the code in the email.
#[component]
pub fn ResetCode() -> impl IntoView {
    let feedback = use_feedback();
    let view = use_context::<ResetCodeView>().unwrap_or_default();
    let sent = match view.email.clone() {
        Some(email) => view! {
            <p>"If an account uses " <strong>{email}</strong> ", we sent it a link to choose a new password, and a code."</p>
        }
        .into_any(),
        None => view! { <p>"If an account uses the address you gave, we sent it a link to choose a new password, and a code."</p> }
            .into_any(),
    };
    view! {
        <Title text="Check your inbox"/>
        <section class="card narrow">
            <h1>"Check your inbox"</h1>
            <NoticeBanner notice=feedback.notice.clone()/>
            {sent}
            <p>"Open the link, or, if it opens on another device, enter the code here. Both work for a short time, once."</p>
            <PostForm action="/forgot/code" api=Some(ResetWithCode::PATH)>
                <EmailField name="email" label="Email address" prefill=view.email/>
                <CodeField label="Code from the email" hint="8 characters, like ABCD-1234."/>
                <button type="submit" class="button primary wide">"Continue"</button>
            </PostForm>
            <p class="muted">"Nothing arrived? Check your spam folder, or " <a href="/forgot">"ask again"</a> " in a minute."</p>
        </section>
    }
}
