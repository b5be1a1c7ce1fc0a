//! Settings: `Leptos.toml`, then the environment (and a `.env` file in
//! development), each key overridden by the variable of the same name in
//! upper case, e.g. `base_url` by `BASE_URL`.

use std::{collections::HashMap, fmt, net::SocketAddr, path::Path, str::FromStr, time::Duration};

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
    /// A PEM file of certificate authorities the mail client trusts besides
    /// the built-in public roots (a company relay's own CA).
    pub smtp_ca_file: Option<String>,
    pub mail_from: String,
    /// DKIM signing: a PKCS#1 PEM RSA key and the selector its public key
    /// is published under (`<selector>._domainkey.<MAIL_FROM's domain>`).
    pub dkim_key_file: Option<String>,
    pub dkim_selector: Option<String>,
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
    /// Sent emails (without their bodies), links that stopped working and
    /// given-up requests are kept this many days, then deleted.
    pub retention_days: i64,
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
    /// How long an email claimed by one worker is left alone by the others;
    /// a send that takes half of it is abandoned and tried again later.
    pub lease: Duration,
}

/// How long a signed-in browser stays signed in.
#[derive(Clone, Debug)]
pub struct SessionPolicy {
    /// Without "remember me": ends after this long unused...
    pub idle_secs: i64,
    /// ...or this long after sign-in, whichever comes first.
    pub lifetime_secs: i64,
    /// With "remember me": ends after this long unused...
    pub remembered_idle_secs: i64,
    /// ...or this long after sign-in.
    pub remembered_lifetime_secs: i64,
}

/// What development uses when no secret key is configured. Production
/// refuses to start with it.
const DEVELOPMENT_SECRET: &str = "development-only-secret-key-do-not-use-in-production";

impl Settings {
    /// Reads `Leptos.toml` from the working directory, then the environment.
    pub fn load() -> anyhow::Result<Self> {
        Self::load_in(Path::new("."), |key| std::env::var(key).ok())
    }

    /// Reads `Leptos.toml` in `dir`, then the environment `env`, then, in
    /// development only, `dir/.env`: a file of development conveniences
    /// must never change how production runs.
    pub fn load_in(dir: &Path, env: impl Fn(&str) -> Option<String>) -> anyhow::Result<Self> {
        let file = dir.join("Leptos.toml");
        if Source::read(&file, &env)?.environment()? == Environment::Production {
            return Self::from_sources(&file, env);
        }
        let dotenv = read_dotenv(&dir.join(".env"))?;
        if let Some(app_env) = dotenv.get("APP_ENV")
            && app_env.parse::<Environment>()? == Environment::Production
        {
            bail!("APP_ENV=production in .env: set it in the environment; .env is read in development only");
        }
        Self::from_sources(&file, |key| env(key).or_else(|| dotenv.get(key).cloned()))
    }

