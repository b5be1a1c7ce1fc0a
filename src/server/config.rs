//! Settings: `Leptos.toml`, then the environment (and a `.env` file in
//! development), each key overridden by the variable of the same name in
//! upper case, e.g. `base_url` by `BASE_URL`.

use std::{fmt, net::SocketAddr, path::Path, str::FromStr, time::Duration};

use anyhow::{Context, bail};

use std::net::IpAddr;

/// A value that must never reach a log line or an error page.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret<T>(T);

impl<T> Secret<T> {
    pub fn new(value: T) -> Self {
        Self(value)
    }
    pub fn expose(&self) -> &T {
        &self.0
    }
}

impl<T> fmt::Debug for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Environment {
    Development,
    Production,
}

impl FromStr for Environment {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "development" | "dev" => Ok(Self::Development),
            "production" | "prod" => Ok(Self::Production),
            other => bail!("unknown environment {other:?}: use development or production"),
        }
    }
}

/// The public address of the application, as users reach it: every link in
/// an email and every same-origin check is built from it, never from the
/// request's Host header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseUrl {
    url: String,
    origin: String,
}

impl BaseUrl {
    pub fn parse(input: &str) -> anyhow::Result<Self> {
        let url = input.trim().trim_end_matches('/');
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .with_context(|| format!("base URL {url:?} must start with http:// or https://"))?;
        let authority = rest.split('/').next().unwrap_or_default();
        if authority.is_empty() || authority.contains(['?', '#', '@', ' ']) {
            bail!("base URL {url:?} has no valid host");
        }
        let scheme_len = url.len() - rest.len();
        let origin = url[..scheme_len + authority.len()].to_owned();
        Ok(Self { url: url.to_owned(), origin })
    }

    pub fn is_https(&self) -> bool {
        self.url.starts_with("https://")
    }
    /// Scheme, host and port: what a browser sends as `Origin`.
    pub fn origin(&self) -> &str {
        &self.origin
    }
    /// An absolute link to a path of the application.
    pub fn join(&self, path: &str) -> String {
        format!("{}{path}", self.url)
    }
}

#[derive(Clone, Debug)]
pub struct Settings {
    pub environment: Environment,
    pub listen_addr: SocketAddr,
    pub base_url: BaseUrl,
    pub database_url: Secret<String>,
    /// Signs tokens and session ids; at least 32 bytes in production.
    pub secret_key: Secret<String>,
    /// Where `cargo leptos build` put the site (CSS, JS, WASM, public files).
    pub site_root: String,
    pub smtp_url: Option<Secret<String>>,
    pub mail_from: String,
    pub max_body_bytes: usize,
    pub shutdown_grace: Duration,
    pub sessions: SessionPolicy,
    pub confirm_token_secs: i64,
    pub reset_token_secs: i64,
    /// Least time between two confirmation links to one account.
    pub resend_cooldown_secs: i64,
    pub outbox: RetryPolicy,
    /// argon2 hashes computed at once; each holds 19 MiB while it runs.
    pub password_hashes_in_flight: usize,
    /// Accounts never confirmed are removed this many days after sign-up.
    pub purge_unconfirmed_days: i64,
    /// How often each instance runs the clean-up.
    pub housekeeping_interval: Duration,
    /// Password checks that may wait for a hashing thread; more get 503.
    pub password_hash_queue: usize,
    pub limits: Limits,
    /// Proxies whose X-Forwarded-For is believed (e.g. the load balancer).
    pub trusted_proxies: Vec<IpAddr>,
}

/// The limits in force, from the settings.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Sign-in attempts, registrations, emails asked for and token
    /// submissions from one client address (each counted apart).
    pub per_address: i64,
    /// Failed sign-ins of one account before it is slowed down; the window
    /// is short so a stranger cannot lock its owner out for long.
    pub login_failures_per_account: i64,
}

#[derive(Clone, Debug)]
pub struct RetryPolicy {
    /// Delay after the first failure; it doubles with every further one.
    pub first_delay: Duration,
    pub max_delay: Duration,
    /// Tries before an email is marked dead.
    pub max_attempts: i64,
    /// How often the worker looks for due email when nobody wakes it.
    pub poll_interval: Duration,
}

