//! The emails, rendered from the template files in `templates/email/`:
//! one folder per email with its subject, its HTML body (on the shared
//! `layout.html`) and its plain-text body. Their words are the catalogue's
//! (`t(key, name=value)` in a template, in the recipient's language; see
//! [`translate`]). minijinja escapes every value in the HTML parts, and
//! refuses a value the template names but the email does not give. The files are compiled into the binary and parsed once;
//! [`check`] renders every email at start-up, so a broken template stops
//! the server before it sends anything.

use std::sync::LazyLock;

use minijinja::{
    AutoEscape, Environment, Error, ErrorKind, State, UndefinedBehavior, context,
    syntax::SyntaxConfig,
    value::{Kwargs, Serde, Value},
};
use serde::Serialize;

use crate::domain::{
    Language,
    i18n::{self, Arg},
};

pub struct EmailContent {
    pub subject: String,
    pub html: String,
    pub text: String,
}

/// Every email the application sends, with what its templates show.
#[derive(Serialize)]
#[serde(rename_all = "snake_case", tag = "email")]
pub enum Email<'a> {
    /// `code` is typed instead of opening the link: on `/unconfirmed`.
    ConfirmAddress {
        username: &'a str,
        link: &'a str,
        code: &'a str,
        valid_hours: i64,
    },
    /// With a code when the account is not confirmed yet (its address was
    /// fixed on `/unconfirmed`, which takes the code); a move from settings
    /// has none.
    ConfirmNewAddress {
        username: &'a str,
        link: &'a str,
        code: Option<&'a str>,
        valid_hours: i64,
    },
    /// `code` is typed on the page "forgot your password" leads to.
    ResetPassword {
        username: &'a str,
        link: &'a str,
        code: &'a str,
        valid_minutes: i64,
    },
    /// An address whose account is not confirmed yet was registered again:
    /// whoever can read this inbox chooses the password.
    FinishRegistration {
        username: &'a str,
        link: &'a str,
        valid_minutes: i64,
    },
    AlreadyRegistered {
        username: &'a str,
        login_link: &'a str,
        forgot_link: &'a str,
    },
    PasswordChanged {
        username: &'a str,
        forgot_link: &'a str,
    },
    EmailChangeRequested {
        username: &'a str,
        new_email: &'a str,
        cancel_link: &'a str,
    },
    SecondFactorOn {
        username: &'a str,
        settings_link: &'a str,
    },
    SecondFactorOff {
        username: &'a str,
        forgot_link: &'a str,
    },
    PasskeyAdded {
        username: &'a str,
        name: &'a str,
        settings_link: &'a str,
    },
    PasskeyRemoved {
        username: &'a str,
        name: &'a str,
        settings_link: &'a str,
    },
    RecoveryCodesReplaced {
        username: &'a str,
        settings_link: &'a str,
    },
    /// `left`: unused recovery codes after this one.
    RecoveryCodeUsed {
        username: &'a str,
        left: i64,
        settings_link: &'a str,
    },
}

impl Email<'_> {
    /// The folder of its templates under `templates/email/`.
    fn name(&self) -> &'static str {
        match self {
            Self::ConfirmAddress { .. } => "confirm_address",
            Self::ConfirmNewAddress { .. } => "confirm_new_address",
            Self::ResetPassword { .. } => "reset_password",
            Self::FinishRegistration { .. } => "finish_registration",
            Self::AlreadyRegistered { .. } => "already_registered",
            Self::PasswordChanged { .. } => "password_changed",
            Self::EmailChangeRequested { .. } => "email_change_requested",
            Self::SecondFactorOn { .. } => "second_factor_on",
            Self::SecondFactorOff { .. } => "second_factor_off",
            Self::PasskeyAdded { .. } => "passkey_added",
            Self::PasskeyRemoved { .. } => "passkey_removed",
            Self::RecoveryCodesReplaced { .. } => "recovery_codes_replaced",
            Self::RecoveryCodeUsed { .. } => "recovery_code_used",
        }
    }

    /// The email in `language`: its subject, HTML and text.
    pub fn render(&self, language: Language) -> Result<EmailContent, Error> {
        let values = context! {
            language => language.code(),
            direction => language.direction().as_str(),
            ..Value::from(Serde(self))
        };
        let part =
            |file: &str| TEMPLATES.get_template(&format!("email/{}/{file}", self.name()))?.render(&values);
        Ok(EmailContent { subject: part("subject.txt")?, html: part("body.html")?, text: part("body.txt")? })
    }
}

macro_rules! templates {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_str!(concat!("../../../templates/", $path)))),*]
    };
}

