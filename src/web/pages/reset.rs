use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::form::{NewPasswordFields, NoticeBanner, PostForm, use_feedback};
use crate::actions::reset::{ResetView, SetNewPassword};

#[component]
pub fn Reset() -> impl IntoView {
    let view = use_context::<ResetView>().unwrap_or(ResetView::Invalid);
    let feedback = use_feedback();
    let (title, body) = match view {
        ResetView::Form { username, email } => (
            "Choose a new password",
            view! {
                <NoticeBanner notice=feedback.notice.clone()/>
                <PostForm action="/reset" api=Some(SetNewPassword::PATH)>
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
