//! Secrets the server must read back, unlike passwords and tokens, which
//! it only recognises: an authenticator app's key. Sealed with
//! XChaCha20-Poly1305 under a key derived from `SECRET_KEY` (HKDF-SHA256),
//! bound to what they belong to, so a copy of the database alone reveals
//! none, and a sealed value moved to another account does not open.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chacha20poly1305::{
    KeyInit, XChaCha20Poly1305, XNonce,
    aead::{Aead, Payload},
};
use hkdf::Hkdf;
use sha2::Sha256;

/// Marks the format, so a later one can be told apart.
const VERSION: &str = "v1.";
const NONCE_BYTES: usize = 24;

#[derive(Clone)]
pub struct SealingKey(XChaCha20Poly1305);

impl SealingKey {
    /// `purpose` separates keys derived from the one secret for different uses.
    pub fn new(secret_key: &str, purpose: &str) -> Self {
        let mut key = [0u8; 32];
        Hkdf::<Sha256>::new(None, secret_key.as_bytes())
            .expand(purpose.as_bytes(), &mut key)
            .expect("32 bytes is a valid HKDF-SHA256 output length");
        Self(XChaCha20Poly1305::new(&key.into()))
    }

    /// Seals `plain` for `owner` (e.g. `user:42`): `v1.` and the nonce and
    /// ciphertext in URL-safe base64.
    pub fn seal(&self, plain: &[u8], owner: &str) -> anyhow::Result<String> {
        let mut nonce = [0u8; NONCE_BYTES];
        getrandom::fill(&mut nonce).map_err(|e| anyhow::anyhow!("OS random source: {e}"))?;
        let sealed = self
            .0
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plain, aad: owner.as_bytes() })
            .map_err(|_| anyhow::anyhow!("sealing failed"))?;
        Ok(format!("{VERSION}{}", URL_SAFE_NO_PAD.encode([nonce.as_slice(), &sealed].concat())))
    }

    /// Opens what [`Self::seal`] sealed for the same owner under the same
    /// key; anything else is an error (a changed `SECRET_KEY` included).
    pub fn open(&self, sealed: &str, owner: &str) -> anyhow::Result<Vec<u8>> {
        let bytes = sealed
            .strip_prefix(VERSION)
            .and_then(|b64| URL_SAFE_NO_PAD.decode(b64).ok())
            .filter(|bytes| bytes.len() > NONCE_BYTES)
            .ok_or_else(|| anyhow::anyhow!("not a sealed value"))?;
        let (nonce, sealed) = bytes.split_at(NONCE_BYTES);
        self.0.decrypt(XNonce::from_slice(nonce), Payload { msg: sealed, aad: owner.as_bytes() }).map_err(
            |_| anyhow::anyhow!("a sealed value does not open: another key, owner or a changed value"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_only_for_the_same_key_purpose_and_owner() {
        let key = SealingKey::new("a secret key of at least 32 characters", "totp");
        let sealed = key.seal(b"the app's key", "user:1").unwrap();
        assert!(sealed.starts_with("v1."));
        assert!(!sealed.contains("the app"));
        assert_eq!(key.open(&sealed, "user:1").unwrap(), b"the app's key");
        assert!(key.open(&sealed, "user:2").is_err(), "moved to another account");
        let other = SealingKey::new("another secret key of 32 characters!", "totp");
        assert!(other.open(&sealed, "user:1").is_err(), "another SECRET_KEY");
        let purpose = SealingKey::new("a secret key of at least 32 characters", "other");
        assert!(purpose.open(&sealed, "user:1").is_err(), "another purpose");
        assert_ne!(sealed, key.seal(b"the app's key", "user:1").unwrap(), "a new nonce each time");
        let mut tampered = sealed.clone();
        tampered.pop();
        assert!(key.open(&tampered, "user:1").is_err());
        assert!(key.open("v1.", "user:1").is_err() && key.open("plain", "user:1").is_err());
    }
}
