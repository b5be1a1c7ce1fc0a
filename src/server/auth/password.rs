//! argon2id hashing, off the async runtime and bounded: each hash takes
//! 19 MiB and ~15 ms of one core, so at most one per core runs at a time and
//! the rest wait their turn without holding memory.

use std::sync::Arc;

use anyhow::Context;
use argon2::{
    Algorithm, Argon2, Params, PasswordHash, PasswordHasher as _, PasswordVerifier, Version,
    password_hash::{SaltString, rand_core::OsRng},
};
use tokio::sync::Semaphore;
use unicode_normalization::UnicodeNormalization;

use crate::server::config::Secret;

/// OWASP's argon2id recommendation: m = 19 MiB, t = 2, p = 1.
const MEMORY_KIB: u32 = 19 * 1024;
const ITERATIONS: u32 = 2;
const PARALLELISM: u32 = 1;

#[derive(Clone)]
pub struct PasswordHasher {
    argon2: Argon2<'static>,
    in_flight: Arc<Semaphore>,
    /// Verified against when the account does not exist, so that an unknown
    /// name costs the same time as a wrong password.
    dummy_hash: Arc<str>,
}

impl PasswordHasher {
    /// `max_in_flight`: hashes computed at once (one per core is fastest).
    pub fn new(max_in_flight: usize) -> anyhow::Result<Self> {
        let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None)
            .map_err(|e| anyhow::anyhow!("argon2 parameters: {e}"))?;
        let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let dummy_hash = hash_with(&argon2, "a password nobody has")?.into();
        Ok(Self { argon2, in_flight: Arc::new(Semaphore::new(max_in_flight.max(1))), dummy_hash })
    }

    /// Hashes a new password (NFKC-normalised first, so the same password
    /// typed on another keyboard or OS still matches).
    pub async fn hash(&self, password: &Secret<String>) -> anyhow::Result<String> {
        let password = normalize(password);
        let argon2 = self.argon2.clone();
        self.run(move || hash_with(&argon2, &password)).await?
    }

    /// Checks a password against a stored hash, or against the dummy hash
    /// when there is no account, always spending one argon2 verification.
    pub async fn verify(&self, password: &Secret<String>, stored: Option<&str>) -> anyhow::Result<bool> {
        let exists = stored.is_some();
        let stored = stored.map_or_else(|| self.dummy_hash.to_string(), str::to_owned);
        let password = normalize(password);
        let argon2 = self.argon2.clone();
        let matches = self
            .run(move || {
                let hash = PasswordHash::new(&stored).map_err(|e| anyhow::anyhow!("stored hash: {e}"))?;
                Ok::<_, anyhow::Error>(argon2.verify_password(password.as_bytes(), &hash).is_ok())
            })
            .await??;
        Ok(exists && matches)
    }

    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> anyhow::Result<T> {
        let _permit = self.in_flight.acquire().await.context("password hasher closed")?;
        tokio::task::spawn_blocking(work).await.context("password hashing task failed")
    }
}

fn normalize(password: &Secret<String>) -> String {
    password.expose().nfkc().collect()
}

fn hash_with(argon2: &Argon2<'_>, password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    argon2
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| anyhow::anyhow!("argon2: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(s: &str) -> Secret<String> {
        Secret::new(s.to_owned())
    }

    #[tokio::test]
    async fn verifies_the_password_it_hashed_and_nothing_else() {
        let hasher = PasswordHasher::new(1).unwrap();
        let hash = hasher.hash(&secret("correct horse battery")).await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert!(hasher.verify(&secret("correct horse battery"), Some(&hash)).await.unwrap());
        assert!(!hasher.verify(&secret("correct horse batterY"), Some(&hash)).await.unwrap());
        assert!(!hasher.verify(&secret("correct horse battery"), None).await.unwrap());
    }

    #[tokio::test]
    async fn compares_passwords_after_nfkc_normalisation() {
        let hasher = PasswordHasher::new(1).unwrap();
        // "ﬁ" (one ligature code point) and "fi" are the same password.
        let hash = hasher.hash(&secret("ﬁsh and chips please")).await.unwrap();
        assert!(hasher.verify(&secret("fish and chips please"), Some(&hash)).await.unwrap());
    }
}
