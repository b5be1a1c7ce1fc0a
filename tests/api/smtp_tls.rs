//! Email over TLS, as production sends it: TLS from the first byte (465)
//! and STARTTLS (587), each with a login, to a real TLS server on loopback
//! whose certificate comes from a throwaway CA the application is told to
//! trust (`SMTP_CA_FILE`). And what receiving servers check: Message-ID,
//! Date, From, and a DKIM signature verified by an independent verifier.

use std::{path::PathBuf, sync::Arc, time::Duration};

use accounts::web::startup::Application;
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair};
use sqlx::Row;
use tempfile::TempDir;
use tokio_rustls::rustls::{ServerConfig, crypto::ring, pki_types::PrivateKeyDer};

use crate::{
    helpers::{TestApp, confirmation_link, spawn_app_with, test_settings},
    smtp::{Encryption, MAIL_TIMEOUT, SmtpServer},
};

const PASSWORD: &str = "correct horse battery staple";
const MAIL_FROM: &str = "Accounts <no-reply@accounts.test>";
const SMTP_USER: &str = "mailer";
const SMTP_PASSWORD: &str = "relay-password-8c1f";

/// A CA of the test's own, and a server certificate it signed for `host`.
struct Pki {
    dir: TempDir,
    server: Arc<ServerConfig>,
}

impl Pki {
    fn for_host(host: &str) -> Self {
        let ca_key = KeyPair::generate().unwrap();
        let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.distinguished_name.push(DnType::CommonName, "accounts test CA");
        let ca_cert = ca.self_signed(&ca_key).unwrap();
        let key = KeyPair::generate().unwrap();
        let cert = CertificateParams::new(vec![host.to_owned()])
            .unwrap()
            .signed_by(&key, &ca_cert, &ca_key)
            .unwrap();

        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("ca.pem"), ca_cert.pem()).unwrap();
        let server = ServerConfig::builder_with_provider(Arc::new(ring::default_provider()))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(vec![cert.der().clone()], PrivateKeyDer::Pkcs8(key.serialize_der().into()))
            .unwrap();
        Self { dir, server: Arc::new(server) }
    }

    fn ca_file(&self) -> String {
        self.dir.path().join("ca.pem").display().to_string()
    }
}

/// How the application is told to reach the server.
#[derive(Clone, Copy)]
enum Way {
    /// `smtps://…`: TLS from the first byte.
    Smtps,
    /// `smtp://…?tls=required`, to a server that offers STARTTLS or not.
    StartTls { offered: bool },
}

/// A TLS server with a login, and the application sending to it by name
/// with the test's login, trusting the test's CA; a registration queued.
async fn registered_through(way: Way, pki: &Pki) -> (SmtpServer, TestApp) {
    let (encryption, scheme, query) = match way {
        Way::Smtps => (Encryption::Implicit(Arc::clone(&pki.server)), "smtps", ""),
        Way::StartTls { offered } => (
            Encryption::StartTls { config: Arc::clone(&pki.server), offer: offered },
            "smtp",
            "?tls=required",
        ),
    };
    let smtp = SmtpServer::start_tls(encryption, (SMTP_USER, SMTP_PASSWORD)).await;
    let url = format!("{scheme}://{SMTP_USER}:{SMTP_PASSWORD}@localhost:{}{query}", smtp.port);
    let ca_file = pki.ca_file();
    let app =
        spawn_app_with(&[("SMTP_URL", &url), ("SMTP_CA_FILE", &ca_file), ("MAIL_FROM", MAIL_FROM)]).await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    (smtp, app)
}

/// An email as it should reach a receiving server.
fn assert_whole(mail: &crate::smtp::ReceivedMail) {
    assert!(mail.over_tls, "the email went over TLS");
    assert_eq!(mail.to, ["ada@example.com"]);
    assert_eq!(mail.from, "no-reply@accounts.test");
    assert_eq!(mail.header("From").as_deref(), Some(MAIL_FROM));
    let message_id = mail.header("Message-ID").expect("a Message-ID");
    assert!(message_id.starts_with('<') && message_id.ends_with("@accounts.test>"), "{message_id}");
    assert!(mail.header("Date").is_some_and(|date| date.contains(':')), "a Date header");
    assert!(mail.header("Content-Type").is_some_and(|t| t.starts_with("multipart/alternative")));
    assert!(confirmation_link(mail).starts_with("/confirm?token="));
    assert!(mail.html_part().contains("/confirm?token="), "the HTML part carries the link too");
}

