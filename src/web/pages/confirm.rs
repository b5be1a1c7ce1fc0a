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
        islands::{Countdown, countdown_text},
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
            "Confirm your email address",
            view! {
                <p>"Confirm that " <strong>{email}</strong> " is your address."</p>
                <form method="post" action=action_of(ConfirmFn::PATH)>
                    <input type="hidden" name="token" value=token/>
                    <button type="submit" class="button primary">"Confirm my address"</button>
                </form>
            }
            .into_any(),
        ),
        ConfirmView::Confirmed { email } => (
            "Address confirmed",
            view! {
                <p><strong>{email}</strong> " is confirmed. Thank you."</p>
                <p><a class="button primary" href="/home">"Continue"</a></p>
            }
            .into_any(),
        ),
        ConfirmView::EmailChanged { email } => (
            "Address changed",
            view! {
                <p>{format!("Your account now uses {email}.")}</p>
                <p><a class="button primary" href="/settings">"Back to settings"</a></p>
            }
            .into_any(),
        ),
        ConfirmView::AddressTaken => (
            "This address cannot be used",
            view! {
                <p>"Another account uses this address now, so your account keeps its current one."</p>
            }
            .into_any(),
        ),
        ConfirmView::AlreadyConfirmed => (
            "Already confirmed",
            view! {
                <p>"This link has been used and the address is confirmed. Nothing more to do."</p>
                <p><a class="button" href="/login">"Sign in"</a></p>
            }
            .into_any(),
        ),
        ConfirmView::Expired { resend_token: Some(token) } => (
            "This link has expired",
            view! {
                <p>"Confirmation links work for a limited time. We can send you a new one."</p>
                <form method="post" action=action_of(ResendExpiredLink::PATH)>
                    <input type="hidden" name="token" value=token/>
                    <button type="submit" class="button primary">"Send me a new link"</button>
                </form>
            }
            .into_any(),
        ),
        ConfirmView::Expired { resend_token: None } => (
            "This link has expired",
            view! {
                <p>"Links to change an address work for a limited time. Ask for the change again in settings."</p>
                <p><a class="button" href="/settings">"Go to settings"</a></p>
            }
            .into_any(),
        ),
        ConfirmView::Replaced => (
            "A newer link was sent",
            view! {
                <p>"This link was replaced by a newer one. Use the link in the most recent email we sent you."</p>
            }
            .into_any(),
        ),
        ConfirmView::Invalid => (
            "This link is not valid",
            view! {
                <p>"The link may be incomplete: copy the whole link from the email, or sign in to get a new one."</p>
                <p><a class="button" href="/login">"Sign in"</a></p>
            }
            .into_any(),
        ),
        ConfirmView::CancelChange { token } => (
            "Keep your email address?",
            view! {
                <p>"Someone signed in to your account asked to move it to another address. Cancel that, and your account keeps this one."</p>
                <form method="post" action=action_of(ConfirmFn::PATH)>
                    <input type="hidden" name="token" value=token/>
                    <button type="submit" class="button primary">"Cancel the change"</button>
                </form>
                <p class="muted">"If it was not you, change your password too: someone else knows it."</p>
            }
            .into_any(),
        ),
        ConfirmView::ChangeCancelled => (
            "Change cancelled",
            view! {
                <p>"Your account keeps its current address. The link sent to the other address no longer works."</p>
                <p>"If you did not ask for the change, " <a href="/forgot">"choose a new password"</a> "."</p>
            }
            .into_any(),
        ),
        ConfirmView::TooManyAttempts => (
            "Too many attempts",
            view! { <p>"Too many links were tried from your network. Please wait a little before trying again."</p> }
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
    view! {
        <Title text="Confirm your email"/>
        <section class="card narrow">
            <h1>"Confirm your email address"</h1>
            <NoticeBanner notice=feedback.notice.clone()/>
            <p>"We sent a link to " <strong>{view.email.clone()}</strong> ". Open it to finish setting up your account."</p>
            <PostForm action=ConfirmCode::PATH>
                <CodeField
                    label="Or enter the code from the email"
                    hint="For an email read on another device: 8 characters, like ABCD-1234."
                />
                <button type="submit" class="button primary">"Confirm"</button>
            </PostForm>
            <form method="post" action=action_of(ResendConfirmation::PATH)>
                <button type="submit" class="button">"Send a new link"</button>
                {(view.cooldown_secs > 0)
                    .then(|| {
                        view! {
                            <Countdown>
                                <p class="muted" role="timer" data-countdown=view.cooldown_secs>
                                    {countdown_text(view.cooldown_secs)}
                                </p>
                                <p class="muted" aria-live="polite" data-countdown-done="You can ask for a new link now."></p>
                            </Countdown>
                        }
                    })}
            </form>
            <details open=fixing>
                <summary>"Wrong address? Change it"</summary>
                // Posted as a page: the new address shows in the text above.
                <PostForm action=FixAddress::PATH in_place=false>
                    <EmailField name="email" label="Correct email address"/>
                    <button type="submit" class="button">"Use this address"</button>
                </PostForm>
            </details>
        </section>
    }
    .into_any()
}
