use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::form::{
    CodeField, CurrentPasswordField, EmailField, NewPasswordFields, NoticeBanner, OutcomeCard, PostForm,
    TextField, use_feedback, use_outcome,
};
use crate::{
    actions::{
        passkeys::{PasskeySummary, RemovePasskey, RenamePasskey},
        settings::{ChangeEmail, ChangePassword, EndOtherSessions, SessionSummary},
        two_step::{DisableTwoStep, NewRecoveryCodes, StartTwoStep},
    },
    web::{
        forms::action_of,
        islands::{LiveFields, Passkeys},
    },
};

/// What `/settings` shows besides the form feedback.
#[derive(Clone, Debug, serde::Deserialize)]
pub struct SettingsView {
    pub username: String,
    pub email: String,
    pub sessions: Vec<SessionSummary>,
    /// Two-step sign-in is on: how many recovery codes are left; off: None.
    pub recovery_codes_left: Option<i64>,
    /// The account's passkeys; None where the site cannot have passkeys.
    pub passkeys: Option<Vec<PasskeySummary>>,
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
            <PostForm action=ChangePassword::PATH>
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
            <PostForm action=ChangeEmail::PATH>
                <EmailField name="new_email" label="New email address"/>
                <CurrentPasswordField
                    name="email_password"
                    hint="The new address takes effect when you open the link we send to it."
                />
                <button type="submit" class="button primary">"Change email address"</button>
            </PostForm>
        </section>
        <TwoStepSection recovery_codes_left=view.recovery_codes_left/>
        {view.passkeys.map(|passkeys| view! { <PasskeysSection passkeys/> })}
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
                    <form method="post" action=action_of(EndOtherSessions::PATH)>
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
                <PostForm action=StartTwoStep::PATH>
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
            <PostForm action=NewRecoveryCodes::PATH>
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
            <PostForm action=DisableTwoStep::PATH>
                <CurrentPasswordField name="disable_password" label="Current password, to turn it off"/>
                <CodeField name="disable_code" label="Code from the app" hint="6 digits from the app, or a recovery code."/>
                <button type="submit" class="button">"Turn off"</button>
            </PostForm>
        </section>
    }
    .into_any()
}

/// Passkeys: adding one (in the browser, with the `Passkeys` island),
/// and the list with its rename and remove forms, which work as plain
/// forms too. The list and its forms are fetched again after each change
/// (`data-refresh`), so the page shows what the account now has.
#[component]
fn PasskeysSection(passkeys: Vec<PasskeySummary>) -> impl IntoView {
    let feedback = use_feedback();
    let chosen = feedback.value("passkey").and_then(|p| p.parse::<i64>().ok());
    let choices = |id: &'static str| {
        let options = passkeys
            .iter()
            .map(|p| view! { <option value=p.id.to_string() selected=chosen == Some(p.id)>{p.name.clone()}</option> })
            .collect_view();
        view! {
            <div class="field">
                <label for=id>"Passkey"</label>
                <select id=id name="passkey">{options}</select>
            </div>
        }
    };
    let listed = (!passkeys.is_empty()).then(|| {
        let items = passkeys
            .iter()
            .map(|p| {
                let used = p.last_used_at.map_or_else(|| "never used".to_owned(), |at| format!("last used {}", day(at)));
                view! {
                    <li>
                        <strong>{p.name.clone()}</strong>
                        <span class="muted">{format!(" · added {}, {used}", day(p.created_at))}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>"Your passkeys"</h3>
            <ul class="passkeys">{items}</ul>
            <h3>"Rename a passkey"</h3>
            <form method="post" action=action_of(RenamePasskey::PATH) data-api=RenamePasskey::PATH>
                {choices("rename_passkey")}
                <TextField name="name" label="New name" value=feedback.value("name") error=feedback.error_for("name")/>
                <button type="submit" class="button">"Rename"</button>
            </form>
            <h3>"Remove a passkey"</h3>
            <form method="post" action=action_of(RemovePasskey::PATH) data-api=RemovePasskey::PATH>
                {choices("remove_passkey")}
                <CurrentPasswordField name="remove_password" label="Current password, to remove it"/>
                <button type="submit" class="button">"Remove"</button>
            </form>
        }
        .into_any()
    });
    view! {
        <section class="card" id="passkeys">
            <h2>"Passkeys"</h2>
            <p>"A passkey signs you in with your device's screen lock or a security key, instead of your password."</p>
            <Passkeys>
                <form data-passkey="add" hidden>
                    <TextField
                        name="new_passkey_name"
                        label="Name of the new passkey"
                        hint="To tell your passkeys apart, such as “Work laptop”."
                    />
                    <CurrentPasswordField name="add_password" label="Current password, to add it"/>
                    <button type="submit" class="button primary">"Add a passkey"</button>
                </form>
                <p class="muted" data-passkey-fallback>
                    "Adding a passkey needs JavaScript and a browser that supports passkeys."
                </p>
            </Passkeys>
            <LiveFields>
                <div id="passkey-list" data-refresh="/settings">
                    {listed.unwrap_or_else(|| view! { <p class="muted">"No passkeys yet."</p> }.into_any())}
                </div>
            </LiveFields>
        </section>
    }
}

/// A Unix time as its day in UTC, "30 Nov 2026".
fn day(unix: i64) -> String {
    // Days to a civil date: Howard Hinnant's `civil_from_days`.
    let z = unix.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    format!("{d} {} {y}", MONTHS[(m - 1) as usize])
}

#[cfg(test)]
mod tests {
    use super::day;

    #[test]
    fn days_read_as_a_calendar_does() {
        assert_eq!(day(0), "1 Jan 1970");
        assert_eq!(day(951_782_400), "29 Feb 2000");
        assert_eq!(day(1_795_996_799), "29 Nov 2026");
        assert_eq!(day(1_795_996_800), "30 Nov 2026");
        assert_eq!(day(-1), "31 Dec 1969");
    }
}