    /// Settings from a file and an environment lookup; tests pass their own.
    pub fn from_sources(file: &Path, env: impl Fn(&str) -> Option<String>) -> anyhow::Result<Self> {
        let source = Source::read(file, &env)?;
        let environment = source.environment()?;
        let secret_key = source.get::<String>("secret_key")?;
        let settings = Self {
            environment,
            listen_addr: source.require("listen_addr")?,
            base_url: BaseUrl::parse(&source.require::<String>("base_url")?)?,
            database_url: Secret::new(source.require("database_url")?),
            secret_key: Secret::new(secret_key.clone().unwrap_or_else(|| DEVELOPMENT_SECRET.to_owned())),
            site_root: source.get("site_root")?.unwrap_or_else(|| "target/site".to_owned()),
            smtp_url: source.get::<String>("smtp_url")?.filter(|s| !s.is_empty()).map(Secret::new),
            smtp_ca_file: source.get::<String>("smtp_ca_file")?.filter(|s| !s.is_empty()),
            mail_from: source.require("mail_from")?,
            dkim_key_file: source.get::<String>("dkim_key_file")?.filter(|s| !s.is_empty()),
            dkim_selector: source.get::<String>("dkim_selector")?.filter(|s| !s.is_empty()),
            max_body_bytes: source.get("max_body_bytes")?.unwrap_or(64 * 1024),
            shutdown_grace: Duration::from_secs(source.get("shutdown_grace_secs")?.unwrap_or(10)),
            sessions: SessionPolicy {
                idle_secs: 60 * source.get::<i64>("session_idle_minutes")?.unwrap_or(120),
                lifetime_secs: 3600 * source.get::<i64>("session_lifetime_hours")?.unwrap_or(12),
                remembered_idle_secs: 86400 * source.get::<i64>("remember_me_idle_days")?.unwrap_or(14),
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
                lease: Duration::from_secs(source.get("outbox_lease_secs")?.unwrap_or(120)),
            },
            password_hashes_in_flight: match source.get("password_hashes_in_flight")? {
                Some(n) => n,
                None => std::thread::available_parallelism().map_or(2, |n| n.get()),
            },
            password_hash_queue: source.get("password_hash_queue")?.unwrap_or(128),
            purge_unconfirmed_days: source.get("purge_unconfirmed_days")?.unwrap_or(7),
            housekeeping_interval: Duration::from_secs(source.get("housekeeping_secs")?.unwrap_or(3600)),
            retention_days: source.get("retention_days")?.unwrap_or(7),
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
        match environment {
            Environment::Production => {
                match secret_key {
                    Some(key) if key.len() >= 32 && key != DEVELOPMENT_SECRET => {}
                    _ => bail!("production needs SECRET_KEY set to at least 32 random characters"),
                }
                if !settings.base_url.is_https() {
                    bail!("production needs an https:// BASE_URL");
                }
                check_production_mail(settings.smtp_url.as_ref())?;
            }
            // Development publishes /dev/mail and logs every link it mails:
            // a server that forgot APP_ENV=production must not offer those
            // to the network.
            Environment::Development => {
                if !settings.listen_addr.ip().is_loopback()
                    && !source.get("allow_remote_dev")?.unwrap_or(false)
                {
                    bail!(
                        "LISTEN_ADDR {} is not a loopback address, and development mode shows every \
                         emailed link at /dev/mail and in the log: set APP_ENV=production, or \
                         ALLOW_REMOTE_DEV=true to serve development to other machines",
                        settings.listen_addr
                    );
                }
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

/// Production sends email through a real SMTP server, over TLS unless the
/// server is on this machine (a local relay): without one, every link would
/// land in the development mailbox, in clear in the log, and never arrive.
fn check_production_mail(smtp_url: Option<&Secret<String>>) -> anyhow::Result<()> {
    let Some(smtp_url) = smtp_url else {
        bail!(
            "production needs SMTP_URL (e.g. smtps://user:password@smtp.example.com:465): \
             the development mailbox is for development only"
        );
    };
    let url = url::Url::parse(smtp_url.expose())
        .map_err(|e| anyhow::anyhow!("SMTP_URL is not a valid URL: {e}"))?;
    let starttls_required = url.query_pairs().any(|(key, value)| key == "tls" && value == "required");
    let loopback = match url.host() {
        // smtp:// is not a scheme the URL standard knows, so an IPv4
        // address comes back as a name.
        Some(url::Host::Domain(name)) => {
            name.eq_ignore_ascii_case("localhost") || name.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
        }
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    match url.scheme() {
        "smtps" => Ok(()),
        "smtp" if starttls_required || loopback => Ok(()),
        "smtp" => bail!(
            "SMTP_URL sends mail in clear to {}: use smtps://…:465, or smtp://…:587?tls=required \
             for STARTTLS (plain smtp:// is for a relay on this machine only)",
            url.host_str().unwrap_or_default()
        ),
        other => bail!("SMTP_URL must start with smtps:// or smtp://, not {other}://"),
    }
}

/// The variables a `.env` file sets; none when there is no file.
fn read_dotenv(path: &Path) -> anyhow::Result<HashMap<String, String>> {
    match dotenvy::from_path_iter(path) {
        Ok(pairs) => {
            pairs.collect::<Result<_, _>>().with_context(|| format!("{} is not valid", path.display()))
        }
        Err(dotenvy::Error::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => Ok(HashMap::new()),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

struct Source<'a, E> {
    table: toml::Table,
    env: &'a E,
}

impl<'a, E: Fn(&str) -> Option<String>> Source<'a, E> {
    fn read(file: &Path, env: &'a E) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("cannot read settings file {}", file.display()))?;
        let table = text.parse().with_context(|| format!("{} is not valid TOML", file.display()))?;
        Ok(Self { table, env })
    }

    fn environment(&self) -> anyhow::Result<Environment> {
        Ok(self.get("app_env")?.unwrap_or(Environment::Development))
    }

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
            ("SMTP_URL", "smtps://user:password@smtp.example.com:465"),
        ]);
        assert!(ok.is_ok(), "{:?}", ok.err());
    }

    fn production_with_mail(smtp_url: Option<&str>) -> anyhow::Result<Settings> {
        let key = "k".repeat(40);
        let mut env =
            vec![("APP_ENV", "production"), ("SECRET_KEY", key.as_str()), ("BASE_URL", "https://a.example")];
        env.extend(smtp_url.map(|url| ("SMTP_URL", url)));
        settings_with(&env)
    }

    #[test]
    fn production_refuses_to_start_without_real_mail() {
        let missing = production_with_mail(None).unwrap_err().to_string();
        assert!(missing.contains("SMTP_URL"), "{missing}");
        for clear in ["smtp://mail.example.com:25", "smtp://u:p@mail.example.com:587?tls=opportunistic"] {
            let refused = production_with_mail(Some(clear)).unwrap_err().to_string();
            assert!(refused.contains("SMTP_URL") && refused.contains("mail.example.com"), "{refused}");
        }
        let unknown = production_with_mail(Some("http://mail.example.com")).unwrap_err().to_string();
        assert!(unknown.contains("SMTP_URL"), "{unknown}");
        for fine in [
            "smtps://u:p@mail.example.com:465",
            "smtp://u:p@mail.example.com:587?tls=required",
            "smtp://127.0.0.1:25",
            "smtp://[::1]:25",
            "smtp://localhost:2525",
        ] {
            let settings = production_with_mail(Some(fine));
            assert!(settings.is_ok(), "{fine}: {:?}", settings.err());
        }
    }

    #[test]
    fn a_forgotten_app_env_cannot_publish_the_dev_mailbox() {
        let public = settings_with(&[("LISTEN_ADDR", "0.0.0.0:3000")]).unwrap_err().to_string();
        assert!(public.contains("LISTEN_ADDR") && public.contains("ALLOW_REMOTE_DEV"), "{public}");
        assert!(settings_with(&[("LISTEN_ADDR", "[::]:3000")]).is_err());
        let allowed = settings_with(&[("LISTEN_ADDR", "0.0.0.0:3000"), ("ALLOW_REMOTE_DEV", "true")]);
        assert!(allowed.unwrap().dev_mailbox_enabled());
        assert!(settings_with(&[("LISTEN_ADDR", "[::1]:3000")]).is_ok());
    }

    /// A folder with the project's Leptos.toml and the given `.env`.
    fn folder_with_dotenv(dotenv: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("Leptos.toml"),
            dir.path().join("Leptos.toml"),
        )
        .unwrap();
        std::fs::write(dir.path().join(".env"), dotenv).unwrap();
        dir
    }

    #[test]
    fn production_never_reads_the_dotenv_file() {
        let dir =
            folder_with_dotenv("MAIL_FROM=\"Dotenv <dev@example.com>\"\nSMTP_URL=smtp://127.0.0.1:2525\n");
        let development = Settings::load_in(dir.path(), |_| None).unwrap();
        assert_eq!(development.mail_from, "Dotenv <dev@example.com>", "development reads .env");

        let key = "k".repeat(40);
        let production =
            [("APP_ENV", "production"), ("SECRET_KEY", key.as_str()), ("BASE_URL", "https://a.example")];
        let lookup = |key: &str| production.iter().find(|(k, _)| *k == key).map(|(_, v)| (*v).to_owned());
        let refused = Settings::load_in(dir.path(), lookup).unwrap_err().to_string();
        assert!(refused.contains("SMTP_URL"), "the .env's SMTP_URL is not read: {refused}");

        let sneaky = folder_with_dotenv("APP_ENV=production\n");
        let refused = Settings::load_in(sneaky.path(), |_| None).unwrap_err().to_string();
        assert!(refused.contains(".env"), "{refused}");
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