async fn assert_logged_in_over_tls(smtp: &SmtpServer) {
    let logins = smtp.logins().await;
    assert!(!logins.is_empty(), "the client logged in");
    for login in logins {
        assert!(login.over_tls, "the password was sent over TLS only");
        assert_eq!((login.username.as_str(), login.password.as_str()), (SMTP_USER, SMTP_PASSWORD));
    }
}

#[tokio::test]
async fn tls_from_the_first_byte_with_a_login_delivers_the_whole_email() {
    let (smtp, _app) = registered_through(Way::Smtps, &Pki::for_host("localhost")).await;

    let mail = smtp.wait_for(1, MAIL_TIMEOUT).await;
    assert_whole(&mail[0]);
    assert_logged_in_over_tls(&smtp).await;
}

#[tokio::test]
async fn starttls_with_a_login_delivers_the_whole_email() {
    let way = Way::StartTls { offered: true };
    let (smtp, _app) = registered_through(way, &Pki::for_host("localhost")).await;

    let mail = smtp.wait_for(1, MAIL_TIMEOUT).await;
    assert_whole(&mail[0]);
    assert_logged_in_over_tls(&smtp).await;
}

/// Waits until the one queued email has been tried `attempts` times (the
/// last try over, not in hand), and returns its last error; it must still
/// be queued, neither sent nor given up.
async fn kept_after(app: &TestApp, attempts: i64) -> String {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let row = sqlx::query("SELECT attempts, claimed_until, sent_at, dead_at, last_error FROM outbox")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        let number = |column| row.try_get::<Option<i64>, _>(column).unwrap();
        let (tried, in_hand, sent, dead) = (
            number("attempts").unwrap_or_default(),
            number("claimed_until"),
            number("sent_at"),
            number("dead_at"),
        );
        // TEXT: see `long_text`.
        let error = accounts::infra::db::long_text(&row, "last_error").unwrap();
        assert_eq!((sent, dead), (None, None), "the email is still queued: {error:?}");
        if tried >= attempts && in_hand.is_none() && error.is_some() {
            return error.unwrap_or_default();
        }
        assert!(tokio::time::Instant::now() < deadline, "tried {tried} times, not {attempts}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_certificate_for_another_host_is_refused_and_the_email_kept() {
    let (smtp, app) = registered_through(Way::Smtps, &Pki::for_host("mail.elsewhere.test")).await;

    let error = kept_after(&app, 2).await;
    assert!(error.to_lowercase().contains("certificate"), "{error}");
    assert!(smtp.messages().await.is_empty());
    assert!(smtp.logins().await.is_empty(), "no password went to a server that could not prove its name");
}

#[tokio::test]
async fn a_server_without_starttls_is_refused_when_tls_is_required() {
    let way = Way::StartTls { offered: false };
    let (smtp, app) = registered_through(way, &Pki::for_host("localhost")).await;

    kept_after(&app, 2).await;
    assert!(smtp.messages().await.is_empty());
    assert!(smtp.logins().await.is_empty(), "no password went over plain text");
}

#[tokio::test]
async fn a_wrong_password_is_retried_with_backoff_and_never_logged() {
    let pki = Pki::for_host("localhost");
    let smtp =
        SmtpServer::start_tls(Encryption::Implicit(Arc::clone(&pki.server)), (SMTP_USER, SMTP_PASSWORD))
            .await;
    let wrong = "wrong-password-5d2e";
    let ca_file = pki.ca_file();
    let url = format!("smtps://{SMTP_USER}:{wrong}@localhost:{}", smtp.port);
    // Backoff of 1 s, then 2 s, then 4 s (times are stored to the second).
    let app = spawn_app_with(&[
        ("SMTP_URL", &url),
        ("SMTP_CA_FILE", &ca_file),
        ("MAIL_FROM", MAIL_FROM),
        ("OUTBOX_RETRY_MAX_SECS", "60"),
    ])
    .await;
    let started = tokio::time::Instant::now();

    app.register("ada", "ada@example.com", PASSWORD).await;

    let error = kept_after(&app, 3).await;
    assert!(started.elapsed() >= Duration::from_secs(2), "the tries backed off: {:?}", started.elapsed());
    let next: i64 =
        sqlx::query_scalar("SELECT next_attempt_at FROM outbox").fetch_one(app.db.pool()).await.unwrap();
    let now =
        i64::try_from(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs())
            .unwrap();
    assert!(next - now >= 2, "after three tries the next waits about 4 s, not {} s", next - now);
    assert!(error.contains("535"), "the server's refusal is kept: {error}");
    assert!(!error.contains(wrong), "the password is not in the error: {error}");
    assert_eq!(smtp.logins().await.len(), 3, "a login per try");
}

#[tokio::test]
async fn an_unreadable_or_empty_ca_file_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.pem");
    std::fs::write(&empty, "").unwrap();
    for (ca_file, says) in
        [(dir.path().join("missing.pem"), "cannot be read"), (empty, "holds no PEM certificate")]
    {
        let ca_file = ca_file.display().to_string();
        let overrides = [("SMTP_URL", "smtps://localhost:465"), ("SMTP_CA_FILE", ca_file.as_str())];
        let Err(error) = Application::build(test_settings(dir.path(), &overrides)).await else {
            panic!("{ca_file}: the application started");
        };
        let error = format!("{error:#}");
        assert!(error.contains("SMTP_CA_FILE") && error.contains(says), "{error}");
    }
}

