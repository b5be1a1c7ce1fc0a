use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::form::{CodeField, EmailField, NoticeBanner, PostForm, use_feedback};
use crate::{
    actions::confirm::ConfirmCode,
    web::islands::{Countdown, countdown_text},
};

/// What `/unconfirmed` shows besides the form feedback.
#[derive(Clone, Debug)]
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
            <PostForm action="/unconfirmed/code" api=Some(ConfirmCode::PATH)>
                <CodeField
                    label="Or enter the code from the email"
                    hint="For an email read on another device: 8 characters, like ABCD-1234."
                />
                <button type="submit" class="button primary">"Confirm"</button>
            </PostForm>
            <form method="post" action="/unconfirmed/resend">
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
                <PostForm action="/unconfirmed/email">
                    <EmailField name="email" label="Correct email address"/>
                    <button type="submit" class="button">"Use this address"</button>
                </PostForm>
            </details>
        </section>
    }
    .into_any()
}
