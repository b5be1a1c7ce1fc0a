use leptos::prelude::*;
use leptos_meta::Title;

use super::form::{NoticeBanner, STRONG_PASSWORD_HINT, use_feedback};
use crate::islands::NewPasswordFields;

/// What `/reset` shows for the link the browser holds.
#[derive(Clone, Debug)]
pub enum ResetView {
    /// A live link: the new-password form, for this account.
    Form {
        username: String,
        email: String,
    },
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
        ResetView::Form { username, email } => (
            "Choose a new password",
            view! {
                <NoticeBanner notice=feedback.notice.clone()/>
                <form method="post" action="/reset">
                    <NewPasswordFields
                        name="password".to_owned()
                        label="New password".to_owned()
                        hint=STRONG_PASSWORD_HINT.to_owned()
                        related=vec![username, email]
                        related_fields=vec![]
                        error=feedback.error_for("password")
                        confirm_error=feedback.error_for("password_confirm")
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
