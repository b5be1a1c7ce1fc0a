//! The reset flow's pages: "forgot your password?", the code from the
//! email, and choosing the new password.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::form::{CodeField, EmailField, NewPasswordFields, NoticeBanner, PostForm, use_feedback};
use crate::{
    actions::reset::{Forgot as ForgotFn, ResetView, ResetWithCode, SetNewPassword},
    web::i18n::{t, t_around},
};

#[component]
pub fn Forgot() -> impl IntoView {
    let feedback = use_feedback();
    view! {
        <Title text=t("reset-forgot-title")/>
        <section class="card narrow">
            <h1>{t("reset-forgot-title")}</h1>
            <NoticeBanner notice=feedback.notice.clone()/>
            <p>{t("reset-forgot-intro")}</p>
            <PostForm action=ForgotFn::PATH>
                <EmailField name="email" label=t("email-label")/>
                <button type="submit" class="button primary wide">{t("reset-forgot-submit")}</button>
            </PostForm>
            <p class="muted"><a href="/login">{t("reset-back-to-sign-in")}</a></p>
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
        Some(email) => {
            let email = view! { <strong>{email}</strong> }.into_any();
            view! { <p>{t_around("reset-sent-to", "email", email)}</p> }.into_any()
        }
        None => view! { <p>{t("reset-sent")}</p> }.into_any(),
    };
    let ask_again = view! { <a href="/forgot">{t("reset-ask-again")}</a> }.into_any();
    view! {
        <Title text=t("reset-code-title")/>
        <section class="card narrow">
            <h1>{t("reset-code-title")}</h1>
            <NoticeBanner notice=feedback.notice.clone()/>
            {sent}
            <p>{t("reset-code-intro")}</p>
            <PostForm action=ResetWithCode::PATH>
                <EmailField name="email" label=t("email-label") prefill=view.email/>
                <CodeField label=t("reset-code-label") hint=t("reset-code-hint")/>
                <button type="submit" class="button primary wide">{t("reset-code-submit")}</button>
            </PostForm>
            <p class="muted">{t_around("reset-nothing-arrived", "link", ask_again)}</p>
        </section>
    }
}

#[component]
pub fn Reset() -> impl IntoView {
    let view = use_context::<ResetView>().unwrap_or(ResetView::Invalid);
    let feedback = use_feedback();
    let (title, body) = match view {
        ResetView::Form { username, email } => (
            t("reset-form-title"),
            view! {
                <NoticeBanner notice=feedback.notice.clone()/>
                <PostForm action=SetNewPassword::PATH>
                    <NewPasswordFields
                        name="password"
                        confirm_name="password_confirm"
                        label=t("reset-new-password")
                        confirm_label=t("reset-confirm-new-password")
                        related=Some(format!("{username} {email}"))
                    />
                    <button type="submit" class="button primary wide">{t("reset-submit")}</button>
                </PostForm>
            }
            .into_any(),
        ),
        ResetView::Expired => {
            (t("reset-expired-title"), view! { <p>{t("reset-expired-text")}</p><ForgotLink/> }.into_any())
        }
        ResetView::Used => {
            (t("reset-used-title"), view! { <p>{t("reset-used-text")}</p><ForgotLink/> }.into_any())
        }
        ResetView::Replaced => {
            (t("reset-replaced-title"), view! { <p>{t("reset-replaced-text")}</p><ForgotLink/> }.into_any())
        }
        ResetView::TooManyAttempts => {
            (t("reset-too-many-title"), view! { <p>{t("reset-too-many-text")}</p> }.into_any())
        }
        ResetView::Invalid => {
            (t("reset-invalid-title"), view! { <p>{t("reset-invalid-text")}</p><ForgotLink/> }.into_any())
        }
    };
    view! {
        <Title text=title.clone()/>
        <section class="card narrow">
            <h1>{title}</h1>
            {body}
        </section>
    }
}

#[component]
fn ForgotLink() -> impl IntoView {
    view! { <p><a class="button" href="/forgot">{t("reset-new-link")}</a></p> }
}
