//! Server-side sessions: a random id in an HttpOnly cookie, its keyed hash
//! in the database, idle and absolute expiry, a fresh id at every sign-in.

use http::{HeaderMap, HeaderValue};

use crate::{
    domain::{Language, viewer::Viewer},
    infra::{
        clock, cookies,
        crypto::tokens::PlainToken,
        db::{Db, sessions},
        state::AppState,
    },
};

const HASH_DOMAIN: &str = "session";
/// Writing last_seen_at on every request would make every page view a
/// database write; a minute of slack in the idle timeout is harmless.
const TOUCH_INTERVAL_SECS: i64 = 60;

/// Starts a session and returns the Set-Cookie header for it.
pub async fn start(
    db: impl Db<'_>,
    state: &AppState,
    user_id: i64,
    remember: bool,
    user_agent: &str,
) -> anyhow::Result<HeaderValue> {
    let id = PlainToken::generate()?;
    let now = clock::now();
    let policy = &state.settings.sessions;
    let lifetime = if remember { policy.remembered_lifetime_secs } else { policy.lifetime_secs };
    let session = sessions::Session {
        id_hash: state.token_key.hash(HASH_DOMAIN, &id).as_str().to_owned(),
        user_id,
        remember: i64::from(remember),
        user_agent: user_agent.chars().take(200).collect(),
        created_at: now,
        last_seen_at: now,
        expires_at: now + lifetime,
    };
    sessions::insert(db, &session).await?;
    // Without "remember me" the cookie ends with the browser session.
    cookies::session(state, id.expose(), remember.then_some(lifetime))
}

/// The hash of the session id the request carries, if it is well formed.
pub fn presented_id_hash(state: &AppState, headers: &HeaderMap) -> Option<String> {
    let id = PlainToken::parse(&cookies::read(headers, cookies::session_name(state))?)?;
    Some(state.token_key.hash(HASH_DOMAIN, &id).as_str().to_owned())
}

/// Finds the live session of a request and the account it belongs to.
pub async fn resolve(state: &AppState, headers: &HeaderMap) -> anyhow::Result<Option<Viewer>> {
    let Some(id_hash) = presented_id_hash(state, headers) else {
        return Ok(None);
    };
    let now = clock::now();
    let mut lease = state.db.lease().await?;
    // Dropped on an error, not given back: the connection is closed.
    let found = sessions::find(lease.connection(), &id_hash, now).await?;
    lease.give_back();
    let Some(found) = found else {
        return Ok(None);
    };
    let policy = &state.settings.sessions;
    let idle = if found.session.remembered() { policy.remembered_idle_secs } else { policy.idle_secs };
    if found.session.last_seen_at + idle <= now {
        sessions::delete(state.db.pool(), &id_hash).await?;
        return Ok(None);
    }
    if now - found.session.last_seen_at >= TOUCH_INTERVAL_SECS {
        sessions::touch(state.db.pool(), &id_hash, now).await?;
    }
    Ok(Some(Viewer {
        user_id: found.session.user_id,
        username: found.username,
        email: found.email,
        confirmed: found.email_confirmed_at.is_some(),
        language: found.language.as_deref().and_then(Language::from_code),
        session_id_hash: id_hash,
    }))
}