/// `openssl` with arguments, returning what it printed.
fn openssl(args: &[&str]) -> Vec<u8> {
    let output = std::process::Command::new("openssl").args(args).output().expect("the openssl command");
    assert!(output.status.success(), "openssl {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    output.stdout
}

#[tokio::test]
async fn a_dkim_signature_verifies_with_the_published_key() {
    use base64::Engine;
    let dir = tempfile::tempdir().unwrap();
    let key: PathBuf = dir.path().join("dkim.pem");
    std::fs::write(&key, openssl(&["genrsa", "-traditional", "2048"])).unwrap();
    let key_file = key.display().to_string();
    let public = openssl(&["rsa", "-in", &key_file, "-pubout", "-outform", "DER"]);
    let record = format!("v=DKIM1; k=rsa; p={}", base64::engine::general_purpose::STANDARD.encode(public));
    let app =
        spawn_app_with(&[("MAIL_FROM", MAIL_FROM), ("DKIM_KEY_FILE", &key_file), ("DKIM_SELECTOR", "s2026")])
            .await;

    app.register("ada", "ada@example.com", PASSWORD).await;

    let mail = app.smtp.wait_for(1, MAIL_TIMEOUT).await.remove(0);
    let signature = mail.header("DKIM-Signature").expect("a DKIM-Signature header");
    assert!(signature.contains("d=accounts.test") && signature.contains("s=s2026"), "{signature}");
    // dkimpy, an implementation of its own, looks the key up where DNS would
    // have it: s2026._domainkey.accounts.test.
    let verifier = "import sys, dkim\n\
        record = sys.argv[1].encode()\n\
        def dns(name, timeout=5):\n    \
            return record if name.rstrip(b'.') == b's2026._domainkey.accounts.test' else None\n\
        print(dkim.verify(sys.stdin.buffer.read(), dnsfunc=dns))";
    let verdict = verify_with_python(verifier, &record, mail.data.as_bytes());
    assert_eq!(verdict, "True", "dkimpy verified the signature");
    let mut tampered = mail.data.clone().into_bytes();
    let at = mail.data.find("/confirm").expect("a link in the body");
    tampered[at + 1] = b'C';
    assert_eq!(verify_with_python(verifier, &record, &tampered), "False", "a changed body fails");
}

fn verify_with_python(program: &str, record: &str, message: &[u8]) -> String {
    use std::io::Write;
    let mut child = std::process::Command::new("python3")
        .args(["-c", program, record])
        // Where scripts/setup --test installs dkimpy.
        .env("PYTHONPATH", crate::helpers::manifest_dir().join("target/python"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3");
    child.stdin.take().unwrap().write_all(message).unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.contains("No module named 'dkim'"),
        "dkimpy is missing from target/python: scripts/setup --test installs it"
    );
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}
