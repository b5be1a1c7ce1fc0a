use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::form::{EmailField, NewPasswordFields, NoticeBanner, PostForm, TextField, use_feedback};
use crate::api::settings::{ChangeEmail, ChangePassword, SessionSummary};

/// What `/settings` shows besides the form feedback.
#[derive(Clone, Debug)]
pub struct SettingsView {
    pub username: String,
    pub email: String,
    pub sessions: Vec<SessionSummary>,
}

#[component]
pub fn Settings() -> impl IntoView {
    let feedback = use_feedback();
    let Some(view) = use_context::<SettingsView>() else {
        return ().into_any();
    };
    let others = view.sessions.iter().filter(|s| !s.current).count();
    // The live strength check judges the new password against these.
    let related = format!("{} {}", view.username, view.email);
    let (current_password_error, email_password_error) =
        (feedback.error_for("current_password"), feedback.error_for("email_password"));
    view! {
        <Title text="Settings"/>
        <h1>"Settings"</h1>
        <NoticeBanner notice=feedback.notice.clone()/>
        <section class="card">
            <h2>"Password"</h2>
            <PostForm action="/settings/password" api=Some(ChangePassword::PATH)>
                <TextField
                    name="current_password"
                    label="Current password"
                    kind="password"
                    autocomplete="current-password"
                    error=current_password_error
                />
                <NewPasswordFields
                    name="new_password"
                    confirm_name="new_password_confirm"
                    label="New password"
                    confirm_label="Confirm new password"
                    hint="At least 12 characters. Other browsers will be signed out."
                    related=Some(related)
                />
                <button type="submit" class="button primary">"Change password"</button>
            </PostForm>
        </section>
        <section class="card">
            <h2>"Email address"</h2>
            <p>{format!("Your account uses {}.", view.email)}</p>
            <PostForm action="/settings/email" api=Some(ChangeEmail::PATH)>
                <EmailField name="new_email" label="New email address"/>
                <TextField
                    name="email_password"
                    label="Current password"
                    kind="password"
                    autocomplete="current-password"
                    error=email_password_error
                    hint="The new address takes effect when you open the link we send to it."
                />
                <button type="submit" class="button primary">"Change email address"</button>
            </PostForm>
        </section>
        <section class="card">
            <h2>"Where you are signed in"</h2>
            <ul class="sessions">
                {view
                    .sessions
                    .into_iter()
                    .map(|s| {
                        let label = if s.current { format!("{} (this browser)", s.user_agent) } else { s.user_agent };
                        view! { <li>{label}</li> }
                    })
                    .collect_view()}
            </ul>
            {if others == 0 {
                view! { <p class="muted">"This is the only browser signed in."</p> }.into_any()
            } else {
                view! {
                    <form method="post" action="/settings/sessions">
                        <button type="submit" class="button">
                            {format!("Sign out the other {others} session(s)")}
                        </button>
                    </form>
                }
                .into_any()
            }}
        </section>
    }
    .into_any()
}
