//! Settings, from one typed source: the defaults written once (in
//! [`Raw`]'s `Default`), then `Leptos.toml`, then the environment (and a
//! `.env` file in development), each key overridden by the variable of the
//! same name in upper case, e.g. `base_url` by `BASE_URL`. figment merges
//! the sources and serde checks each value's type; [`Settings::from_raw`]
//! then checks what depends on several values. This module depends on
//! nothing else in the project.

use std::{collections::HashMap, net::IpAddr, net::SocketAddr, path::Path, time::Duration};

use anyhow::{Context, bail};
use figment::{
    Figment, Metadata, Profile, Provider,
    providers::{Format, Toml},
    value::{Dict, Map, Value},
};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use url::Url;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Environment {
    #[default]
    #[serde(alias = "dev")]
    Development,
    #[serde(alias = "prod")]
    Production,
}

/// The public address of the application, as users reach it: every link in
/// an email and every same-origin check is built from it, never from the
/// request's Host header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BaseUrl {
    /// Without a trailing slash, so that `join("/confirm")` adds one.
    url: String,
    origin: String,
}

impl BaseUrl {
    fn new(url: &Url) -> anyhow::Result<Self> {
        if !matches!(url.scheme(), "http" | "https") {
            bail!("setting BASE_URL: {url} must start with http:// or https://");
        }
        if url.host().is_none()
            || url.query().is_some()
            || url.fragment().is_some()
            || !url.username().is_empty()
        {
            bail!("setting BASE_URL: {url} must be a scheme, a host and at most a path");
        }
        Ok(Self {
            url: url.as_str().trim_end_matches('/').to_owned(),
            origin: url.origin().ascii_serialization(),
        })
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
    pub database_url: SecretString,
    /// Signs tokens and session ids; at least 32 bytes in production.
    pub secret_key: SecretString,
    /// Where `cargo leptos build` put the site (CSS, JS, WASM, public files).
    pub site_root: String,
    pub smtp_url: Option<SecretString>,
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

/// Every setting as the sources give it. Its keys are the settings' names
/// (README's configuration table lists the same, a test checks it) and
/// its `Default` holds every default, once.
#[derive(Deserialize)]
#[serde(default)]
struct Raw {
    app_env: Environment,
    allow_remote_dev: bool,
    listen_addr: SocketAddr,
    base_url: Url,
    database_url: SecretString,
    secret_key: Option<SecretString>,
    site_root: String,
    smtp_url: Option<SecretString>,
    smtp_ca_file: Option<String>,
    mail_from: String,
    dkim_key_file: Option<String>,
    dkim_selector: Option<String>,
    max_body_bytes: usize,
    shutdown_grace_secs: u64,
    session_idle_minutes: i64,
    session_lifetime_hours: i64,
    remember_me_idle_days: i64,
    remember_me_days: i64,
    confirm_token_hours: i64,
    reset_token_minutes: i64,
    resend_cooldown_secs: i64,
    outbox_retry_first_secs: u64,
    outbox_retry_max_secs: u64,
    outbox_max_attempts: i64,
    outbox_poll_ms: u64,
    outbox_lease_secs: u64,
    /// Unset: one per core.
    password_hashes_in_flight: Option<usize>,
    password_hash_queue: usize,
    purge_unconfirmed_days: i64,
    housekeeping_secs: u64,
    retention_days: i64,
    rate_limit_per_address: i64,
    rate_limit_login_failures: i64,
    /// Comma-separated, as an environment variable holds a list.
    trusted_proxies: String,
}

impl Default for Raw {
    fn default() -> Self {
        Self {
            app_env: Environment::Development,
            allow_remote_dev: false,
            listen_addr: SocketAddr::from(([127, 0, 0, 1], 3000)),
            base_url: Url::parse("http://127.0.0.1:3000").unwrap_or_else(|_| unreachable!("a valid URL")),
            database_url: SecretString::from("sqlite://data/accounts.db"),
            secret_key: None,
            site_root: "target/site".to_owned(),
            smtp_url: None,
            smtp_ca_file: None,
            mail_from: "Accounts <no-reply@localhost>".to_owned(),
            dkim_key_file: None,
            dkim_selector: None,
            max_body_bytes: 64 * 1024,
            shutdown_grace_secs: 10,
            session_idle_minutes: 120,
            session_lifetime_hours: 12,
            remember_me_idle_days: 14,
            remember_me_days: 30,
            confirm_token_hours: 24,
            reset_token_minutes: 60,
            resend_cooldown_secs: 60,
            outbox_retry_first_secs: 5,
            outbox_retry_max_secs: 900,
            outbox_max_attempts: 10,
            outbox_poll_ms: 1000,
            outbox_lease_secs: 120,
            password_hashes_in_flight: None,
            password_hash_queue: 128,
            purge_unconfirmed_days: 7,
            housekeeping_secs: 3600,
            retention_days: 7,
            rate_limit_per_address: 60,
            rate_limit_login_failures: 10,
            trusted_proxies: String::new(),
        }
    }
}

impl Settings {
    /// Reads `Leptos.toml` from the working directory, then the environment.
    pub fn load() -> anyhow::Result<Self> {
        Self::load_in(Path::new("."), std::env::vars())
    }

    /// Reads `Leptos.toml` in `dir`, then the environment `vars`, then, in
    /// development only, `dir/.env`: a file of development conveniences
    /// must never change how production runs.
    pub fn load_in(dir: &Path, vars: impl IntoIterator<Item = (String, String)>) -> anyhow::Result<Self> {
        let file = dir.join("Leptos.toml");
        let vars: Vec<(String, String)> = vars.into_iter().collect();
        // Which environment, before anything else: production reads no .env.
        #[derive(Deserialize, Default)]
        #[serde(default)]
        struct AppEnv {
            app_env: Environment,
        }
        let environment = sources(&file, Variables::new(vars.clone()))
            .extract_lossy::<AppEnv>()
            .map_err(|e| explain(&e))?
            .app_env;
        if environment == Environment::Production {
            return Self::from_sources(&file, vars);
        }
        let dotenv = read_dotenv(&dir.join(".env"))?;
        if let Some(app_env) = dotenv.get("APP_ENV")
            && !app_env.eq_ignore_ascii_case("development")
            && !app_env.eq_ignore_ascii_case("dev")
        {
            bail!("APP_ENV={app_env} in .env: set it in the environment; .env is read in development only");
        }
        // The environment wins over the file of conveniences.
        let mut merged: HashMap<String, String> = dotenv;
        merged.extend(vars);
        Self::from_sources(&file, merged)
    }

    /// Settings from a file and environment variables; tests pass their own.
    pub fn from_sources(
        file: &Path,
        vars: impl IntoIterator<Item = (String, String)>,
    ) -> anyhow::Result<Self> {
        if !file.exists() {
            bail!("cannot read settings file {}", file.display());
        }
        let raw: Raw = sources(file, Variables::new(vars)).extract_lossy().map_err(|e| explain(&e))?;
        Self::from_raw(raw)
    }

    fn from_raw(raw: Raw) -> anyhow::Result<Self> {
        let filled = |value: Option<String>| value.filter(|s| !s.is_empty());
        let settings = Self {
            environment: raw.app_env,
            listen_addr: raw.listen_addr,
            base_url: BaseUrl::new(&raw.base_url)?,
            database_url: raw.database_url,
            secret_key: raw.secret_key.clone().unwrap_or_else(|| SecretString::from(DEVELOPMENT_SECRET)),
            site_root: raw.site_root,
            smtp_url: raw.smtp_url.filter(|url| !url.expose_secret().is_empty()),
            smtp_ca_file: filled(raw.smtp_ca_file),
            mail_from: raw.mail_from,
            dkim_key_file: filled(raw.dkim_key_file),
            dkim_selector: filled(raw.dkim_selector),
            max_body_bytes: raw.max_body_bytes,
            shutdown_grace: Duration::from_secs(raw.shutdown_grace_secs),
            sessions: SessionPolicy {
                idle_secs: 60 * raw.session_idle_minutes,
                lifetime_secs: 3600 * raw.session_lifetime_hours,
                remembered_idle_secs: 86400 * raw.remember_me_idle_days,
                remembered_lifetime_secs: 86400 * raw.remember_me_days,
            },
            confirm_token_secs: 3600 * raw.confirm_token_hours,
            reset_token_secs: 60 * raw.reset_token_minutes,
            resend_cooldown_secs: raw.resend_cooldown_secs,
            outbox: RetryPolicy {
                first_delay: Duration::from_secs(raw.outbox_retry_first_secs),
                max_delay: Duration::from_secs(raw.outbox_retry_max_secs),
                max_attempts: raw.outbox_max_attempts,
                poll_interval: Duration::from_millis(raw.outbox_poll_ms),
                lease: Duration::from_secs(raw.outbox_lease_secs),
            },
            password_hashes_in_flight: raw
                .password_hashes_in_flight
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())),
            password_hash_queue: raw.password_hash_queue,
            purge_unconfirmed_days: raw.purge_unconfirmed_days,
            housekeeping_interval: Duration::from_secs(raw.housekeeping_secs),
            retention_days: raw.retention_days,
            limits: Limits {
                per_address: raw.rate_limit_per_address,
                login_failures_per_account: raw.rate_limit_login_failures,
            },
            trusted_proxies: raw
                .trusted_proxies
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| {
                    s.parse().map_err(|e| {
                        anyhow::anyhow!("setting TRUSTED_PROXIES: {s:?} is not an IP address ({e})")
                    })
                })
                .collect::<anyhow::Result<_>>()?,
        };
        match settings.environment {
            Environment::Production => {
                match &raw.secret_key {
                    Some(key)
                        if key.expose_secret().len() >= 32 && key.expose_secret() != DEVELOPMENT_SECRET => {}
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
                if !settings.listen_addr.ip().is_loopback() && !raw.allow_remote_dev {
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

/// The file, then the variables over it.
fn sources(file: &Path, variables: Variables) -> Figment {
    Figment::from(Toml::file_exact(file)).merge(variables)
}

/// A bad value, named as the user set it: its variable and the form it needs.
fn explain(error: &figment::Error) -> anyhow::Error {
    let key = error.path.join(".");
    let source = error.metadata.as_ref().map_or_else(
        || "the defaults".to_owned(),
        |m| m.source.as_ref().map_or_else(|| m.name.to_string(), ToString::to_string),
    );
    if key.is_empty() {
        anyhow::anyhow!("settings: {} ({source})", error.kind)
    } else {
        anyhow::anyhow!("setting {} ({key} in {source}): {}", key.to_ascii_uppercase(), error.kind)
    }
}

/// Environment variables as a figment source: `BASE_URL` sets `base_url`.
/// Only upper-case names are read (a setting's variable is its name in
/// upper case), and serde ignores those that name no setting (`PATH`).
/// Values stay strings; `extract_lossy` reads "24" as a number where a
/// number is wanted, so the file's `24` and the environment's mean the same.
struct Variables(Dict);

impl Variables {
    fn new(vars: impl IntoIterator<Item = (String, String)>) -> Self {
        Self(
            vars.into_iter()
                .filter(|(key, _)| !key.bytes().any(|b| b.is_ascii_lowercase()))
                .map(|(key, value)| (key.to_ascii_lowercase(), Value::from(value)))
                .collect(),
        )
    }
}

impl Provider for Variables {
    fn metadata(&self) -> Metadata {
        Metadata::named("the environment")
    }

    fn data(&self) -> figment::Result<Map<Profile, Dict>> {
        Ok(Profile::Default.collect(self.0.clone()))
    }
}

/// Production sends email through a real SMTP server, over TLS unless the
/// server is on this machine (a local relay): without one, every link would
/// land in the development mailbox, in clear in the log, and never arrive.
fn check_production_mail(smtp_url: Option<&SecretString>) -> anyhow::Result<()> {
    let Some(smtp_url) = smtp_url else {
        bail!(
            "production needs SMTP_URL (e.g. smtps://user:password@smtp.example.com:465): \
             the development mailbox is for development only"
        );
    };
    let url = Url::parse(smtp_url.expose_secret())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn settings_with(env: &[(&str, &str)]) -> anyhow::Result<Settings> {
        let env: Vec<(String, String)> = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("Leptos.toml");
        Settings::from_sources(&file, env)
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
    fn the_file_overrides_the_defaults_and_the_environment_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("Leptos.toml");
        std::fs::write(&file, "max_body_bytes = 1000\nmail_from = \"Site <a@site.example>\"\n").unwrap();
        let from_file = Settings::from_sources(&file, []).unwrap();
        assert_eq!((from_file.max_body_bytes, from_file.mail_from.as_str()), (1000, "Site <a@site.example>"));
        assert_eq!(from_file.confirm_token_secs, 24 * 3600, "the rest keep their defaults");
        let env = [("MAX_BODY_BYTES".to_owned(), "2000".to_owned())];
        assert_eq!(Settings::from_sources(&file, env).unwrap().max_body_bytes, 2000);

        std::fs::write(&file, "max_body_bytes = \"lots\"\n").unwrap();
        let error = format!("{:#}", Settings::from_sources(&file, []).unwrap_err());
        assert!(error.contains("MAX_BODY_BYTES") && error.contains("Leptos.toml"), "{error}");
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
        let development = Settings::load_in(dir.path(), []).unwrap();
        assert_eq!(development.mail_from, "Dotenv <dev@example.com>", "development reads .env");

        let key = "k".repeat(40);
        let production =
            [("APP_ENV", "production"), ("SECRET_KEY", key.as_str()), ("BASE_URL", "https://a.example")];
        let production = production.map(|(k, v)| (k.to_owned(), v.to_owned()));
        let refused = Settings::load_in(dir.path(), production).unwrap_err().to_string();
        assert!(refused.contains("SMTP_URL"), "the .env's SMTP_URL is not read: {refused}");

        let sneaky = folder_with_dotenv("APP_ENV=production\n");
        let refused = Settings::load_in(sneaky.path(), []).unwrap_err().to_string();
        assert!(refused.contains(".env"), "{refused}");
    }

    #[test]
    fn secrets_do_not_print() {
        let settings = settings_with(&[("SECRET_KEY", "hunter2-hunter2-hunter2-hunter2-x")]).unwrap();
        assert!(!format!("{settings:?}").contains("hunter2"));
    }

    #[test]
    fn a_bad_value_names_its_setting_and_the_form_it_needs() {
        let cases = [
            ("LISTEN_ADDR", "not an address", "socket address"),
            ("RESET_TOKEN_MINUTES", "an hour", "i64"),
            ("MAX_BODY_BYTES", "-1", "usize"),
            ("BASE_URL", "accounts.example.com", "relative URL"),
            ("BASE_URL", "ftp://accounts.example.com", "http:// or https://"),
            ("APP_ENV", "staging", "development"),
            ("TRUSTED_PROXIES", "10.0.0.1, proxy", "IP address"),
        ];
        for (key, value, form) in cases {
            let error = format!("{:#}", settings_with(&[(key, value)]).unwrap_err());
            assert!(error.contains(key), "{key}={value}: {error}");
            assert!(error.contains(form), "{key}={value}: {error}");
        }
    }

    /// The names of `Raw`'s fields, as serde sees them: a deserializer
    /// that only records the field list it is asked for.
    fn setting_names() -> Vec<&'static str> {
        use serde::de::{self, Visitor};
        struct Fields(&'static [&'static str]);
        impl<'de> de::Deserializer<'de> for &mut Fields {
            type Error = de::value::Error;
            fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
                Err(de::Error::custom("not a struct"))
            }
            fn deserialize_struct<V: Visitor<'de>>(
                self,
                _: &'static str,
                fields: &'static [&'static str],
                _: V,
            ) -> Result<V::Value, Self::Error> {
                self.0 = fields;
                Err(de::Error::custom("only the field names were wanted"))
            }
            serde::forward_to_deserialize_any! {
                bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
                option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
                ignored_any
            }
        }
        let mut fields = Fields(&[]);
        let _ = Raw::deserialize(&mut fields);
        fields.0.to_vec()
    }

    #[test]
    fn the_readme_lists_every_setting_and_only_those() {
        let readme =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
        let table = readme.split("## Configuration").nth(1).unwrap().split("\n## ").next().unwrap();
        // The first cell of each row names one setting or several.
        let mut listed: Vec<String> = table
            .lines()
            .filter_map(|line| line.strip_prefix("| `")?.split(" |").next())
            .flat_map(|cell| cell.split(", "))
            .map(|name| name.trim_matches('`').to_owned())
            .collect();
        listed.sort();
        let mut settings: Vec<String> =
            setting_names().iter().map(|name| name.to_ascii_uppercase()).collect();
        settings.sort();
        assert!(!settings.is_empty());
        assert_eq!(listed, settings, "README's configuration table and config::Raw");
    }
}
