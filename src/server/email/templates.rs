//! One function per email: subject, HTML and plain text, all with links
//! built from the configured base URL. Values from users are escaped.

use std::fmt::Write as _;

pub struct EmailContent {
    pub subject: String,
    pub html: String,
    pub text: String,
}

pub fn confirm_address(username: &str, link: &str, valid_hours: i64) -> EmailContent {
    let username = escape(username);
    EmailContent {
        subject: "Confirm your email address".into(),
        html: layout(&format!(
            "<p>Hello {username},</p>\
             <p>Please confirm that this is your email address.</p>\
             {button}\
             <p>The link works for {valid_hours} hours. If you did not create an account, \
             ignore this email and nothing will happen.</p>",
            button = button(link, "Confirm my address"),
        )),
        text: format!(
            "Hello {username},\n\nPlease confirm that this is your email address:\n\n{link}\n\n\
             The link works for {valid_hours} hours. If you did not create an account, ignore \
             this email and nothing will happen.\n"
        ),
    }
}

pub fn already_registered(username: &str, login_link: &str, forgot_link: &str) -> EmailContent {
    let username = escape(username);
    EmailContent {
        subject: "Someone tried to register with your address".into(),
        html: layout(&format!(
            "<p>Hello {username},</p>\
             <p>Someone, perhaps you, tried to create a new account with this email address. \
             You already have an account, so no second one was made.</p>\
             {button}\
             <p>Forgot your password? <a href=\"{forgot}\">Choose a new one</a>.</p>\
             <p>If it was not you, you can ignore this email: your account is unchanged.</p>",
            button = button(login_link, "Sign in"),
            forgot = escape(forgot_link),
        )),
        text: format!(
            "Hello {username},\n\nSomeone, perhaps you, tried to create a new account with this \
             email address. You already have an account, so no second one was made.\n\n\
             Sign in: {login_link}\nForgot your password? {forgot_link}\n\n\
             If it was not you, you can ignore this email: your account is unchanged.\n"
        ),
    }
}

pub fn reset_password(username: &str, link: &str, valid_minutes: i64) -> EmailContent {
    let username = escape(username);
    EmailContent {
        subject: "Choose a new password".into(),
        html: layout(&format!(
            "<p>Hello {username},</p>\
             <p>Someone asked to reset the password of your account. If it was you, choose a new one:</p>\
             {button}\
             <p>The link works for {valid_minutes} minutes, once. If you did not ask, ignore this email: \
             your password stays as it is.</p>",
            button = button(link, "Choose a new password"),
        )),
        text: format!(
            "Hello {username},\n\nSomeone asked to reset the password of your account. If it was you, \
             choose a new one:\n\n{link}\n\nThe link works for {valid_minutes} minutes, once. If you did \
             not ask, ignore this email: your password stays as it is.\n"
        ),
    }
}

/// Sent when an address whose account is not confirmed yet is registered
/// again: whoever can read this inbox chooses the password.
pub fn finish_registration(username: &str, link: &str, valid_minutes: i64) -> EmailContent {
    let username = escape(username);
    EmailContent {
        subject: "Finish creating your account".into(),
        html: layout(&format!(
            "<p>Hello {username},</p>\
             <p>This address was used to create an account more than once before it was confirmed, \
             so no password was kept. Choose yours to confirm the address and finish:</p>\
             {button}\
             <p>The link works for {valid_minutes} minutes, once. If you did not create an account, \
             ignore this email.</p>",
            button = button(link, "Choose my password"),
        )),
        text: format!(
            "Hello {username},\n\nThis address was used to create an account more than once before it \
             was confirmed, so no password was kept. Choose yours to confirm the address and finish:\n\n\
             {link}\n\nThe link works for {valid_minutes} minutes, once. If you did not create an \
             account, ignore this email.\n"
        ),
    }
}

pub fn password_changed(username: &str, forgot_link: &str) -> EmailContent {
    let username = escape(username);
    EmailContent {
        subject: "Your password was changed".into(),
        html: layout(&format!(
            "<p>Hello {username},</p>\
             <p>The password of your account was just changed, and every browser that was signed in \
             has been signed out.</p>\
             <p>If this was not you, <a href=\"{forgot}\">reset your password now</a>.</p>",
            forgot = escape(forgot_link),
        )),
        text: format!(
            "Hello {username},\n\nThe password of your account was just changed, and every browser that \
             was signed in has been signed out.\n\nIf this was not you, reset your password now: {forgot_link}\n"
        ),
    }
}

pub fn email_change_requested(username: &str, new_email: &str, cancel_link: &str) -> EmailContent {
    let username_html = escape(username);
    let new_email_html = escape(new_email);
    let cancel_link_html = escape(cancel_link);
    EmailContent {
        subject: "Your email address is about to change".into(),
        html: layout(&format!(
            "<p>Hello {username_html},</p>\
             <p>Someone signed in to your account asked to use <strong>{new_email_html}</strong> instead \
             of this address. The change happens only when the link sent there is opened.</p>\
             <p>If this was not you, keep this address: <a href=\"{cancel_link_html}\">cancel the change</a>, \
             then change your password.</p>"
        )),
        text: format!(
            "Hello {username},\n\nSomeone signed in to your account asked to use {new_email} instead of \
             this address. The change happens only when the link sent there is opened.\n\nIf this was not \
             you, keep this address by cancelling the change: {cancel_link}\nThen change your password.\n"
        ),
    }
}

pub fn confirm_new_address(username: &str, link: &str, valid_hours: i64) -> EmailContent {
    let username = escape(username);
    EmailContent {
        subject: "Confirm your new email address".into(),
        html: layout(&format!(
            "<p>Hello {username},</p>\
             <p>Confirm that your account should use this address from now on.</p>\
             {button}\
             <p>The link works for {valid_hours} hours. If you did not ask for this, ignore this email.</p>",
            button = button(link, "Use this address"),
        )),
        text: format!(
            "Hello {username},\n\nConfirm that your account should use this address from now on:\n\n{link}\n\n\
             The link works for {valid_hours} hours. If you did not ask for this, ignore this email.\n"
        ),
    }
}

fn button(link: &str, label: &str) -> String {
    format!(
        "<p><a href=\"{href}\" style=\"display:inline-block;padding:10px 18px;background:#3b5bdb;\
         color:#ffffff;border-radius:8px;text-decoration:none;font-weight:600\">{label}</a></p>\
         <p style=\"color:#5b6474;font-size:13px\">Or paste this link into your browser:<br>{href}</p>",
        href = escape(link),
        label = escape(label),
    )
}

fn layout(body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\"></head>\
         <body style=\"margin:0;padding:24px;background:#f6f7f9;font-family:system-ui,sans-serif;\
         color:#1d2330;line-height:1.5\"><div style=\"max-width:520px;margin:0 auto;background:#ffffff;\
         border:1px solid #d5d9e0;border-radius:10px;padding:24px\">\
         <p style=\"font-weight:700;font-size:18px;margin-top:0\">Accounts</p>{body}</div></body></html>"
    )
}

/// Escapes text for HTML element content and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => {
                let _ = out.write_char(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_parts_carry_the_link_and_user_values_are_escaped() {
        let mail = confirm_address("<b>ada</b>", "https://a.example/confirm?token=x&y", 24);
        assert!(mail.text.contains("https://a.example/confirm?token=x&y"));
        assert!(mail.html.contains("https://a.example/confirm?token=x&amp;y"));
        assert!(mail.html.contains("&lt;b&gt;ada&lt;/b&gt;"));
        assert!(!mail.html.contains("<b>ada"));
    }
}
