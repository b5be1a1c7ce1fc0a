use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::form::{
    CodeField, CurrentPasswordField, EmailField, LanguageOptions, NewPasswordFields, NoticeBanner,
    OutcomeCard, PostForm, TextField, use_feedback, use_outcome,
};
use crate::{
    actions::{
        language::ChooseLanguage,
        passkeys::{PasskeySummary, RemovePasskey, RenamePasskey},
        settings::{ChangeEmail, ChangePassword, EndOtherSessions, SessionSummary},
        two_step::{DisableTwoStep, NewRecoveryCodes, StartTwoStep},
    },
    web::{
        forms::action_of,
        i18n::{t, t_with},
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
        <Title text=t("settings-title")/>
        <h1>{t("settings-title")}</h1>
        <NoticeBanner notice=feedback.notice.clone()/>
        <section class="card">
            <h2>{t("settings-password-title")}</h2>
            <PostForm action=ChangePassword::PATH>
                <CurrentPasswordField name="current_password"/>
                <NewPasswordFields
                    name="new_password"
                    confirm_name="new_password_confirm"
                    label=t("settings-new-password")
                    confirm_label=t("settings-confirm-new-password")
                    hint=t("settings-new-password-hint")
                    related=Some(related)
                />
                <button type="submit" class="button primary">{t("settings-change-password")}</button>
            </PostForm>
        </section>
        <section class="card">
            <h2>{t("settings-email-title")}</h2>
            <p>{t_with("settings-email-current", &[("email", view.email.as_str().into())])}</p>
            <PostForm action=ChangeEmail::PATH>
                <EmailField name="new_email" label=t("settings-new-email")/>
                <CurrentPasswordField name="email_password" hint=t("settings-email-password-hint")/>
                <button type="submit" class="button primary">{t("settings-change-email")}</button>
            </PostForm>
        </section>
        <TwoStepSection recovery_codes_left=view.recovery_codes_left/>
        {view.passkeys.map(|passkeys| view! { <PasskeysSection passkeys/> })}
        <section class="card">
            <h2>{t("settings-sessions-title")}</h2>
            <ul class="sessions">
                {view
                    .sessions
                    .into_iter()
                    .map(|s| {
                        let label = if s.current {
                            t_with("settings-session-this-browser", &[("browser", s.user_agent.into())])
                        } else {
                            s.user_agent
                        };
                        view! { <li>{label}</li> }
                    })
                    .collect_view()}
            </ul>
            {if others == 0 {
                view! { <p class="muted">{t("settings-only-browser")}</p> }.into_any()
            } else {
                view! {
                    <form method="post" action=action_of(EndOtherSessions::PATH)>
                        <button type="submit" class="button">
                            {t_with("settings-sign-out-others", &[("count", others.into())])}
                        </button>
                    </form>
                }
                .into_any()
            }}
        </section>
        <LanguageSection/>
    }
    .into_any()
}

/// The account's language: the same plain form as the footer's, which
/// saves the choice to the account (its emails follow it) and comes back
/// here. Each language is named in itself, as a reader looks for their own.
#[component]
fn LanguageSection() -> impl IntoView {
    view! {
        <section class="card">
            <h2>{t("settings-language-title")}</h2>
            <p>{t("settings-language-intro")}</p>
            <form method="post" action=action_of(ChooseLanguage::PATH)>
                <input type="hidden" name="back" value="/settings"/>
                <div class="field">
                    <label for="settings-language">{t("settings-language-label")}</label>
                    <select id="settings-language" name="language">
                        <LanguageOptions/>
                    </select>
                </div>
                <button type="submit" class="button primary">{t("settings-language-save")}</button>
            </form>
        </section>
    }
}

