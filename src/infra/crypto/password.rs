//! argon2id hashing on a fixed set of worker threads, one per core by
//! default. Each worker owns one 19 MiB block buffer and reuses it for every
//! hash: memory stays at workers x 19 MiB however many sign-ins arrive at
//! once (they wait their turn in a queue), and the allocator never sees the
//! 19 MiB blocks that, allocated and freed per hash, made glibc keep
//! hundreds of MiB under a flood (BENCHMARKS.md).

use std::{
    fmt,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
        mpsc,
    },
};

use anyhow::Context;
use argon2::{
    Algorithm, Argon2, Block, Params, PasswordHash, Version,
    password_hash::{Output, SaltString, rand_core::OsRng},
};
use unicode_normalization::UnicodeNormalization;

use secrecy::{ExposeSecret, SecretString};

/// OWASP's argon2id recommendation: m = 19 MiB, t = 2, p = 1.
const MEMORY_KIB: u32 = 19 * 1024;
const ITERATIONS: u32 = 2;
const PARALLELISM: u32 = 1;
const OUTPUT_LEN: usize = 32;

/// Work for a hashing thread, given that thread's block buffer.
type Job = Box<dyn FnOnce(&mut Vec<Block>) + Send>;

#[derive(Clone)]
pub struct PasswordHasher {
    params: Params,
    /// Bounded: a flood of password checks waits in a queue of known length
    /// and the rest are turned away at once ([`Busy`]), rather than every
    /// sign-in on the server waiting behind them.
    jobs: mpsc::SyncSender<Job>,
    /// Verified against when the account does not exist, so that an unknown
    /// name costs the same time as a wrong password.
    dummy_hash: Arc<str>,
    verifications: Arc<AtomicU64>,
}

/// The queue of password checks is full: the caller should answer 503.
#[derive(Debug)]
pub struct Busy;

impl fmt::Display for Busy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the password hashing queue is full")
    }
}

impl std::error::Error for Busy {}

impl PasswordHasher {
    /// Starts `workers` hashing threads (one per core is fastest), with a
    /// queue of 64 jobs per thread (about a second of work).
    pub fn new(workers: usize) -> anyhow::Result<Self> {
        Self::with_queue(workers, 64 * workers.max(1))
    }

    /// Starts `workers` hashing threads; at most `queue` jobs wait for them.
    pub fn with_queue(workers: usize, queue: usize) -> anyhow::Result<Self> {
        let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, Some(OUTPUT_LEN))
            .map_err(|e| anyhow::anyhow!("argon2 parameters: {e}"))?;
        let (jobs, queue) = mpsc::sync_channel::<Job>(queue);
        let queue = Arc::new(Mutex::new(queue));
        for n in 0..workers.max(1) {
            let queue = Arc::clone(&queue);
            let blocks = params.block_count();
            std::thread::Builder::new()
                .name(format!("argon2-{n}"))
                .spawn(move || {
                    let mut memory = vec![Block::default(); blocks];
                    // Ends when every PasswordHasher (every sender) is gone.
                    while let Some(job) = queue.lock().ok().and_then(|q| q.recv().ok()) {
                        job(&mut memory);
                    }
                })
                .context("cannot start a password hashing thread")?;
        }
        let mut dummy_memory = vec![Block::default(); params.block_count()];
        let dummy_hash = hash_with(&params, "a password nobody has", &mut dummy_memory)?.into();
        Ok(Self { params, jobs, dummy_hash, verifications: Arc::default() })
    }

    /// Hashes a new password (NFKC-normalised first, so the same password
    /// typed on another keyboard or OS still matches).
    pub async fn hash(&self, password: &SecretString) -> anyhow::Result<String> {
        let password = normalize(password);
        let params = self.params.clone();
        self.run(move |memory| hash_with(&params, &password, memory)).await?
    }

    /// Checks a password against a stored hash, or against the dummy hash
    /// when there is no account, always spending one argon2 verification.
    pub async fn verify(&self, password: &SecretString, stored: Option<&str>) -> anyhow::Result<bool> {
        // An account without a password yet (`users::NO_PASSWORD`) costs
        // the same as an unknown one, and matches nothing.
        let stored = stored.filter(|hash| hash.starts_with('$'));
        let exists = stored.is_some();
        let stored = stored.map_or_else(|| self.dummy_hash.to_string(), str::to_owned);
        let password = normalize(password);
        let matches = self.run(move |memory| verify_with(&password, &stored, memory)).await??;
        self.verifications.fetch_add(1, Ordering::Relaxed);
        Ok(exists && matches)
    }

    /// How many passwords this hasher has checked since it started.
    pub fn verifications(&self) -> u64 {
        self.verifications.load(Ordering::Relaxed)
    }

    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Vec<Block>) -> T + Send + 'static,
    ) -> anyhow::Result<T> {
        let (done, result) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move |memory| {
            let _ = done.send(work(memory));
        });
        self.jobs.try_send(job).map_err(|error| match error {
            mpsc::TrySendError::Full(_) => anyhow::Error::new(Busy),
            mpsc::TrySendError::Disconnected(_) => anyhow::anyhow!("password hashing threads stopped"),
        })?;
        result.await.context("a password hashing thread failed")
    }
}

