//! Email is never lost: not to an SMTP server that is down, not to a restart.

use std::time::Duration;

use accounts::server::startup::Application;

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
