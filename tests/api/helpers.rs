use std::path::{Path, PathBuf};

use accounts::{
    infra::{config::Settings, crypto::password::PasswordHasher, db::Database},
    web::startup::Application,
};
use reqwest::{Client, Response, redirect::Policy};
use tempfile::TempDir;

use crate::smtp::{MAIL_TIMEOUT, ReceivedMail, SmtpServer};

/// The public address the test applications believe they are reached at, as
/// if behind a proxy; links and the same-origin check use it.
pub const BASE_URL: &str = "http://accounts.test";

/// The URL of every server function, read from leptos's registry (where
/// `#[server]` puts each one), so a new one is covered without being listed.
pub fn server_functions() -> Vec<&'static str> {
    let mut paths: Vec<_> = leptos::server_fn::axum::server_fn_paths().map(|(path, _)| path).collect();
    paths.sort_unstable();
    // An empty or partial registry would make the tests that walk it pass.
    for known in ["/api/register", "/api/login", "/api/settings/two-step/disable", "/api/check/password"] {
        assert!(paths.contains(&known), "the registry has no {known}: {paths:?}");
    }
    paths
}

pub struct TestApp {
    /// Where the server really listens, e.g. `http://127.0.0.1:41234`.
    pub address: String,
    pub client: Client,
    pub db: Database,
    pub smtp: SmtpServer,
    /// The app's password hasher, to count the passwords it checked.
    pub hasher: PasswordHasher,
    /// Holds the SQLite file; deleted when the test ends.
    _data_dir: TempDir,
}

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Settings from the real Leptos.toml, with test overrides in place of the
/// process environment so that tests do not depend on the shell they run in.
pub fn test_settings(data_dir: &Path, overrides: &[(&str, &str)]) -> Settings {
    let database_url = format!("sqlite://{}/accounts.db", data_dir.display());
    let site_root = manifest_dir().join("target/site");
    let mut env: Vec<(String, String)> = vec![
        ("LISTEN_ADDR".into(), "127.0.0.1:0".into()),
        ("BASE_URL".into(), BASE_URL.into()),
        ("DATABASE_URL".into(), database_url),
        ("SITE_ROOT".into(), site_root.display().to_string()),
        ("SHUTDOWN_GRACE_SECS".into(), "2".into()),
        // Tests wait for email; the worker should not sleep long between looks.
        ("OUTBOX_POLL_MS".into(), "50".into()),
        ("OUTBOX_RETRY_FIRST_SECS".into(), "1".into()),
        ("OUTBOX_RETRY_MAX_SECS".into(), "1".into()),
    ];
    for (key, value) in overrides {
        env.retain(|(k, _)| k != key);
        env.push((key.to_string(), value.to_string()));
    }
    Settings::from_sources(&manifest_dir().join("Leptos.toml"), env).expect("test settings are valid")
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(&[]).await
}

/// Where a test keeps its data: a new SQLite file in `data_dir`, or a new
/// database on the server that `TEST_POSTGRES_URL` or `TEST_MYSQL_URL`
/// names by its maintenance database (e.g.
/// `postgres://postgres@127.0.0.1:5432/postgres`, `mysql://root@127.0.0.1:3306/test`).
pub async fn test_database_url(data_dir: &Path) -> String {
    let (admin_url, create) = if let Ok(url) = std::env::var("TEST_POSTGRES_URL") {
        (url, "")
    } else if let Ok(url) = std::env::var("TEST_MYSQL_URL") {
        // The least helpful default a server can have: a case- and
        // accent-insensitive collation, which the schema must not inherit.
        (url, " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci")
    } else {
        return format!("sqlite://{}/accounts.db", data_dir.display());
    };
    sqlx::any::install_default_drivers();
    let name = format!("accounts_test_{}", uuid::Uuid::new_v4().simple());
    let mut admin = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin_url)
        .await
        .expect("the test database server is reachable");
    sqlx::Executor::execute(&mut admin, format!("CREATE DATABASE {name}{create}").as_str()).await.unwrap();
    let server = admin_url.rsplit_once('/').map_or(admin_url.as_str(), |(server, _)| server);
    format!("{server}/{name}")
}

