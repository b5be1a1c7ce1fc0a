use std::path::{Path, PathBuf};

use accounts::server::{config::Settings, db::Database, startup::Application};
use reqwest::{Client, Response, redirect::Policy};
use tempfile::TempDir;

/// The public address the test applications believe they are reached at, as
/// if behind a proxy; links and the same-origin check use it.
pub const BASE_URL: &str = "http://accounts.test";

pub struct TestApp {
    /// Where the server really listens, e.g. `http://127.0.0.1:41234`.
    pub address: String,
    pub client: Client,
    pub db: Database,
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
    ];
    for (key, value) in overrides {
        env.retain(|(k, _)| k != key);
        env.push((key.to_string(), value.to_string()));
    }
    Settings::from_sources(&manifest_dir().join("Leptos.toml"), move |key| {
        env.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    })
    .expect("test settings are valid")
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(&[]).await
}

pub async fn spawn_app_with(overrides: &[(&str, &str)]) -> TestApp {
    // Server logs only when asked for: `TEST_LOG=1 cargo test ...`.
    if std::env::var_os("TEST_LOG").is_some() {
        accounts::server::telemetry::init();
    }
    let data_dir = tempfile::tempdir().expect("a temporary directory");
    let settings = test_settings(data_dir.path(), overrides);
    let app = Application::build(settings)
        .await
        .expect("the application starts");
    let address = format!("http://{}", app.local_addr());
    let db = app.state().db.clone();
    tokio::spawn(app.run_until_stopped());
    TestApp {
        address,
        client: client(),
        db,
        _data_dir: data_dir,
    }
}

/// A client like a browser's: keeps cookies, does not follow redirects (so
/// tests can assert them), and never decompresses behind the test's back.
pub fn client() -> Client {
    Client::builder()
        .redirect(Policy::none())
        .cookie_store(true)
        .build()
        .expect("a reqwest client")
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("GET is answered")
    }
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
