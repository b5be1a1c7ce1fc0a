use leptos::prelude::*;
use leptos_meta::Title;

use super::form::{NoticeBanner, TextField, use_feedback};

/// What `/reset` shows for the link the browser holds.
#[derive(Clone, Debug)]
pub enum ResetView {
    /// A live link: the new-password form.
    Form,
    Expired,
    Used,
    Replaced,
    Invalid,
}

#[component]
pub fn Reset() -> impl IntoView {
    let view = use_context::<ResetView>().unwrap_or(ResetView::Invalid);
    let feedback = use_feedback();
    let (title, body) = match view {
        ResetView::Form => (
            "Choose a new password",
            view! {
                <NoticeBanner notice=feedback.notice.clone()/>
                <form method="post" action="/reset">
                    <TextField
                        name="password"
                        label="New password"
                        kind="password"
                        autocomplete="new-password"
                        error=feedback.error_for("password")
                        hint="At least 12 characters. A few unrelated words make a strong one."
                    />
                    <TextField
                        name="password_confirm"
                        label="Confirm new password"
                        kind="password"
                        autocomplete="new-password"
                        error=feedback.error_for("password_confirm")
                    />
                    <button type="submit" class="button primary wide">"Change my password"</button>
                </form>
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