/// How long a signed-in browser stays signed in.
#[derive(Clone, Debug)]
pub struct SessionPolicy {
    /// Without "remember me": ends after this long unused...
    pub idle_secs: i64,
    /// ...or this long after sign-in, whichever comes first.
    pub lifetime_secs: i64,
    /// With "remember me": both limits are this long.
    pub remembered_idle_secs: i64,
    pub remembered_lifetime_secs: i64,
}

/// What development uses when no secret key is configured. Production
/// refuses to start with it.
const DEVELOPMENT_SECRET: &str = "development-only-secret-key-do-not-use-in-production";

impl Settings {
    /// Reads `Leptos.toml` from the working directory, then the environment.
    pub fn load() -> anyhow::Result<Self> {
        // A missing .env is normal; only development setups have one.
        let _ = dotenvy::dotenv();
        Self::from_sources(Path::new("Leptos.toml"), |key| std::env::var(key).ok())
    }

    /// Settings from a file and an environment lookup; tests pass their own.
    pub fn from_sources(file: &Path, env: impl Fn(&str) -> Option<String>) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read settings file {}", file.display()))?;
        let table: toml::Table =
            text.parse().with_context(|| format!("{} is not valid TOML", file.display()))?;
        let source = Source { table, env: &env };

        let environment = source.get("app_env")?.unwrap_or(Environment::Development);
        let secret_key = source.get::<String>("secret_key")?;
        let settings = Self {
            environment,
            listen_addr: source.require("listen_addr")?,
            base_url: BaseUrl::parse(&source.require::<String>("base_url")?)?,
            database_url: Secret::new(source.require("database_url")?),
            secret_key: Secret::new(secret_key.clone().unwrap_or_else(|| DEVELOPMENT_SECRET.to_owned())),
            site_root: source.get("site_root")?.unwrap_or_else(|| "target/site".to_owned()),
            smtp_url: source.get::<String>("smtp_url")?.filter(|s| !s.is_empty()).map(Secret::new),
            mail_from: source.require("mail_from")?,
            max_body_bytes: source.get("max_body_bytes")?.unwrap_or(64 * 1024),
            shutdown_grace: Duration::from_secs(source.get("shutdown_grace_secs")?.unwrap_or(10)),
            sessions: SessionPolicy {
                idle_secs: 60 * source.get::<i64>("session_idle_minutes")?.unwrap_or(120),
                lifetime_secs: 3600 * source.get::<i64>("session_lifetime_hours")?.unwrap_or(12),
                remembered_idle_secs: 86400 * source.get::<i64>("remember_me_days")?.unwrap_or(30),
                remembered_lifetime_secs: 86400 * source.get::<i64>("remember_me_days")?.unwrap_or(30),
            },
            confirm_token_secs: 3600 * source.get::<i64>("confirm_token_hours")?.unwrap_or(24),
            reset_token_secs: 60 * source.get::<i64>("reset_token_minutes")?.unwrap_or(60),
            resend_cooldown_secs: source.get("resend_cooldown_secs")?.unwrap_or(60),
            outbox: RetryPolicy {
                first_delay: Duration::from_secs(source.get("outbox_retry_first_secs")?.unwrap_or(5)),
                max_delay: Duration::from_secs(source.get("outbox_retry_max_secs")?.unwrap_or(900)),
                max_attempts: source.get("outbox_max_attempts")?.unwrap_or(10),
                poll_interval: Duration::from_millis(source.get("outbox_poll_ms")?.unwrap_or(1000)),
            },
            password_hashes_in_flight: match source.get("password_hashes_in_flight")? {
                Some(n) => n,
                None => std::thread::available_parallelism().map_or(2, |n| n.get()),
            },
            password_hash_queue: source.get("password_hash_queue")?.unwrap_or(128),
            purge_unconfirmed_days: source.get("purge_unconfirmed_days")?.unwrap_or(7),
            housekeeping_interval: Duration::from_secs(source.get("housekeeping_secs")?.unwrap_or(3600)),
            limits: Limits {
                per_address: source.get("rate_limit_per_address")?.unwrap_or(60),
                login_failures_per_account: source.get("rate_limit_login_failures")?.unwrap_or(10),
            },
            trusted_proxies: source
                .get::<String>("trusted_proxies")?
                .unwrap_or_default()
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().map_err(|e| anyhow::anyhow!("setting trusted_proxies: {s:?}: {e}")))
                .collect::<anyhow::Result<_>>()?,
        };
        if environment == Environment::Production {
            match secret_key {
                Some(key) if key.len() >= 32 && key != DEVELOPMENT_SECRET => {}
                _ => bail!("production needs SECRET_KEY set to at least 32 random characters"),
            }
            if !settings.base_url.is_https() {
                bail!("production needs an https:// BASE_URL");
            }
        }
        Ok(settings)
    }

    pub fn is_development(&self) -> bool {
        self.environment == Environment::Development
    }

    /// `/dev/mail` exists only in development and only without SMTP.
    pub fn dev_mailbox_enabled(&self) -> bool {
        self.is_development() && self.smtp_url.is_none()
    }
}

