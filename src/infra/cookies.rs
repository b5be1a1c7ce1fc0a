//! Every cookie the application sets or reads, built and parsed with the
//! `cookie` crate in this one module: the session, a reset link's token
//! once it has left the URL, and the address a reset was asked for (so the
//! page that takes the emailed code need not ask for it again), and a
//! sign-in waiting for its second factor, a passkey ceremony, and the
//! language a visitor chose. All are HttpOnly (no script reads them),
//! SameSite=Lax (no other site's form sends them), Path=/, and Secure
//! whenever the site is served over https.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use cookie::{Cookie, CookieBuilder, SameSite, time::Duration};
use http::{HeaderMap, HeaderValue, header};

use crate::{domain::Language, infra::state::AppState};

/// The cookie that holds a reset link's token.
pub const RESET_TOKEN: &str = "reset_token";

/// The cookie that holds the address "forgot your password" was asked for.
pub const RESET_EMAIL: &str = "reset_email";

/// The cookie that holds a sign-in waiting for its second factor.
pub const SIGN_IN_CHALLENGE: &str = "sign_in_challenge";

/// The cookie that holds the id of a passkey ceremony under way.
pub const PASSKEY_CEREMONY: &str = "passkey_ceremony";

/// The cookie that holds the language a visitor chose in the footer.
pub const LANGUAGE: &str = "language";

/// A year: a chosen language outlives sessions, sign-outs and resets.
const LANGUAGE_SECS: i64 = 365 * 24 * 60 * 60;

/// The session cookie's name. Over https it is `__Host-session`: browsers
/// refuse a `__Host-` cookie unless it is Secure, has Path=/ and no Domain,
/// so no subdomain or plain-http page can plant one.
pub fn session_name(state: &AppState) -> &'static str {
    if state.settings.base_url.is_https() { "__Host-session" } else { "session" }
}

/// The value of the first cookie called `name` in a request's headers.
/// Browsers may send several Cookie headers (HTTP/2) and list many cookies
/// in each; a pair that does not parse is skipped.
pub fn read(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == name)
        .map(|cookie| cookie.value().to_owned())
}

/// A new session's cookie: with "remember me" it lasts `remember_secs`,
/// without it ends with the browser session (no Max-Age).
pub fn session(state: &AppState, id: &str, remember_secs: Option<i64>) -> anyhow::Result<HeaderValue> {
    let mut cookie = ours(state, session_name(state), id.to_owned());
    if let Some(secs) = remember_secs {
        cookie = cookie.max_age(Duration::seconds(secs));
    }
    header(cookie.build())
}

/// Tells the browser to drop its session cookie.
pub fn session_removal(state: &AppState) -> anyhow::Result<HeaderValue> {
    removal(ours(state, session_name(state), String::new()))
}

/// Holds a reset link's token for `secs`, instead of the URL (which
/// history and Referer headers would keep).
pub fn reset_token(state: &AppState, token: &str, secs: i64) -> anyhow::Result<HeaderValue> {
    header(ours(state, RESET_TOKEN, token.to_owned()).max_age(Duration::seconds(secs)).build())
}

pub fn reset_token_removal(state: &AppState) -> anyhow::Result<HeaderValue> {
    removal(ours(state, RESET_TOKEN, String::new()))
}

/// Remembers the address a reset was asked for, for `secs` (as long as its
/// link works). Base64, as an address may hold characters a cookie cannot.
pub fn reset_email(state: &AppState, email: &str, secs: i64) -> anyhow::Result<HeaderValue> {
    let value = URL_SAFE_NO_PAD.encode(email);
    header(ours(state, RESET_EMAIL, value).max_age(Duration::seconds(secs)).build())
}

/// The address [`reset_email`] remembered, if the request holds one.
pub fn read_reset_email(headers: &HeaderMap) -> Option<String> {
    String::from_utf8(URL_SAFE_NO_PAD.decode(read(headers, RESET_EMAIL)?).ok()?).ok()
}

pub fn reset_email_removal(state: &AppState) -> anyhow::Result<HeaderValue> {
    removal(ours(state, RESET_EMAIL, String::new()))
}

/// Holds the id of a sign-in whose password was right, for `secs`, until
/// its second factor is typed.
pub fn sign_in_challenge(state: &AppState, id: &str, secs: i64) -> anyhow::Result<HeaderValue> {
    header(ours(state, SIGN_IN_CHALLENGE, id.to_owned()).max_age(Duration::seconds(secs)).build())
}

pub fn sign_in_challenge_removal(state: &AppState) -> anyhow::Result<HeaderValue> {
    removal(ours(state, SIGN_IN_CHALLENGE, String::new()))
}

/// Holds the id of a passkey ceremony (adding one, or signing in with one)
/// for `secs`, until the browser's answer comes.
pub fn passkey_ceremony(state: &AppState, id: &str, secs: i64) -> anyhow::Result<HeaderValue> {
    header(ours(state, PASSKEY_CEREMONY, id.to_owned()).max_age(Duration::seconds(secs)).build())
}

/// Remembers the language a visitor chose, for a year.
pub fn language(state: &AppState, language: Language) -> anyhow::Result<HeaderValue> {
    let cookie = ours(state, LANGUAGE, language.code().to_owned()).max_age(Duration::seconds(LANGUAGE_SECS));
    header(cookie.build())
}

/// The language a visitor chose, if the request holds one we speak.
pub fn read_language(headers: &HeaderMap) -> Option<Language> {
    Language::from_code(&read(headers, LANGUAGE)?)
}

/// The attributes every cookie of this site has.
fn ours(state: &AppState, name: &'static str, value: String) -> CookieBuilder<'static> {
    Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(state.settings.base_url.is_https())
}

fn removal(cookie: CookieBuilder<'static>) -> anyhow::Result<HeaderValue> {
    let mut cookie = cookie.build();
    cookie.make_removal();
    header(cookie)
}

fn header(cookie: Cookie<'_>) -> anyhow::Result<HeaderValue> {
    Ok(HeaderValue::from_str(&cookie.to_string())?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_cookie_among_others_and_across_headers() {
        let mut headers = HeaderMap::new();
        headers.append(header::COOKIE, HeaderValue::from_static("a=1; broken; session=abc"));
        headers.append(header::COOKIE, HeaderValue::from_static("reset_token=xyz"));
        assert_eq!(read(&headers, "session").as_deref(), Some("abc"));
        assert_eq!(read(&headers, "reset_token").as_deref(), Some("xyz"));
        assert_eq!(read(&headers, "sess"), None);
        assert_eq!(read(&HeaderMap::new(), "session"), None);
    }
}