/// The application with its own database and its own SMTP server.
pub async fn spawn_app_with(overrides: &[(&str, &str)]) -> TestApp {
    // Server logs only when asked for: `TEST_LOG=1 cargo test ...`.
    if std::env::var_os("TEST_LOG").is_some() {
        accounts::infra::telemetry::init();
    }
    let smtp = SmtpServer::start().await;
    let smtp_url = smtp.url();
    let mut overrides = overrides.to_vec();
    if !overrides.iter().any(|(k, _)| *k == "SMTP_URL") {
        overrides.push(("SMTP_URL", &smtp_url));
    }
    let data_dir = tempfile::tempdir().expect("a temporary directory");
    let database_url = test_database_url(data_dir.path()).await;
    if !overrides.iter().any(|(k, _)| *k == "DATABASE_URL") {
        overrides.push(("DATABASE_URL", &database_url));
    }
    let settings = test_settings(data_dir.path(), &overrides);
    let app = Application::build(settings).await.expect("the application starts");
    let address = format!("http://{}", app.local_addr());
    let (db, hasher) = (app.state().db.clone(), app.state().hasher.clone());
    tokio::spawn(app.run_until_stopped());
    TestApp { address, client: client(), db, smtp, hasher, _data_dir: data_dir }
}

/// A client like a browser's: keeps cookies, does not follow redirects (so
/// tests can assert them), and never decompresses behind the test's back.
/// The JSON a server function at `path` answered, with status 200.
async fn json_of(path: &str, response: Response) -> serde_json::Value {
    let status = response.status();
    let body = response.text().await.unwrap();
    assert_eq!(status, 200, "{path}: {body}");
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}"))
}

pub fn client() -> Client {
    Client::builder().redirect(Policy::none()).cookie_store(true).build().expect("a reqwest client")
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client.get(self.url(path)).send().await.expect("GET is answered")
    }

    /// Where a browser lands after a form post: the page its redirect leads
    /// to (fetched with this client's cookies), or the answer itself.
    pub async fn landing(&self, response: Response) -> Response {
        match response.headers().get("location") {
            Some(to) if response.status().is_redirection() => self.get(to.to_str().unwrap()).await,
            _ => response,
        }
    }

    /// A form post as a browser on this site sends it.
    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> Response {
        self.post_form_from(BASE_URL, path, form).await
    }

    /// [`Self::post_form`] from a page at `origin`, for an app that was
    /// given another `BASE_URL`. Sent as a browser sends a form, asking for
    /// HTML and naming the page it came from.
    pub async fn post_form_from(&self, origin: &str, path: &str, form: &[(&str, &str)]) -> Response {
        self.client
            .post(self.url(path))
            .header("origin", origin)
            .header("sec-fetch-site", "same-origin")
            .header("accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .header("referer", format!("{origin}/"))
            .form(form)
            .send()
            .await
            .expect("POST is answered")
    }

    /// A server function called as the islands call it: the form's fields,
    /// url-encoded, with JSON asked for in return.
    pub async fn call(&self, path: &str, form: &[(&str, &str)]) -> Response {
        self.client
            .post(self.url(path))
            .header("origin", BASE_URL)
            .header("sec-fetch-site", "same-origin")
            .header("accept", "application/json")
            .form(form)
            .send()
            .await
            .expect("POST is answered")
    }

    /// [`Self::call`], expecting a typed answer: status 200 and JSON.
    pub async fn answer(&self, path: &str, form: &[(&str, &str)]) -> serde_json::Value {
        json_of(path, self.call(path, form).await).await
    }

    /// A read (a `GET` server function), expecting status 200 and JSON.
    pub async fn read(&self, path: &str) -> serde_json::Value {
        json_of(path, self.get(path).await).await
    }

    pub async fn register(&self, username: &str, email: &str, password: &str) -> Response {
        let form = [
            ("username", username),
            ("email", email),
            ("password", password),
            ("password_confirm", password),
        ];
        self.post_form("/register", &form).await
    }

    pub async fn sign_in(&self, login: &str, password: &str) -> Response {
        self.post_form("/login", &[("login", login), ("password", password)]).await
    }

    /// Signs in from another browser, which keeps its own session.
    pub async fn sign_in_elsewhere(&self, browser: &Client, login: &str, password: &str) -> Response {
        browser
            .post(self.url("/login"))
            .header("origin", BASE_URL)
            .header("sec-fetch-site", "same-origin")
            .form(&[("login", login), ("password", password)])
            .send()
            .await
            .expect("POST is answered")
    }

    /// Registers, follows the emailed link and confirms: a ready account.
    pub async fn confirmed_account(&self, username: &str, email: &str, password: &str) {
        let before = self.smtp.messages().await.len();
        assert_eq!(self.register(username, email, password).await.status(), 200);
        let mail = self.smtp.wait_for(before + 1, MAIL_TIMEOUT).await.pop().unwrap();
        let token = token_in(&confirmation_link(&mail));
        let confirmed = self.post_form("/confirm", &[("token", &token)]).await;
        assert_eq!(confirmed.status(), 200);
    }

    /// Every email this app's SMTP server received, once the outbox has
    /// nothing left to send (see [`delivered`]).
    pub async fn delivered(&self) -> Vec<ReceivedMail> {
        delivered(&self.db, &self.smtp).await
    }

    /// [`Self::delivered`], to one address.
    pub async fn delivered_to(&self, address: &str) -> Vec<ReceivedMail> {
        self.delivered().await.into_iter().filter(|m| m.to.iter().any(|t| t == address)).collect()
    }
}