/// Every template file, by its path under `templates/`.
const FILES: &[(&str, &str)] = templates![
    "email/layout.html",
    "email/macros.html",
    "email/confirm_address/subject.txt",
    "email/confirm_address/body.html",
    "email/confirm_address/body.txt",
    "email/confirm_new_address/subject.txt",
    "email/confirm_new_address/body.html",
    "email/confirm_new_address/body.txt",
    "email/reset_password/subject.txt",
    "email/reset_password/body.html",
    "email/reset_password/body.txt",
    "email/finish_registration/subject.txt",
    "email/finish_registration/body.html",
    "email/finish_registration/body.txt",
    "email/already_registered/subject.txt",
    "email/already_registered/body.html",
    "email/already_registered/body.txt",
    "email/password_changed/subject.txt",
    "email/password_changed/body.html",
    "email/password_changed/body.txt",
    "email/email_change_requested/subject.txt",
    "email/email_change_requested/body.html",
    "email/email_change_requested/body.txt",
    "email/second_factor_on/subject.txt",
    "email/second_factor_on/body.html",
    "email/second_factor_on/body.txt",
    "email/second_factor_off/subject.txt",
    "email/second_factor_off/body.html",
    "email/second_factor_off/body.txt",
    "email/passkey_added/subject.txt",
    "email/passkey_added/body.html",
    "email/passkey_added/body.txt",
    "email/passkey_removed/subject.txt",
    "email/passkey_removed/body.html",
    "email/passkey_removed/body.txt",
    "email/recovery_codes_replaced/subject.txt",
    "email/recovery_codes_replaced/body.html",
    "email/recovery_codes_replaced/body.txt",
    "email/recovery_code_used/subject.txt",
    "email/recovery_code_used/body.html",
    "email/recovery_code_used/body.txt",
];

static TEMPLATES: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut env = Environment::new();
    // A name the email does not give is an error, never an empty string.
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    // Block tags take their own line in the files and none in the email;
    // a text body ends with its last line's newline, as an email should.
    // minijinja's HTML escaping also writes `/` as `&#x2f;`: valid, but a
    // link spelled in entities reads as obfuscated to spam filters and to
    // whoever views the source. Strings are escaped as askama does
    // (& < > " '); everything else is left to minijinja.
    env.set_formatter(|out, state, value| match (state.auto_escape(), value.as_str()) {
        (AutoEscape::Html, Some(text)) if !value.is_safe() => Ok(askama_escape::escape_html(out, text)?),
        _ => minijinja::escape_formatter(out, state, value),
    });
    match SyntaxConfig::builder().trim_blocks(true).lstrip_blocks(true).keep_trailing_newline(true).build() {
        Ok(syntax) => env.set_syntax(syntax),
        Err(error) => tracing::error!(%error, "the email templates' syntax settings are refused"),
    }
    env.add_function("t", translate);
    for (path, source) in FILES {
        // A syntax error here is the program's own, found by `check` (run
        // at start-up and by the tests) before any email is sent.
        if let Err(error) = env.add_template(path, source) {
            tracing::error!(%path, %error, "an email template does not parse");
        }
    }
    env
});

/// A private-use character no message contains, one per argument: where
/// an HTML argument's markup goes once the message around it is escaped.
fn mark(i: usize) -> String {
    char::from_u32(0xE000 + u32::try_from(i).unwrap_or_default()).map(String::from).unwrap_or_default()
}