fn normalize(password: &SecretString) -> String {
    password.expose_secret().nfkc().collect()
}

/// A PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`) for a password.
fn hash_with(params: &Params, password: &str, memory: &mut Vec<Block>) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_bytes = [0u8; 64];
    let salt_raw = salt.decode_b64(&mut salt_bytes).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    let mut out = [0u8; OUTPUT_LEN];
    compute(Algorithm::Argon2id, Version::V0x13, params.clone(), password, salt_raw, &mut out, memory)?;
    let phc = PasswordHash {
        algorithm: argon2::ARGON2ID_IDENT,
        version: Some(Version::V0x13.into()),
        params: params.try_into().map_err(|e| anyhow::anyhow!("argon2 parameters: {e}"))?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&out).map_err(|e| anyhow::anyhow!("argon2 output: {e}"))?),
    };
    Ok(phc.to_string())
}

/// Recomputes a stored hash with its own parameters and salt and compares
/// the outputs in constant time.
fn verify_with(password: &str, stored: &str, memory: &mut Vec<Block>) -> anyhow::Result<bool> {
    let phc = PasswordHash::new(stored).map_err(|e| anyhow::anyhow!("stored hash: {e}"))?;
    let algorithm = Algorithm::try_from(phc.algorithm).map_err(|e| anyhow::anyhow!("stored hash: {e}"))?;
    let version =
        Version::try_from(phc.version.unwrap_or(0x13)).map_err(|e| anyhow::anyhow!("stored hash: {e}"))?;
    let params = Params::try_from(&phc).map_err(|e| anyhow::anyhow!("stored hash: {e}"))?;
    let expected = phc.hash.context("stored hash has no output")?;
    let salt = phc.salt.context("stored hash has no salt")?;
    let mut salt_bytes = [0u8; 64];
    let salt_raw = salt.decode_b64(&mut salt_bytes).map_err(|e| anyhow::anyhow!("stored salt: {e}"))?;
    let mut out = vec![0u8; expected.len()];
    compute(algorithm, version, params, password, salt_raw, &mut out, memory)?;
    // Output's equality is constant-time.
    Ok(Output::new(&out).map_err(|e| anyhow::anyhow!("argon2 output: {e}"))? == expected)
}

fn compute(
    algorithm: Algorithm,
    version: Version,
    params: Params,
    password: &str,
    salt: &[u8],
    out: &mut [u8],
    memory: &mut Vec<Block>,
) -> anyhow::Result<()> {
    // A hash made with more memory than this build uses (an older or newer
    // policy) still verifies; the buffer grows once for it.
    if memory.len() < params.block_count() {
        memory.resize(params.block_count(), Block::default());
    }
    let blocks = params.block_count();
    Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(password.as_bytes(), salt, out, &mut memory[..blocks])
        .map_err(|e| anyhow::anyhow!("argon2: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
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
    async fn hashes_are_standard_phc_strings_both_ways() {
        use argon2::{PasswordHasher as _, PasswordVerifier as _};
        let hasher = PasswordHasher::new(1).unwrap();
        let ours = hasher.hash(&secret("correct horse battery")).await.unwrap();
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(Argon2::default().verify_password(b"correct horse battery", &parsed).is_ok());

        let theirs = Argon2::default()
            .hash_password(b"correct horse battery", &SaltString::generate(&mut OsRng))
            .unwrap()
            .to_string();
        assert!(hasher.verify(&secret("correct horse battery"), Some(&theirs)).await.unwrap());
        assert!(!hasher.verify(&secret("wrong horse battery"), Some(&theirs)).await.unwrap());
    }

    #[tokio::test]
    async fn compares_passwords_after_nfkc_normalisation() {
        let hasher = PasswordHasher::new(1).unwrap();
        // "ﬁ" (one ligature code point) and "fi" are the same password.
        let hash = hasher.hash(&secret("ﬁsh and chips please")).await.unwrap();
        assert!(hasher.verify(&secret("fish and chips please"), Some(&hash)).await.unwrap());
    }
}
