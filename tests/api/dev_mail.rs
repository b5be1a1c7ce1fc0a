//! The development mailbox: every email, without an SMTP server.

use std::time::Duration;

use crate::helpers::{TestApp, spawn_app, spawn_app_with};

const PASSWORD: &str = "correct horse battery staple";

#[tokio::test]
async fn without_smtp_in_development_email_lands_in_the_mailbox() {
    let app = spawn_app_with(&[("SMTP_URL", "")]).await;
    app.register("ada", "ada@example.com", PASSWORD).await;

    let mut page = String::new();
    for _ in 0..50 {
        page = app.get("/dev/mail").await.text().await.unwrap();
        if page.contains("delivered") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(page.contains("Confirm your email address"), "{page}");
    assert!(page.contains("To ada@example.com · delivered"), "{page}");
    assert!(page.contains(r#"<a href="http://accounts.test/confirm?token="#), "links are clickable: {page}");
    let html_view = app.get("/dev/mail/1").await;
    assert_eq!(html_view.status(), 200);
    assert!(html_view.text().await.unwrap().contains("Confirm my address"));
}

/// `/dev/mail` answers "not found" and shows nothing of the email sent.
async fn assert_no_mailbox(app: &TestApp) {
    for path in ["/dev/mail", "/dev/mail/1"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        let page = response.text().await.unwrap();
        assert!(page.contains("Page not found"), "{path}: {page}");
        for content in ["Confirm your email address", "ada@example.com", "token=", "delivered"] {
            assert!(!page.contains(content), "{path} shows {content:?}: {page}");
        }
    }
}

#[tokio::test]
async fn with_smtp_configured_there_is_no_mailbox() {
    let app = spawn_app().await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    app.delivered().await;

    assert_no_mailbox(&app).await;
}

#[tokio::test]
async fn in_production_there_is_no_mailbox() {
    let key = "k".repeat(40);
    // Production refuses to start without SMTP; the test's server is on loopback.
    let app = spawn_app_with(&[
        ("APP_ENV", "production"),
        ("SECRET_KEY", &key),
        ("BASE_URL", "https://accounts.test"),
    ])
    .await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    let queued: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM outbox").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(queued, 1, "there is an email the mailbox could show");

    assert_no_mailbox(&app).await;
}