struct Source<'a, E> {
    table: toml::Table,
    env: &'a E,
}

impl<E: Fn(&str) -> Option<String>> Source<'_, E> {
    /// The environment wins over the file; both are parsed with `FromStr`
    /// so that `24` in the file and `"24"` in the environment mean the same.
    fn get<T>(&self, key: &str) -> anyhow::Result<Option<T>>
    where
        T: FromStr,
        T::Err: fmt::Display,
    {
        let raw = match (self.env)(&key.to_ascii_uppercase()) {
            Some(value) => Some(value),
            None => self.table.get(key).map(|value| match value {
                toml::Value::String(s) => s.clone(),
                other => other.to_string(),
            }),
        };
        raw.map(|raw| raw.parse::<T>().map_err(|e| anyhow::anyhow!("setting {key}: {e}"))).transpose()
    }

    fn require<T>(&self, key: &str) -> anyhow::Result<T>
    where
        T: FromStr,
        T::Err: fmt::Display,
    {
        self.get(key)?.with_context(|| {
            format!("setting {key} is missing (Leptos.toml or {})", key.to_ascii_uppercase())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings_with(env: &[(&str, &str)]) -> anyhow::Result<Settings> {
        let env: Vec<(String, String)> = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("Leptos.toml");
        Settings::from_sources(&file, move |key| env.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()))
    }

    #[test]
    fn environment_overrides_the_file() {
        let settings =
            settings_with(&[("BASE_URL", "https://accounts.example/"), ("MAX_BODY_BYTES", "1000")]).unwrap();
        assert_eq!(settings.base_url.origin(), "https://accounts.example");
        assert_eq!(settings.base_url.join("/confirm"), "https://accounts.example/confirm");
        assert_eq!(settings.max_body_bytes, 1000);
    }

    #[test]
    fn production_refuses_to_start_without_a_secret_key_or_https() {
        let no_key = settings_with(&[("APP_ENV", "production"), ("BASE_URL", "https://a.example")]);
        assert!(no_key.unwrap_err().to_string().contains("SECRET_KEY"));
        let key = "k".repeat(40);
        let http = settings_with(&[("APP_ENV", "production"), ("SECRET_KEY", &key)]);
        assert!(http.unwrap_err().to_string().contains("https"));
        let ok = settings_with(&[
            ("APP_ENV", "production"),
            ("SECRET_KEY", &key),
            ("BASE_URL", "https://a.example"),
        ]);
        assert!(ok.is_ok());
    }

    #[test]
    fn secrets_do_not_print() {
        let settings = settings_with(&[("SECRET_KEY", "hunter2-hunter2-hunter2-hunter2-x")]).unwrap();
        assert!(!format!("{settings:?}").contains("hunter2"));
    }

    #[test]
    fn a_bad_value_names_its_setting() {
        let err = settings_with(&[("LISTEN_ADDR", "not an address")]).unwrap_err();
        assert!(err.to_string().contains("listen_addr"), "{err}");
    }
}
