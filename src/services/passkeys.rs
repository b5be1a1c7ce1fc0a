//! Passkeys (WebAuthn), the steps their flows share: the relying party
//! built from `BASE_URL`, a ceremony's state kept on the server (a few
//! minutes, used once, the browser holding its id in a cookie), and the
//! key a credential is found by.

use http::{HeaderMap, HeaderValue};
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;
use webauthn_rs::{
    Webauthn, WebauthnBuilder,
    prelude::{Url, WebauthnError},
};

use crate::infra::{
    clock, config::Settings, cookies, crypto::tokens::PlainToken, db::passkeys as rows, state::AppState,
};

/// How long a ceremony waits for the browser's answer.
pub const CEREMONY_SECS: i64 = 300;
const CEREMONY_HASH_DOMAIN: &str = "passkey-ceremony";

/// What a ceremony is for; its state is used only for that.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ceremony {
    Add,
    SignIn,
}

impl Ceremony {
    fn as_str(self) -> &'static str {
        match self {
            Self::Add => "add",
            Self::SignIn => "sign_in",
        }
    }
}

/// The relying party: its id is `BASE_URL`'s host, and the only origin it
/// accepts is `BASE_URL`'s. None, with a warning, where WebAuthn has no
/// place: a host that is an IP address (such as the development default
/// 127.0.0.1; use `http://localhost:3000` to try passkeys).
pub fn relying_party(settings: &Settings) -> Option<Webauthn> {
    let origin = settings.base_url.origin();
    let built = Url::parse(origin).map_err(|_| WebauthnError::Configuration).and_then(|url| {
        // Asked first: the builder would log its own error for an IP address.
        let Some(url::Host::Domain(host)) = url.host() else { return Err(WebauthnError::Configuration) };
        WebauthnBuilder::new(host, &url)?.rp_name("Accounts").build()
    });
    match built {
        Ok(webauthn) => Some(webauthn),
        Err(error) => {
            tracing::warn!(%error, %origin, "passkeys are off: BASE_URL's host is not a domain name");
            None
        }
    }
}

/// How many ceremonies one browser has under way at once: one for each tab
/// open on the sign-in page (each begins one as it loads, for the autofill),
/// and settings'. The cookie lists their ids, newest first.
const CEREMONIES_PER_BROWSER: usize = 4;

/// The ceremonies the request's cookie lists, newest first.
fn ceremony_ids(headers: &HeaderMap) -> Vec<PlainToken> {
    let listed = cookies::read(headers, cookies::PASSKEY_CEREMONY).unwrap_or_default();
    listed.split('.').filter_map(PlainToken::parse).take(CEREMONIES_PER_BROWSER).collect()
}

/// Keeps a ceremony's state, and returns its id (for the page to send back
/// with the browser's answer) and the cookie that lists it beside this
/// browser's other ceremonies: another tab's does not end this one.
pub async fn begin(
    conn: &mut AnyConnection,
    state: &AppState,
    headers: &HeaderMap,
    ceremony: Ceremony,
    user_id: Option<i64>,
    ceremony_state: &str,
) -> anyhow::Result<(String, HeaderValue)> {
    let id = PlainToken::generate()?;
    let now = clock::now();
    let id_hash = state.token_key.hash(CEREMONY_HASH_DOMAIN, &id);
    rows::insert_ceremony(
        conn,
        id_hash.as_str(),
        ceremony.as_str(),
        user_id,
        ceremony_state,
        now,
        now + CEREMONY_SECS,
    )
    .await?;
    let mut listed = vec![id.expose().to_owned()];
    listed.extend(
        ceremony_ids(headers).iter().take(CEREMONIES_PER_BROWSER - 1).map(|id| id.expose().to_owned()),
    );
    Ok((id.expose().to_owned(), cookies::passkey_ceremony(state, &listed.join("."), CEREMONY_SECS)?))
}

/// The state of the live ceremony of this kind that the page names
/// (`chosen`), if this browser's cookie lists it, or else the newest the
/// cookie lists; and the account it was begun for. Deleted as it is read,
/// so it serves one answer only.
pub async fn take(
    conn: &mut AnyConnection,
    state: &AppState,
    headers: &HeaderMap,
    ceremony: Ceremony,
    chosen: Option<&str>,
) -> anyhow::Result<Option<(Option<i64>, String)>> {
    let listed = ceremony_ids(headers);
    let id = match chosen {
        Some(chosen) => listed.into_iter().find(|id| id.expose() == chosen.trim()),
        None => listed.into_iter().next(),
    };
    let Some(id) = id else {
        return Ok(None);
    };
    let id_hash = state.token_key.hash(CEREMONY_HASH_DOMAIN, &id);
    Ok(rows::take_ceremony(conn, id_hash.as_str(), ceremony.as_str(), clock::now()).await?)
}

/// What a credential is found by: the hash of its id, short and of one
/// length whatever the authenticator's id is (up to 1,023 bytes).
pub fn credential_key(credential_id: &[u8]) -> String {
    hex::encode(Sha256::digest(credential_id))
}
