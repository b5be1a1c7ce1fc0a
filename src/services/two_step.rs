//! The second factor, the steps its flows share: sealing the authenticator
//! app's key, checking a code from the app or a recovery code, making a new
//! set of recovery codes, and the waiting sign-in between the password and
//! the code.

use http::{HeaderMap, HeaderValue};
use sqlx::AnyConnection;

use crate::infra::{
    clock, cookies,
    crypto::{
        sealed::SealingKey,
        tokens::{PlainToken, RecoveryCode},
        totp::{TotpCode, TotpSecret},
    },
    db::{two_step as rows, users::User},
    email::{outbox::enqueue, templates::Email},
    state::AppState,
};

/// How long a sign-in whose password was right waits for its code.
pub const CHALLENGE_SECS: i64 = 300;
/// How many recovery codes a set has.
pub const RECOVERY_CODES: usize = 10;
/// What the authenticator app shows above the account's codes.
pub const ISSUER: &str = "Accounts";
/// Keeps the key sealing the app's keys apart from every other use of
/// `SECRET_KEY`.
pub const SEALING_PURPOSE: &str = "accounts: authenticator app keys, v1";

const CHALLENGE_HASH_DOMAIN: &str = "sign-in-challenge";
const RECOVERY_HASH_DOMAIN: &str = "recovery-code";

pub fn sealing_key(secret_key: &str) -> SealingKey {
    SealingKey::new(secret_key, SEALING_PURPOSE)
}

/// Seals an app's key for its account: opened for another, it fails.
pub fn seal(state: &AppState, user_id: i64, secret: &TotpSecret) -> anyhow::Result<String> {
    state.totp_key.seal(secret.as_bytes(), &owner(user_id))
}

/// The app's key, or None (logged) when it does not open: sealed under
/// another `SECRET_KEY`, most likely. No code can then pass; the page says
/// so plainly, and `accounts reset-2fa` turns the second factor off.
pub fn open(state: &AppState, user_id: i64, sealed: &str) -> Option<TotpSecret> {
    match state.totp_key.open(sealed, &owner(user_id)) {
        Ok(bytes) => Some(TotpSecret::from_bytes(bytes)),
        Err(error) => {
            tracing::error!(
                user_id,
                "{error:#}: was SECRET_KEY changed? `accounts reset-2fa` turns two-step sign-in off"
            );
            None
        }
    }
}

fn owner(user_id: i64) -> String {
    super::limits::account_key(user_id)
}

/// What passed the second step.
#[derive(Debug, PartialEq, Eq)]
pub enum Passed {
    App,
    /// A recovery code, now used; this many are left.
    Recovery {
        left: i64,
    },
}

/// Checks what was typed against the account's second factor: a code from
/// the app (once only, within a step of clock drift), or an unused recovery
/// code (whose use mails the owner a notice, in the caller's transaction).
/// `None` for anything else.
pub async fn check(
    state: &AppState,
    conn: &mut AnyConnection,
    user: &User,
    typed: &str,
) -> anyhow::Result<Option<Passed>> {
    let Some(sealed) = &user.totp_secret else {
        return Ok(None);
    };
    if let Some(code) = TotpCode::parse(typed) {
        let Some(secret) = open(state, user.id, sealed) else {
            return Ok(None);
        };
        for step in secret.matching_steps(&code, clock::now()) {
            if rows::take_step(&mut *conn, user.id, step).await? {
                return Ok(Some(Passed::App));
            }
        }
        return Ok(None);
    }
    let Some(code) = RecoveryCode::parse(typed) else {
        return Ok(None);
    };
    if !rows::use_recovery_code(&mut *conn, user.id, &recovery_hash(state, user.id, &code), clock::now())
        .await?
    {
        return Ok(None);
    }
    let left = rows::unused_recovery_codes(&mut *conn, user.id).await?;
    let settings_link = state.settings.base_url.join("/settings");
    let notice = Email::RecoveryCodeUsed { username: &user.username, left, settings_link: &settings_link };
    enqueue(conn, user.id, &user.email, &notice).await?;
    Ok(Some(Passed::Recovery { left }))
}

/// A new set of recovery codes, as the owner writes them down; the old set
/// dies. Only their keyed hashes are stored.
pub async fn new_recovery_codes(
    state: &AppState,
    conn: &mut AnyConnection,
    user_id: i64,
) -> anyhow::Result<Vec<String>> {
    rows::delete_recovery_codes(&mut *conn, user_id).await?;
    let now = clock::now();
    let mut shown = Vec::with_capacity(RECOVERY_CODES);
    for _ in 0..RECOVERY_CODES {
        let code = RecoveryCode::generate()?;
        rows::insert_recovery_code(&mut *conn, user_id, &recovery_hash(state, user_id, &code), now).await?;
        shown.push(code.display());
    }
    Ok(shown)
}

/// Keyed, and tied to the account: a code means nothing on another.
fn recovery_hash(state: &AppState, user_id: i64, code: &RecoveryCode) -> String {
    state
        .token_key
        .hash_text(RECOVERY_HASH_DOMAIN, &format!("{user_id}:{}", code.expose()))
        .as_str()
        .to_owned()
}

/// Writes down a sign-in whose password was right and returns the cookie
/// that holds its id until the code is typed.
pub async fn start_challenge(
    conn: &mut AnyConnection,
    state: &AppState,
    challenge: &rows::Challenge,
) -> anyhow::Result<HeaderValue> {
    let id = PlainToken::generate()?;
    let now = clock::now();
    let id_hash = state.token_key.hash(CHALLENGE_HASH_DOMAIN, &id);
    rows::insert_challenge(conn, id_hash.as_str(), challenge, now, now + CHALLENGE_SECS).await?;
    cookies::sign_in_challenge(state, id.expose(), CHALLENGE_SECS)
}

/// The hash of the waiting sign-in's id the request carries, if any.
pub fn presented_challenge(state: &AppState, headers: &HeaderMap) -> Option<String> {
    let id = PlainToken::parse(&cookies::read(headers, cookies::SIGN_IN_CHALLENGE)?)?;
    Some(state.token_key.hash(CHALLENGE_HASH_DOMAIN, &id).as_str().to_owned())
}

/// Turns the second factor off (settings, or the admin command line): the
/// key, the recovery codes and every waiting sign-in go.
pub async fn remove(conn: &mut AnyConnection, user_id: i64) -> anyhow::Result<bool> {
    let removed = rows::disable(&mut *conn, user_id).await?;
    rows::delete_recovery_codes(&mut *conn, user_id).await?;
    rows::delete_challenges_for_user(&mut *conn, user_id).await?;
    Ok(removed)
}