/// The template function `t(key, name=value, …)`: the message `key` in
/// the email's language. A number argument is a Fluent number (plurals
/// select on it). In an HTML part the message is escaped, and so is each
/// argument, except markup the template made itself (a `{% set %}` block:
/// a link, a word in bold), which is put where the translation places it.
fn translate(state: &State, key: &str, kwargs: Kwargs) -> Result<Value, Error> {
    let language = state
        .lookup("language")
        .and_then(|code| Language::from_code(code.as_str()?))
        .ok_or_else(|| Error::new(ErrorKind::UndefinedError, "the email names no language"))?;
    let html = matches!(state.auto_escape(), AutoEscape::Html);
    let mut args: Vec<(&str, Arg<'static>)> = Vec::new();
    let mut markup = Vec::new();
    for name in kwargs.args() {
        let value: Value = kwargs.get(name)?;
        let arg = if let Some(number) = value.as_i64() {
            Arg::from(number)
        } else if html && value.is_safe() {
            markup.push(value.to_string());
            Arg::from(mark(markup.len() - 1))
        } else {
            Arg::from(value.to_string())
        };
        args.push((name, arg));
    }
    kwargs.assert_all_used()?;
    let text = i18n::text_with(language, key, &args);
    if !html {
        return Ok(Value::from(text));
    }
    let mut escaped = String::with_capacity(text.len());
    askama_escape::escape_html(&mut escaped, &text).map_err(|_| Error::from(ErrorKind::WriteFailure))?;
    for (i, piece) in markup.iter().enumerate() {
        escaped = escaped.replace(&mark(i), piece);
    }
    Ok(Value::from_safe_string(escaped))
}

/// Renders every email once in every language with sample values: a
/// template that does not parse, or names a value its email does not give,
/// is found here.
pub fn check() -> anyhow::Result<()> {
    for email in samples() {
        for &language in crate::domain::language::LANGUAGES {
            email.render(language).map_err(|e| {
                anyhow::anyhow!("the {} email does not render in {language}: {e:#}", email.name())
            })?;
        }
    }
    Ok(())
}

/// One of each email, with fixed values: what the snapshots show.
fn samples() -> [Email<'static>; 13] {
    let (username, link) = ("<b>ada</b>", "https://accounts.example/confirm?token=TOKEN&next=/home");
    [
        Email::ConfirmAddress { username, link, code: "ABCD-1234", valid_hours: 24 },
        Email::ConfirmNewAddress { username, link, code: Some("ABCD-1234"), valid_hours: 24 },
        Email::ResetPassword { username, link, code: "ABCD-1234", valid_minutes: 30 },
        Email::FinishRegistration { username, link, valid_minutes: 30 },
        Email::AlreadyRegistered {
            username,
            login_link: "https://accounts.example/login",
            forgot_link: "https://accounts.example/forgot",
        },
        Email::PasswordChanged { username, forgot_link: "https://accounts.example/forgot" },
        Email::EmailChangeRequested {
            username,
            new_email: "ada+new@example.com",
            cancel_link: "https://accounts.example/confirm?token=TOKEN",
        },
        Email::SecondFactorOn { username, settings_link: "https://accounts.example/settings" },
        Email::SecondFactorOff { username, forgot_link: "https://accounts.example/forgot" },
        Email::PasskeyAdded {
            username,
            name: "<i>Phone</i>",
            settings_link: "https://accounts.example/settings",
        },
        Email::PasskeyRemoved {
            username,
            name: "<i>Phone</i>",
            settings_link: "https://accounts.example/settings",
        },
        Email::RecoveryCodesReplaced { username, settings_link: "https://accounts.example/settings" },
        Email::RecoveryCodeUsed { username, left: 9, settings_link: "https://accounts.example/settings" },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_email_renders() {
        check().unwrap();
    }

    /// A change to an email shows up in review as a change to its snapshot
    /// (`src/infra/email/snapshots/`). The sample username is markup, so
    /// the snapshots also show it escaped in HTML and as typed in text.
    #[test]
    fn snapshots() {
        for email in samples() {
            for &language in crate::domain::language::LANGUAGES {
                let content = email.render(language).unwrap();
                // English keeps the names its snapshots had before there
                // were other languages.
                let name = match language.code() {
                    "en" => email.name().to_owned(),
                    code => format!("{}.{code}", email.name()),
                };
                insta::assert_snapshot!(format!("{name}.subject"), content.subject);
                insta::assert_snapshot!(format!("{name}.html"), content.html);
                insta::assert_snapshot!(format!("{name}.txt"), content.text);
            }
        }
    }

    #[test]
    fn both_parts_carry_the_link_and_user_values_are_escaped_in_html_only() {
        let mail = Email::ConfirmAddress {
            username: "<b>ada</b>",
            link: "https://a.example/c?t=x&y",
            code: "ABCD-1234",
            valid_hours: 24,
        }
        .render(Language::ENGLISH)
        .unwrap();
        assert!(mail.text.contains("https://a.example/c?t=x&y"));
        assert!(mail.text.contains("Hello <b>ada</b>,"));
        assert!(!mail.html.contains("<b>ada"));
        assert!(mail.html.contains("Hello &#60;b&#62;ada&#60;/b&#62;,"), "{}", mail.html);
        assert!(mail.html.contains(r#"href="https://a.example/c?t=x&#38;y""#), "{}", mail.html);
        assert!(mail.text.contains("ABCD-1234") && mail.html.contains("ABCD-1234"));
    }

    #[test]
    fn a_new_address_link_from_settings_has_no_code() {
        let email = |code| Email::ConfirmNewAddress {
            username: "ada",
            link: "https://a.example/c",
            code,
            valid_hours: 24,
        };
        let (with, without) = (
            email(Some("ABCD-1234")).render(Language::ENGLISH).unwrap(),
            email(None).render(Language::ENGLISH).unwrap(),
        );
        assert!(with.text.contains("ABCD-1234") && with.html.contains("ABCD-1234"));
        assert!(!without.text.contains("code") && !without.html.contains("code"), "{}", without.text);
    }

    #[test]
    fn a_missing_value_is_an_error() {
        let env = &*TEMPLATES;
        let rendered =
            env.get_template("email/confirm_address/body.txt").unwrap().render(minijinja::context! {});
        assert!(rendered.is_err());
    }
}
