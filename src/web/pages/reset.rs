//! The reset flow's pages: "forgot your password?", the code from the
//! email, and choosing the new password.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::form::{CodeField, EmailField, NewPasswordFields, NoticeBanner, PostForm, use_feedback};
use crate::actions::reset::{Forgot as ForgotFn, ResetView, ResetWithCode, SetNewPassword};

#[component]
pub fn Forgot() -> impl IntoView {
    let feedback = use_feedback();
    view! {
        <Title text="Forgot your password?"/>
        <section class="card narrow">
            <h1>"Forgot your password?"</h1>
            <NoticeBanner notice=feedback.notice.clone()/>
            <p>"Enter the address of your account and we will send you a link to choose a new password."</p>
            <PostForm action=ForgotFn::PATH>
                <EmailField name="email" label="Email address"/>
                <button type="submit" class="button primary wide">"Send me a link"</button>
            </PostForm>
            <p class="muted"><a href="/login">"Back to sign in"</a></p>
        </section>
    }
}

/// What `/forgot/code` knows besides the form feedback: the address the
/// reset was asked for in this browser, if it still remembers it.
#[derive(Clone, Debug, Default, serde::Deserialize)]
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
            <PostForm action=ResetWithCode::PATH>
                <EmailField name="email" label="Email address" prefill=view.email/>
                <CodeField label="Code from the email" hint="8 characters, like ABCD-1234."/>
                <button type="submit" class="button primary wide">"Continue"</button>
            </PostForm>
            <p class="muted">"Nothing arrived? Check your spam folder, or " <a href="/forgot">"ask again"</a> " in a minute."</p>
        </section>
    }
}

#[component]
pub fn Reset() -> impl IntoView {
    let view = use_context::<ResetView>().unwrap_or(ResetView::Invalid);
    let feedback = use_feedback();
    let (title, body) = match view {
        ResetView::Form { username, email } => (
            "Choose a new password",
            view! {
                <NoticeBanner notice=feedback.notice.clone()/>
                <PostForm action=SetNewPassword::PATH>
                    <NewPasswordFields
                        name="password"
                        confirm_name="password_confirm"
                        label="New password"
                        confirm_label="Confirm new password"
                        related=Some(format!("{username} {email}"))
                    />
                    <button type="submit" class="button primary wide">"Change my password"</button>
                </PostForm>
            }
            .into_any(),
        ),
        ResetView::Expired => (
            "This link has expired",
            view! { <p>"Reset links work for a short time. Ask for a new one."</p><ForgotLink/> }.into_any(),
        ),
        ResetView::Used => (
            "This link has been used",
            view! { <p>"Each reset link works once. If you still need a new password, ask for a new link."</p><ForgotLink/> }
                .into_any(),
        ),
        ResetView::Replaced => (
            "A newer link was sent",
            view! { <p>"This link was replaced by a newer one, or your password has changed since. Use the most recent email, or ask again."</p><ForgotLink/> }
                .into_any(),
        ),
        ResetView::TooManyAttempts => (
            "Too many attempts",
            view! { <p>"Too many links were tried from your network. Please wait a little before trying again."</p> }
                .into_any(),
        ),
        ResetView::Invalid => (
            "This link is not valid",
            view! { <p>"The link may be incomplete: copy the whole link from the email, or ask for a new one."</p><ForgotLink/> }
                .into_any(),
        ),
    };
    view! {
        <Title text=title/>
        <section class="card narrow">
            <h1>{title}</h1>
            {body}
        </section>
    }
}

#[component]
fn ForgotLink() -> impl IntoView {
    view! { <p><a class="button" href="/forgot">"Send me a new link"</a></p> }
}
