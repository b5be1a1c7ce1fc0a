//! The confirm flow's pages: the one behind an emailed link, and where a
//! signed-in account without a confirmed address waits for it.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::form::{CodeField, EmailField, NoticeBanner, OutcomeCard, PostForm, use_feedback, use_outcome};
use crate::{
    actions::confirm::{
        Confirm as ConfirmFn, ConfirmCode, ConfirmView, FixAddress, ResendConfirmation, ResendExpiredLink,
    },
    web::{
        forms::action_of,
        i18n::{t, t_around, t_with},
        islands::CountdownTimer,
    },
};

#[component]
pub fn Confirm() -> impl IntoView {
    // "Send me a new link" from an expired link's page was answered.
    if let Some(outcome) = use_outcome() {
        return view! { <OutcomeCard outcome/> }.into_any();
    }
    let view = use_context::<ConfirmView>().unwrap_or(ConfirmView::Invalid);
    let (title, body) = match view {
        ConfirmView::Ready { email, token } => (
            t("confirm-ready-title"),
            view! {
                <p>{t_around("confirm-ready-text", "email", view! { <strong>{email}</strong> }.into_any())}</p>
                <form method="post" action=action_of(ConfirmFn::PATH)>
                    <input type="hidden" name="token" value=token/>
                    <button type="submit" class="button primary">{t("confirm-ready-submit")}</button>
                </form>
            }
            .into_any(),
        ),
        ConfirmView::Confirmed { email } => (
            t("confirm-confirmed-title"),
            view! {
                <p>{t_around("confirm-confirmed-text", "email", view! { <strong>{email}</strong> }.into_any())}</p>
                <p><a class="button primary" href="/home">{t("confirm-continue")}</a></p>
            }
            .into_any(),
        ),
        ConfirmView::EmailChanged { email } => (
            t("confirm-changed-title"),
            view! {
                <p>{t_with("confirm-changed-text", &[("email", email.into())])}</p>
                <p><a class="button primary" href="/settings">{t("confirm-back-to-settings")}</a></p>
            }
            .into_any(),
        ),
        ConfirmView::AddressTaken => (
            t("confirm-taken-title"),
            view! {
                <p>{t("confirm-taken-text")}</p>
            }
            .into_any(),
        ),
        ConfirmView::AlreadyConfirmed => (
            t("confirm-already-title"),
            view! {
                <p>{t("confirm-already-text")}</p>
                <p><a class="button" href="/login">{t("confirm-sign-in")}</a></p>
            }
            .into_any(),
        ),
        ConfirmView::Expired { resend_token: Some(token) } => (
            t("confirm-expired-title"),
            view! {
                <p>{t("confirm-expired-text")}</p>
                <form method="post" action=action_of(ResendExpiredLink::PATH)>
                    <input type="hidden" name="token" value=token/>
                    <button type="submit" class="button primary">{t("confirm-expired-resend")}</button>
                </form>
            }
            .into_any(),
        ),
        ConfirmView::Expired { resend_token: None } => (
            t("confirm-expired-title"),
            view! {
                <p>{t("confirm-expired-change-text")}</p>
                <p><a class="button" href="/settings">{t("confirm-go-to-settings")}</a></p>
            }
            .into_any(),
        ),
        ConfirmView::Replaced => (
            t("confirm-replaced-title"),
            view! {
                <p>{t("confirm-replaced-text")}</p>
            }
            .into_any(),
        ),
        ConfirmView::Invalid => (
            t("confirm-invalid-title"),
            view! {
                <p>{t("confirm-invalid-text")}</p>
                <p><a class="button" href="/login">{t("confirm-sign-in")}</a></p>
            }
            .into_any(),
        ),
        ConfirmView::CancelChange { token } => (
            t("confirm-cancel-title"),
            view! {
                <p>{t("confirm-cancel-text")}</p>
                <form method="post" action=action_of(ConfirmFn::PATH)>
                    <input type="hidden" name="token" value=token/>
                    <button type="submit" class="button primary">{t("confirm-cancel-submit")}</button>
                </form>
                <p class="muted">{t("confirm-cancel-not-you")}</p>
            }
            .into_any(),
        ),
        ConfirmView::ChangeCancelled => {
            let link = view! { <a href="/forgot">{t("confirm-cancelled-new-password")}</a> }.into_any();
            (
                t("confirm-cancelled-title"),
                view! {
                    <p>{t("confirm-cancelled-text")}</p>
                    <p>{t_around("confirm-cancelled-not-you", "link", link)}</p>
                }
                .into_any(),
            )
        }
        ConfirmView::TooManyAttempts => {
            (t("confirm-too-many-title"), view! { <p>{t("confirm-too-many-text")}</p> }.into_any())
        }
    };
    view! {
        <Title text=title.clone()/>
        <section class="card narrow">
            <h1>{title}</h1>
            {body}
        </section>
    }
    .into_any()
}

/// What `/unconfirmed` shows besides the form feedback.
#[derive(Clone, Debug, serde::Deserialize)]
pub struct UnconfirmedView {
    pub email: String,
    /// Seconds until another link may be sent; 0 when it may be now.
    pub cooldown_secs: i64,
}

#[component]
pub fn Unconfirmed() -> impl IntoView {
    let feedback = use_feedback();
    let Some(view) = use_context::<UnconfirmedView>() else {
        return ().into_any();
    };
    let fixing = feedback.error_for("email").is_some();
    let address = view! { <strong>{view.email.clone()}</strong> }.into_any();
    view! {
        <Title text=t("confirm-unconfirmed-title")/>
        <section class="card narrow">
            <h1>{t("confirm-unconfirmed-heading")}</h1>
            <NoticeBanner notice=feedback.notice.clone()/>
            <p>{t_around("confirm-unconfirmed-sent-to", "email", address)}</p>
            <PostForm action=ConfirmCode::PATH>
                <CodeField label=t("confirm-code-label") hint=t("confirm-code-hint")/>
                <button type="submit" class="button primary">{t("confirm-code-submit")}</button>
            </PostForm>
            <form method="post" action=action_of(ResendConfirmation::PATH)>
                <button type="submit" class="button">{t("confirm-resend")}</button>
                {(view.cooldown_secs > 0)
                    .then(|| {
                        view! {
                            <CountdownTimer seconds=view.cooldown_secs done=t("confirm-resend-ready")/>
                        }
                    })}
            </form>
            <details open=fixing>
                <summary>{t("confirm-fix-summary")}</summary>
                // Posted as a page: the new address shows in the text above.
                <PostForm action=FixAddress::PATH in_place=false>
                    <EmailField name="email" label=t("confirm-fix-label")/>
                    <button type="submit" class="button">{t("confirm-fix-submit")}</button>
                </PostForm>
            </details>
        </section>
    }
    .into_any()
}
