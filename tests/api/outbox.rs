//! Email is never lost: not to an SMTP server that is down, not to a restart.

use std::time::Duration;

use accounts::{
    infra::db::{long_text, sql},
    web::startup::Application,
};

use crate::{
    helpers::{
        BASE_URL, client, confirmation_link, delivered, spawn_app_with, test_database_url, test_settings,
    },
    smtp::{MAIL_TIMEOUT, SmtpServer},
};

const PASSWORD: &str = "correct horse battery staple";

/// A loopback port with nothing listening on it (yet).
async fn free_port() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    listener.local_addr().unwrap().port()
}

#[tokio::test]
async fn mail_queued_while_smtp_is_down_arrives_when_it_is_back() {
    let port = free_port().await;
    let smtp_url = format!("smtp://127.0.0.1:{port}");
    let app = spawn_app_with(&[("SMTP_URL", &smtp_url)]).await;

    let registered = app.register("ada", "ada@example.com", PASSWORD).await;
    assert_eq!(registered.status(), 200, "registration does not wait for SMTP");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let (attempts, sent): (i64, Option<i64>) =
        sqlx::query_as("SELECT attempts, sent_at FROM outbox").fetch_one(app.db.pool()).await.unwrap();
    assert!(attempts >= 1, "the worker tried");
    assert_eq!(sent, None);

    let smtp = SmtpServer::start_on(port).await;
    let mail = smtp.wait_for(1, Duration::from_secs(15)).await;
    assert_eq!(mail[0].to, ["ada@example.com"]);
    assert!(confirmation_link(&mail[0]).starts_with("/confirm?token="));
}

#[tokio::test]
async fn mail_queued_before_a_restart_is_sent_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let database = test_database_url(dir.path()).await;
    let down = format!("smtp://127.0.0.1:{}", free_port().await);
    let settings = test_settings(dir.path(), &[("SMTP_URL", &down), ("DATABASE_URL", &database)]);
    let first = Application::build(settings).await.unwrap();
    let address = format!("http://{}", first.local_addr());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(first.run_until(async move {
        let _ = stopped.await;
    }));
    let form = [
        ("username", "ada"),
        ("email", "ada@example.com"),
        ("password", PASSWORD),
        ("password_confirm", PASSWORD),
    ];
    let registered = client()
        .post(format!("{address}/register"))
        .header("origin", BASE_URL)
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(registered.status(), 200);
    stop.send(()).unwrap();
    running.await.unwrap().unwrap();

    let smtp = SmtpServer::start().await;
    let settings = test_settings(dir.path(), &[("SMTP_URL", &smtp.url()), ("DATABASE_URL", &database)]);
    let second = Application::build(settings).await.unwrap();
    let db = second.state().db.clone();
    tokio::spawn(second.run_until_stopped());

    smtp.wait_for(1, MAIL_TIMEOUT).await;
    let mail = delivered(&db, &smtp).await;
    assert_eq!(mail[0].to, ["ada@example.com"]);
    assert_eq!(mail.len(), 1);
}

/// The emails in the outbox: recipient and both bodies.
async fn stored_bodies(db: &accounts::infra::db::Database) -> Vec<(String, String, String)> {
    let rows = sqlx::query("SELECT recipient, html_body, text_body FROM outbox ORDER BY id")
        .fetch_all(db.pool())
        .await
        .unwrap();
    let text = |row, column| long_text(row, column).unwrap().unwrap_or_default();
    rows.iter().map(|row| (text(row, "recipient"), text(row, "html_body"), text(row, "text_body"))).collect()
}

