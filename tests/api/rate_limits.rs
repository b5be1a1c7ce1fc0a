//! Rate limits: per account and per client address, kept in the database.

use crate::{
    helpers::{BASE_URL, TestApp, comparable_body, spawn_app_with, test_database_url},
    smtp::MAIL_TIMEOUT,
};

const PASSWORD: &str = "correct horse battery staple";

/// Moves every counter into the past, as if the window had ended.
async fn end_windows(app: &TestApp) {
    sqlx::query("UPDATE rate_limits SET window_start = window_start - 100000")
        .execute(app.db.pool())
        .await
        .unwrap();
}

#[tokio::test]
async fn failed_sign_ins_slow_an_account_down_for_a_while_only() {
    let app = spawn_app_with(&[("RATE_LIMIT_LOGIN_FAILURES", "3")]).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    let wrong = comparable_body(app.sign_in("ada", "a wrong password here").await).await;
    app.sign_in("ada@example.com", "another wrong password").await;
    app.sign_in("ADA", "a third wrong password").await;

    // Even the right password is refused now, with the usual message.
    let throttled = app.sign_in("ada", PASSWORD).await;
    assert_eq!(throttled.status(), 422);
    assert_eq!(comparable_body(throttled).await, wrong, "a throttled answer looks like any failure");

    end_windows(&app).await;
    assert_eq!(app.sign_in("ada", PASSWORD).await.headers()["location"], "/home", "the owner gets back in");
}

#[tokio::test]
async fn registrations_over_the_limit_get_the_usual_answer_and_do_nothing() {
    let app = spawn_app_with(&[("RATE_LIMIT_PER_ADDRESS", "2")]).await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    app.register("bob", "bob@example.com", PASSWORD).await;

    let third = app.register("eve", "eve@example.com", PASSWORD).await;

    assert_eq!(third.status(), 200);
    assert!(third.text().await.unwrap().contains("Check your inbox"));
    app.smtp.wait_for(2, MAIL_TIMEOUT).await;
    assert!(app.delivered_to("eve@example.com").await.is_empty());
    let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(users, 2);
}

#[tokio::test]
async fn forgot_over_the_limit_gets_the_usual_answer_and_sends_nothing() {
    let app = spawn_app_with(&[("RATE_LIMIT_PER_ADDRESS", "1"), ("RESEND_COOLDOWN_SECS", "0")]).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    let first = app.post_form("/forgot", &[("email", "ada@example.com")]).await;

    let second = app.post_form("/forgot", &[("email", "ada@example.com")]).await;

    assert_eq!(comparable_body(first).await, comparable_body(second).await);
    app.smtp.wait_for(2, MAIL_TIMEOUT).await;
    assert_eq!(app.delivered_to("ada@example.com").await.len(), 2, "the confirmation and one reset link");
}

#[tokio::test]
async fn link_submissions_over_the_limit_get_429() {
    let app = spawn_app_with(&[("RATE_LIMIT_PER_ADDRESS", "2")]).await;
    let guess = "D".repeat(43);
    for _ in 0..2 {
        assert_eq!(app.post_form("/confirm", &[("token", &guess)]).await.status(), 404);
    }

    let throttled = app.post_form("/confirm", &[("token", &guess)]).await;

    assert_eq!(throttled.status(), 429);
    assert!(throttled.text().await.unwrap().contains("Too many attempts"));
    assert_eq!(app.get(&format!("/confirm?token={guess}")).await.status(), 429);
}

#[tokio::test]
async fn limits_hold_across_instances() {
    let dir = tempfile::tempdir().unwrap();
    let database = test_database_url(dir.path()).await;
    let overrides = [("DATABASE_URL", database.as_str()), ("RATE_LIMIT_LOGIN_FAILURES", "2")];
    let a = spawn_app_with(&overrides).await;
    let b = spawn_app_with(&overrides).await;
    a.register("ada", "ada@example.com", PASSWORD).await;
    sqlx::query("UPDATE users SET email_confirmed_at = 1").execute(a.db.pool()).await.unwrap();
    // A success is not a failure: after it and one failure (on the other
    // instance), one below the limit, the right password still works.
    assert_eq!(b.sign_in("ada", PASSWORD).await.headers()["location"], "/home");
    a.sign_in("ada", "a wrong password here").await;
    assert_eq!(b.sign_in("ada", PASSWORD).await.headers()["location"], "/home", "limited after 1 of 2");

    // At the limit, counted across both instances, neither lets it in.
    a.sign_in("ada", "a wrong password here").await;
    b.sign_in("ada", "another wrong password").await;
    assert_eq!(a.sign_in("ada", PASSWORD).await.status(), 422);
    assert_eq!(b.sign_in("ada", PASSWORD).await.status(), 422);
}

async fn register_via(app: &TestApp, n: usize, forwarded: &str) {
    let (username, email) = (format!("user{n}"), format!("user{n}@example.com"));
    let form = [
        ("username", username.as_str()),
        ("email", &email),
        ("password", PASSWORD),
        ("password_confirm", PASSWORD),
    ];
    let request =
        app.client.post(app.url("/register")).header("origin", BASE_URL).header("x-forwarded-for", forwarded);
    request.form(&form).send().await.unwrap();
}

async fn count_users(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(app.db.pool()).await.unwrap()
}

#[tokio::test]
async fn a_forged_forwarded_for_is_ignored_unless_the_proxy_is_trusted() {
    let direct = spawn_app_with(&[("RATE_LIMIT_PER_ADDRESS", "1")]).await;
    register_via(&direct, 1, "203.0.113.1").await;
    register_via(&direct, 2, "203.0.113.2").await;
    assert_eq!(count_users(&direct).await, 1, "both came from 127.0.0.1");

    let proxied = spawn_app_with(&[("RATE_LIMIT_PER_ADDRESS", "1"), ("TRUSTED_PROXIES", "127.0.0.1")]).await;
    register_via(&proxied, 1, "203.0.113.1").await;
    register_via(&proxied, 2, "198.51.100.7, 203.0.113.2").await;
    assert_eq!(count_users(&proxied).await, 2, "two clients behind the trusted proxy");
}

#[tokio::test]
async fn the_counters_hold_no_addresses_or_names() {
    let app = spawn_app_with(&[]).await;
    app.sign_in("ada@example.com", "a wrong password here").await;

    let buckets: Vec<String> =
        sqlx::query_scalar("SELECT bucket FROM rate_limits").fetch_all(app.db.pool()).await.unwrap();

    assert!(!buckets.is_empty());
    for bucket in buckets {
        assert!(!bucket.contains("127.0.0.1") && !bucket.contains("ada"), "{bucket}");
    }
}

#[tokio::test]
async fn one_ipv6_64_counts_as_one_client() {
    let app = spawn_app_with(&[("RATE_LIMIT_PER_ADDRESS", "1"), ("TRUSTED_PROXIES", "127.0.0.1")]).await;
    register_via(&app, 1, "2001:db8:1:2::1").await;
    register_via(&app, 2, "2001:db8:1:2:ffff:ffff:ffff:fffe").await;
    assert_eq!(count_users(&app).await, 1, "the second address of the same /64 is limited");
    register_via(&app, 3, "2001:db8:1:3::1").await;
    assert_eq!(count_users(&app).await, 2, "another /64 is another client");

    register_via(&app, 4, "203.0.113.9").await;
    register_via(&app, 5, "::ffff:203.0.113.9").await;
    assert_eq!(count_users(&app).await, 3, "an IPv4-mapped address is the IPv4 address");
}
