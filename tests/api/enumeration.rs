//! Nothing tells a stranger which addresses have accounts: not the status,
//! not the page, not the time it takes, not even with the SMTP server down.

use std::time::{Duration, Instant};

use crate::helpers::{comparable_body, spawn_app, spawn_app_with};

const PASSWORD: &str = "correct horse battery staple";

/// The median time of `runs` requests made by `request`.
async fn median<F, Fut>(runs: usize, mut request: F) -> Duration
where
    F: FnMut(usize) -> Fut,
    Fut: Future<Output = reqwest::Response>,
{
    let mut times = Vec::with_capacity(runs);
    for n in 0..runs {
        let started = Instant::now();
        let response = request(n).await;
        response.bytes().await.unwrap();
        times.push(started.elapsed());
    }
    times.sort();
    times[runs / 2]
}

/// Within noise: the slower takes at most twice the faster, or they are
/// within 15 ms of each other (a single disk sync on a busy test machine).
fn assert_alike(known: Duration, unknown: Duration, what: &str) {
    let (fast, slow) = if known < unknown { (known, unknown) } else { (unknown, known) };
    println!("{what}: known {known:?}, unknown {unknown:?}");
    assert!(
        slow <= fast * 2 || slow - fast <= Duration::from_millis(15),
        "{what}: known {known:?}, unknown {unknown:?}"
    );
}

#[tokio::test]
async fn sign_in_takes_as_long_for_unknown_accounts_as_for_wrong_passwords() {
    let app =
        spawn_app_with(&[("RATE_LIMIT_PER_ADDRESS", "1000"), ("RATE_LIMIT_LOGIN_FAILURES", "1000")]).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    let known =
        median(9, |n| app.sign_in("ada@example.com", if n % 2 == 0 { "wrong one" } else { "wrong two" }))
            .await;
    let unknown = median(9, |_| app.sign_in("nobody@example.com", "wrong one")).await;

    assert_alike(known, unknown, "sign-in");
}

#[tokio::test]
async fn forgot_takes_as_long_for_unknown_addresses() {
    let app = spawn_app_with(&[("RATE_LIMIT_PER_ADDRESS", "1000"), ("RESEND_COOLDOWN_SECS", "0")]).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    let known = median(9, |_| app.post_form("/forgot", &[("email", "ada@example.com")])).await;
    let unknown = median(9, |_| app.post_form("/forgot", &[("email", "nobody@example.com")])).await;

    assert_alike(known, unknown, "forgot");
}

#[tokio::test]
async fn the_json_path_takes_as_long_for_unknown_accounts() {
    let app = spawn_app_with(&[
        ("RATE_LIMIT_PER_ADDRESS", "1000"),
        ("RATE_LIMIT_LOGIN_FAILURES", "1000"),
        ("RESEND_COOLDOWN_SECS", "0"),
    ])
    .await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    let known = median(9, |_| app.call("/api/login", &[("login", "ada"), ("password", "wrong one")])).await;
    let unknown =
        median(9, |_| app.call("/api/login", &[("login", "nobody"), ("password", "wrong one")])).await;
    assert_alike(known, unknown, "sign-in over JSON");

    let known = median(9, |_| app.call("/api/forgot", &[("email", "ada@example.com")])).await;
    let unknown = median(9, |_| app.call("/api/forgot", &[("email", "nobody@example.com")])).await;
    assert_alike(known, unknown, "forgot over JSON");
}

#[tokio::test]
async fn register_takes_as_long_for_taken_addresses() {
    let app = spawn_app_with(&[("RATE_LIMIT_PER_ADDRESS", "1000")]).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    let app = &app;

    let taken =
        median(9, |n| async move { app.register(&format!("user{n}"), "ada@example.com", PASSWORD).await })
            .await;
    let new = median(9, |n| async move {
        app.register(&format!("new{n}"), &format!("new{n}@example.com"), PASSWORD).await
    })
    .await;

    assert_alike(taken, new, "register");
}

#[tokio::test]
async fn answers_are_the_same_while_the_smtp_server_is_down() {
    let app = spawn_app_with(&[("SMTP_URL", "smtp://127.0.0.1:9"), ("RESEND_COOLDOWN_SECS", "0")]).await;
    app.register("ada", "ada@example.com", PASSWORD).await;

    let taken = app.register("other", "ada@example.com", PASSWORD).await;
    let new = app.register("grace", "grace@example.com", PASSWORD).await;
    assert_eq!(taken.status(), new.status());
    assert_eq!(
        comparable_body(taken).await.replace("ada@example.com", "X"),
        comparable_body(new).await.replace("grace@example.com", "X")
    );

    let known = app.post_form("/forgot", &[("email", "ada@example.com")]).await;
    let unknown = app.post_form("/forgot", &[("email", "nobody@example.com")]).await;
    assert_eq!(known.status(), unknown.status());
    assert_eq!(
        comparable_body(known).await.replace("ada@example.com", "X"),
        comparable_body(unknown).await.replace("nobody@example.com", "X")
    );
}

#[tokio::test]
async fn other_origins_get_no_cors_permission() {
    let app = spawn_app().await;

    let preflight = app
        .client
        .request(reqwest::Method::OPTIONS, app.url("/api/account/sessions"))
        .header("origin", "https://evil.example")
        .header("access-control-request-method", "POST")
        .send()
        .await
        .unwrap();
    let page = app.client.get(app.url("/")).header("origin", "https://evil.example").send().await.unwrap();

    for response in [preflight, page] {
        assert!(response.headers().get("access-control-allow-origin").is_none());
        assert!(response.headers().get("access-control-allow-credentials").is_none());
    }
}
