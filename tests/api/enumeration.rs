//! Nothing tells a stranger which addresses have accounts: not the status,
//! not the page, not the time it takes, not even with the SMTP server down.

use std::time::{Duration, Instant};

use crate::helpers::{comparable_body, spawn_app, spawn_app_with};

const PASSWORD: &str = "correct horse battery staple";

/// Times `ROUNDS` requests of each kind, interleaved (known, unknown,
/// known, …) so that the machine's drift falls on both alike, and checks
/// that the medians differ by less than the larger interquartile range:
/// the spread of either group is the noise, and a difference beyond it is a
/// signal. A skipped argon2 run (about 15 ms) stands far out of it; the
/// floor keeps a sub-millisecond spread from failing on a millisecond of
/// scheduling.
async fn assert_alike<K, KF, U, UF>(what: &str, mut known: K, mut unknown: U)
where
    K: FnMut(usize) -> KF,
    KF: Future<Output = reqwest::Response>,
    U: FnMut(usize) -> UF,
    UF: Future<Output = reqwest::Response>,
{
    const ROUNDS: usize = 31;
    let (mut known_times, mut unknown_times) = (Vec::new(), Vec::new());
    for n in 0..ROUNDS {
        known_times.push(time(known(n)).await);
        unknown_times.push(time(unknown(n)).await);
    }
    let (known, unknown) = (Spread::of(known_times), Spread::of(unknown_times));
    let bound = known.iqr.max(unknown.iqr).max(FLOOR);
    let difference = known.median.abs_diff(unknown.median);
    println!("{what}: known {known:?}, unknown {unknown:?}, difference {difference:?}, bound {bound:?}");
    assert!(difference < bound, "{what}: known {known:?}, unknown {unknown:?}: {difference:?} apart");
}

const FLOOR: Duration = Duration::from_millis(3);

async fn time(request: impl Future<Output = reqwest::Response>) -> Duration {
    let started = Instant::now();
    request.await.bytes().await.unwrap();
    started.elapsed()
}

#[derive(Debug)]
struct Spread {
    median: Duration,
    iqr: Duration,
}

impl Spread {
    fn of(mut times: Vec<Duration>) -> Self {
        times.sort();
        let at = |q: usize| times[(times.len() - 1) * q / 4];
        Self { median: at(2), iqr: at(3) - at(1) }
    }
}

#[tokio::test]
async fn sign_in_takes_as_long_for_unknown_accounts_as_for_wrong_passwords() {
    let app =
        spawn_app_with(&[("RATE_LIMIT_PER_ADDRESS", "1000"), ("RATE_LIMIT_LOGIN_FAILURES", "1000")]).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    assert_alike(
        "sign-in",
        |n| app.sign_in("ada@example.com", if n % 2 == 0 { "wrong one" } else { "wrong two" }),
        |_| app.sign_in("nobody@example.com", "wrong one"),
    )
    .await;
}

#[tokio::test]
async fn forgot_takes_as_long_for_unknown_addresses() {
    let app = spawn_app_with(&[("RATE_LIMIT_PER_ADDRESS", "1000"), ("RESEND_COOLDOWN_SECS", "0")]).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    assert_alike(
        "forgot",
        |_| app.post_form("/forgot", &[("email", "ada@example.com")]),
        |_| app.post_form("/forgot", &[("email", "nobody@example.com")]),
    )
    .await;
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

    assert_alike(
        "sign-in over JSON",
        |_| app.call("/api/login", &[("login", "ada"), ("password", "wrong one")]),
        |_| app.call("/api/login", &[("login", "nobody"), ("password", "wrong one")]),
    )
    .await;
    assert_alike(
        "forgot over JSON",
        |_| app.call("/api/forgot", &[("email", "ada@example.com")]),
        |_| app.call("/api/forgot", &[("email", "nobody@example.com")]),
    )
    .await;
}

#[tokio::test]
async fn register_takes_as_long_for_taken_addresses() {
    let app = spawn_app_with(&[("RATE_LIMIT_PER_ADDRESS", "1000")]).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    let app = &app;

    assert_alike(
        "register",
        |n| async move { app.register(&format!("user{n}"), "ada@example.com", PASSWORD).await },
        |n| async move { app.register(&format!("new{n}"), &format!("new{n}@example.com"), PASSWORD).await },
    )
    .await;
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
    let known = app.landing(known).await;
    let unknown = app.post_form("/forgot", &[("email", "nobody@example.com")]).await;
    let unknown = app.landing(unknown).await;
    assert_eq!((known.status().as_u16(), unknown.status().as_u16()), (200, 200));
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
        .request(reqwest::Method::OPTIONS, app.url("/api/settings/sessions"))
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