/// Two-step sign-in: set it up, or, once on, new recovery codes and
/// turning it off.
#[component]
fn TwoStepSection(recovery_codes_left: Option<i64>) -> impl IntoView {
    let Some(left) = recovery_codes_left else {
        return view! {
            <section class="card">
                <h2>{t("two-step-title")}</h2>
                <p>{t("two-step-off-intro")}</p>
                <PostForm action=StartTwoStep::PATH>
                    <button type="submit" class="button primary">{t("two-step-set-up")}</button>
                </PostForm>
            </section>
        }
        .into_any();
    };
    view! {
        <section class="card">
            <h2>{t("two-step-title")}</h2>
            <p>{t_with("two-step-on-intro", &[("count", left.into())])}</p>
            <PostForm action=NewRecoveryCodes::PATH>
                <CurrentPasswordField name="recovery_password" label=t("two-step-recovery-password")/>
                <CodeField
                    name="recovery_code"
                    label=t("two-step-recovery-code")
                    hint=t("two-step-recovery-hint")
                />
                <button type="submit" class="button">{t("two-step-make-new-codes")}</button>
            </PostForm>
        </section>
        <section class="card">
            <h2>{t("two-step-turn-off-title")}</h2>
            <PostForm action=DisableTwoStep::PATH>
                <CurrentPasswordField name="disable_password" label=t("two-step-disable-password")/>
                <CodeField name="disable_code" label=t("two-step-code-from-app") hint=t("two-step-disable-hint")/>
                <button type="submit" class="button">{t("two-step-turn-off")}</button>
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
                <label for=id>{t("passkey-choice-label")}</label>
                <select id=id name="passkey">{options}</select>
            </div>
        }
    };
    let listed = (!passkeys.is_empty()).then(|| {
        let items = passkeys
            .iter()
            .map(|p| {
                let used = p.last_used_at.map_or_else(
                    || t("passkey-never-used"),
                    |at| t_with("passkey-last-used", &[("date", day(at).into())]),
                );
                let listed =
                    t_with("passkey-listed", &[("added", day(p.created_at).into()), ("used", used.into())]);
                view! {
                    <li>
                        <strong>{p.name.clone()}</strong>
                        <span class="muted">{listed}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>{t("passkey-list-title")}</h3>
            <ul class="passkeys">{items}</ul>
            <h3>{t("passkey-rename-title")}</h3>
            <form method="post" action=action_of(RenamePasskey::PATH) data-api=RenamePasskey::PATH>
                {choices("rename_passkey")}
                <TextField
                    name="name"
                    label=t("passkey-new-name")
                    value=feedback.value("name")
                    error=feedback.error_for("name")
                />
                <button type="submit" class="button">{t("passkey-rename")}</button>
            </form>
            <h3>{t("passkey-remove-title")}</h3>
            <form method="post" action=action_of(RemovePasskey::PATH) data-api=RemovePasskey::PATH>
                {choices("remove_passkey")}
                <CurrentPasswordField name="remove_password" label=t("passkey-remove-password")/>
                <button type="submit" class="button">{t("passkey-remove")}</button>
            </form>
        }
        .into_any()
    });
    view! {
        <section class="card" id="passkeys">
            <h2>{t("passkey-title")}</h2>
            <p>{t("passkey-intro")}</p>
            <Passkeys>
                <form data-passkey="add" hidden>
                    <TextField name="new_passkey_name" label=t("passkey-new-name-label") hint=t("passkey-new-name-hint")/>
                    <CurrentPasswordField name="add_password" label=t("passkey-add-password")/>
                    <button type="submit" class="button primary">{t("passkey-add")}</button>
                </form>
                <p class="muted" data-passkey-fallback>{t("passkey-needs-javascript")}</p>
            </Passkeys>
            <LiveFields>
                <div id="passkey-list" data-refresh="/settings">
                    {listed.unwrap_or_else(|| view! { <p class="muted">{t("passkey-none-yet")}</p> }.into_any())}
                </div>
            </LiveFields>
        </section>
    }
}

/// A Unix time as its day in UTC, in the page's language: "30 Nov 2026".
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
    const MONTHS: [&str; 12] = [
        "settings-month-jan",
        "settings-month-feb",
        "settings-month-mar",
        "settings-month-apr",
        "settings-month-may",
        "settings-month-jun",
        "settings-month-jul",
        "settings-month-aug",
        "settings-month-sep",
        "settings-month-oct",
        "settings-month-nov",
        "settings-month-dec",
    ];
    let month = t(MONTHS[(m - 1) as usize]);
    t_with("settings-date", &[("day", d.into()), ("month", month.into()), ("year", y.into())])
}

#[cfg(test)]
mod tests {
    use super::day;
    use crate::domain::{Language, i18n::text_with};

    #[test]
    fn days_read_as_a_calendar_does() {
        assert_eq!(day(0), "1 Jan 1970");
        assert_eq!(day(951_782_400), "29 Feb 2000");
        assert_eq!(day(1_795_996_799), "29 Nov 2026");
        assert_eq!(day(1_795_996_800), "30 Nov 2026");
        assert_eq!(day(-1), "31 Dec 1969");
    }

    #[test]
    fn the_recovery_codes_left_are_counted_in_words() {
        let left = |count: i64| text_with(Language::ENGLISH, "two-step-on-intro", &[("count", count.into())]);
        let on = "On: signing in asks for a code from your authenticator app. ";
        assert_eq!(left(1), format!("{on}1 recovery code is left."));
        assert_eq!(left(10), format!("{on}10 recovery codes are left."));
        assert_eq!(left(0), format!("{on}0 recovery codes are left."));
    }
}
