use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::form::{
    CodeField, CurrentPasswordField, EmailField, NewPasswordFields, NoticeBanner, OutcomeCard, PostForm,
    use_feedback, use_outcome,
};
use crate::api::{
    second_factor::{DisableTwoStep, NewRecoveryCodes, StartTwoStep},
    settings::{ChangeEmail, ChangePassword, SessionSummary},
};

/// What `/settings` shows besides the form feedback.
#[derive(Clone, Debug)]
pub struct SettingsView {
    pub username: String,
    pub email: String,
    pub sessions: Vec<SessionSummary>,
    /// Two-step sign-in is on: how many recovery codes are left; off: None.
    pub recovery_codes_left: Option<i64>,
}

#[component]
pub fn Settings() -> impl IntoView {
    // New recovery codes, shown once.
    if let Some(outcome) = use_outcome() {
        return view! { <OutcomeCard outcome/> }.into_any();
    }
    let feedback = use_feedback();
    let Some(view) = use_context::<SettingsView>() else {
        return ().into_any();
    };
    let others = view.sessions.iter().filter(|s| !s.current).count();
    // The live strength check judges the new password against these.
    let related = format!("{} {}", view.username, view.email);
    view! {
        <Title text="Settings"/>
        <h1>"Settings"</h1>
        <NoticeBanner notice=feedback.notice.clone()/>
        <section class="card">
            <h2>"Password"</h2>
            <PostForm action="/settings/password" api=Some(ChangePassword::PATH)>
                <CurrentPasswordField name="current_password"/>
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
                <CurrentPasswordField
                    name="email_password"
                    hint="The new address takes effect when you open the link we send to it."
                />
                <button type="submit" class="button primary">"Change email address"</button>
            </PostForm>
        </section>
        <TwoStepSection recovery_codes_left=view.recovery_codes_left/>
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

/// Two-step sign-in: set it up, or, once on, new recovery codes and
/// turning it off.
#[component]
fn TwoStepSection(recovery_codes_left: Option<i64>) -> impl IntoView {
    let Some(left) = recovery_codes_left else {
        return view! {
            <section class="card">
                <h2>"Two-step sign-in"</h2>
                <p>"Off. Turn it on to be asked, after your password, for a code from an authenticator app on your phone."</p>
                <PostForm action="/settings/two-step/start" api=Some(StartTwoStep::PATH)>
                    <button type="submit" class="button primary">"Set up an authenticator app"</button>
                </PostForm>
            </section>
        }
        .into_any();
    };
    let left = match left {
        1 => "1 recovery code is left.".to_owned(),
        n => format!("{n} recovery codes are left."),
    };
    view! {
        <section class="card">
            <h2>"Two-step sign-in"</h2>
            <p>"On: signing in asks for a code from your authenticator app. " {left}</p>
            <PostForm action="/settings/two-step/recovery-codes" api=Some(NewRecoveryCodes::PATH)>
                <CurrentPasswordField name="recovery_password" label="Current password, for new recovery codes"/>
                <CodeField
                    name="recovery_code"
                    label="Code from the app, for new recovery codes"
                    hint="The recovery codes you have now stop working."
                />
                <button type="submit" class="button">"Make new recovery codes"</button>
            </PostForm>
        </section>
        <section class="card">
            <h2>"Turn off two-step sign-in"</h2>
            <PostForm action="/settings/two-step/disable" api=Some(DisableTwoStep::PATH)>
                <CurrentPasswordField name="disable_password" label="Current password, to turn it off"/>
                <CodeField name="disable_code" label="Code from the app" hint="6 digits from the app, or a recovery code."/>
                <button type="submit" class="button">"Turn off"</button>
            </PostForm>
        </section>
    }
    .into_any()
}