/// Every email `smtp` received, once the outbox in `db` has nothing left to
/// send: for counting emails, where reading the inbox as soon as the
/// expected one arrives would miss an extra one a moment later.
pub async fn delivered(db: &Database, smtp: &SmtpServer) -> Vec<ReceivedMail> {
    let deadline = tokio::time::Instant::now() + MAIL_TIMEOUT;
    let mut quiet_looks = 0;
    // Twice in a row, several worker polls apart: an email queued by work
    // that runs after an answer (a reset request's link) is seen too.
    while quiet_looks < 2 {
        let pending: i64 = sqlx::query_scalar(
            "SELECT (SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND dead_at IS NULL) \
                  + (SELECT COUNT(*) FROM reset_requests)",
        )
        .fetch_one(db.pool())
        .await
        .unwrap();
        quiet_looks = if pending == 0 { quiet_looks + 1 } else { 0 };
        assert!(tokio::time::Instant::now() < deadline, "the outbox still has {pending} email(s) to send");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    smtp.messages().await
}

/// The confirmation link in an email, as a path on the test server.
pub fn confirmation_link(mail: &ReceivedMail) -> String {
    link_in(mail, "/confirm?token=")
}

/// The first link in the text part containing `marker`, as a path, so the
/// test can follow it on the real server whatever the base URL says.
pub fn link_in(mail: &ReceivedMail, marker: &str) -> String {
    let text = mail.text_part();
    let link = text
        .split_whitespace()
        .find(|word| word.starts_with("http") && word.contains(marker))
        .unwrap_or_else(|| panic!("no link with {marker} in:\n{text}"));
    let after_scheme = link.find("://").map_or(0, |i| i + 3);
    let path_start = link[after_scheme..].find('/').map_or(link.len(), |i| after_scheme + i);
    link[path_start..].to_owned()
}

/// The code an email shows beside its link: the one word shaped like
/// `ABCD-1234` in its text part.
pub fn code_in(mail: &ReceivedMail) -> String {
    let text = mail.text_part();
    let shaped = |word: &&str| {
        word.len() == 9
            && word.char_indices().all(|(i, c)| if i == 4 { c == '-' } else { c.is_ascii_alphanumeric() })
    };
    text.split_whitespace().find(shaped).unwrap_or_else(|| panic!("no code in:\n{text}")).to_owned()
}

pub fn token_in(link: &str) -> String {
    link.split("token=").nth(1).expect("a token parameter").to_owned()
}

/// A page without the parts that differ on every response (the CSP nonce,
/// which Leptos also writes into `crossorigin`), for comparing two answers.
pub async fn comparable_body(response: Response) -> String {
    let html = response.text().await.unwrap();
    blank_attribute(&blank_attribute(&html, "nonce"), "crossorigin")
}

fn blank_attribute(html: &str, name: &str) -> String {
    let marker = format!("{name}=\"");
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(&marker) {
        out.push_str(&rest[..start + marker.len()]);
        let value_and_after = &rest[start + marker.len()..];
        rest = value_and_after.find('"').map_or("", |end| &value_and_after[end..]);
    }
    out.push_str(rest);
    out
}

/// The built site (CSS, JS, WASM) that `cargo leptos build` writes; tests of
/// static assets need it and say so plainly when it is missing.
pub fn require_built_site() -> PathBuf {
    let pkg = manifest_dir().join("target/site/pkg");
    assert!(
        pkg.join("accounts.wasm").exists(),
        "{} has no accounts.wasm: run `cargo leptos build --release --precompress` first \
         (scripts/test does)",
        pkg.display()
    );
    pkg
}