/// Waits until the one email in the outbox has its `column` (`sent_at`,
/// `dead_at`) set.
async fn until_the_only_email_is(db: &accounts::infra::db::Database, column: &str) {
    let deadline = tokio::time::Instant::now() + MAIL_TIMEOUT;
    loop {
        let at: Option<i64> =
            sqlx::query_scalar(&format!("SELECT {column} FROM outbox")).fetch_one(db.pool()).await.unwrap();
        if at.is_some() {
            return;
        }
        assert!(tokio::time::Instant::now() < deadline, "the email's {column} was never set");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_sent_emails_link_does_not_rest_in_the_database() {
    let app = crate::helpers::spawn_app().await;
    app.register("ada", "ada@example.com", PASSWORD).await;

    let mail = app.delivered().await;
    let token = crate::helpers::token_in(&confirmation_link(&mail[0]));
    let stored = stored_bodies(&app.db).await;
    assert_eq!(stored.len(), 1, "the row stays, for the record");
    let (recipient, html, text) = &stored[0];
    assert_eq!(recipient, "ada@example.com");
    assert!(html.is_empty() && text.is_empty(), "the body went with the send: {html}{text}");
    assert!(!html.contains(&token) && !text.contains(&token));
}

#[tokio::test]
async fn a_given_up_emails_link_does_not_rest_either() {
    let down = format!("smtp://127.0.0.1:{}", free_port().await);
    let app = spawn_app_with(&[("SMTP_URL", &down), ("OUTBOX_MAX_ATTEMPTS", "1")]).await;
    app.register("ada", "ada@example.com", PASSWORD).await;

    until_the_only_email_is(&app.db, "dead_at").await;
    let (_, html, text) = stored_bodies(&app.db).await.remove(0);
    assert!(html.is_empty() && text.is_empty(), "the body went when the email was given up: {text}");
}

#[tokio::test]
async fn the_development_mailbox_keeps_what_it_shows() {
    let app = spawn_app_with(&[("SMTP_URL", "")]).await;
    app.register("ada", "ada@example.com", PASSWORD).await;

    until_the_only_email_is(&app.db, "sent_at").await;
    let (_, html, text) = stored_bodies(&app.db).await.remove(0);
    assert!(text.contains("/confirm?token=") && html.contains("/confirm?token="), "{text}");
}

#[tokio::test]
async fn two_instances_and_a_slow_smtp_server_send_each_email_once() {
    const EMAILS: usize = 50;
    let dir = tempfile::tempdir().unwrap();
    let database = test_database_url(dir.path()).await;
    let smtp = SmtpServer::start_slow(Duration::from_millis(300)).await;
    let smtp_url = smtp.url();
    // A lease of two seconds, and ten emails' worth of sending in each
    // batch the old worker claimed at once: it would run past its lease.
    let overrides =
        [("DATABASE_URL", database.as_str()), ("SMTP_URL", &smtp_url), ("OUTBOX_LEASE_SECS", "2")];
    let a = spawn_app_with(&overrides).await;
    let mut queue = a.db.pool().begin().await.unwrap();
    for n in 0..EMAILS {
        sqlx::query(&sql(
            a.db.pool(),
            "INSERT INTO outbox (recipient, subject, html_body, text_body, created_at, next_attempt_at) \
             VALUES ($1, 'Hello', '<p>Hello</p>', 'Hello', 0, 0)",
        ))
        .bind(format!("user{n}@example.com"))
        .execute(&mut *queue)
        .await
        .unwrap();
    }
    queue.commit().await.unwrap();
    let b = spawn_app_with(&overrides).await;

    smtp.wait_for(EMAILS, Duration::from_secs(60)).await;
    let mail = delivered(&b.db, &smtp).await;
    let mut recipients: Vec<String> = mail.iter().map(|m| m.to.join(",")).collect();
    recipients.sort();
    let received = recipients.len();
    recipients.dedup();
    assert_eq!(recipients.len(), EMAILS, "every email arrived");
    assert_eq!(received, EMAILS, "and each exactly once");
}

#[tokio::test]
async fn a_reset_request_survives_a_crash_right_after_the_answer() {
    let dir = tempfile::tempdir().unwrap();
    let database = test_database_url(dir.path()).await;
    let smtp = SmtpServer::start().await;
    let binary = env!("CARGO_BIN_EXE_accounts");
    let manifest = crate::helpers::manifest_dir();
    let mut create = std::process::Command::new(binary)
        .args(["create-user", "--username", "ada", "--email", "ada@example.com", "--confirmed"])
        .current_dir(&manifest)
        .env("DATABASE_URL", &database)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut create.stdin.take().unwrap(), format!("{PASSWORD}\n").as_bytes()).unwrap();
    assert!(create.wait().unwrap().success());

    // On PostgreSQL and MySQL the test holds the account's row, so the link cannot be
    // issued before the crash: only a request written down before the
    // answer can survive it. (SQLite has no row locks; there the crash
    // races the worker, and the email must arrive exactly once either way.)
    let mut holder = None;
    if !database.starts_with("sqlite") {
        let mut tx =
            accounts::infra::db::Database::connect(&database).await.unwrap().pool().begin().await.unwrap();
        sqlx::query("SELECT id FROM users WHERE username = 'ada' FOR UPDATE")
            .execute(&mut *tx)
            .await
            .unwrap();
        holder = Some(tx);
    }

    let port = free_port().await;
    let mut server = std::process::Command::new(binary)
        .arg("serve")
        .current_dir(&manifest)
        .env("DATABASE_URL", &database)
        .env("LISTEN_ADDR", format!("127.0.0.1:{port}"))
        .env("BASE_URL", BASE_URL)
        .env("SMTP_URL", smtp.url())
        .env("OUTBOX_POLL_MS", "50")
        .env("RUST_LOG", "warn")
        .spawn()
        .unwrap();
    let address = format!("http://127.0.0.1:{port}");
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while client().get(format!("{address}/healthz")).send().await.is_err() {
        assert!(tokio::time::Instant::now() < deadline, "the server did not start");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    let answer = client()
        .post(format!("{address}/forgot"))
        .header("origin", BASE_URL)
        .form(&[("email", "ada@example.com")])
        .send()
        .await
        .unwrap();
    server.kill().unwrap();
    server.wait().unwrap();
    assert_eq!(answer.status(), 303);
    assert_eq!(answer.headers()["location"], "/forgot/code");
    if let Some(holder) = holder {
        holder.rollback().await.unwrap();
    }

    let settings = test_settings(dir.path(), &[("SMTP_URL", &smtp.url()), ("DATABASE_URL", &database)]);
    let restarted = Application::build(settings).await.unwrap();
    let db = restarted.state().db.clone();
    tokio::spawn(restarted.run_until_stopped());
    smtp.wait_for(1, MAIL_TIMEOUT).await;
    let mail = delivered(&db, &smtp).await;
    assert_eq!(mail.len(), 1, "one reset email");
    assert_eq!(mail[0].to, ["ada@example.com"]);
    assert!(crate::helpers::link_in(&mail[0], "/reset?token=").starts_with("/reset?token="));
}
