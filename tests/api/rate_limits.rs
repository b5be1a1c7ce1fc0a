//! Rate limits: per account and per client address, kept in the database.

use accounts::infra::db::rate_limits::{self, Hit};

use crate::{
    helpers::{BASE_URL, TestApp, comparable_body, spawn_app, spawn_app_with, test_database_url},
    smtp::MAIL_TIMEOUT,
};

const PASSWORD: &str = "correct horse battery staple";

/// Moves every counter into the past, as if its hits had drained away.
async fn end_windows(app: &TestApp) {
    sqlx::query("UPDATE rate_limits SET drained_at = drained_at - 100000000")
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

    let first = app.landing(first).await;
    let second = app.post_form("/forgot", &[("email", "ada@example.com")]).await;

    let second = app.landing(second).await;
    assert_eq!((first.status().as_u16(), second.status().as_u16()), (200, 200));
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

#[tokio::test]
async fn fifty_parallel_guesses_get_at_most_the_limit_of_password_checks() {
    let app =
        spawn_app_with(&[("RATE_LIMIT_PER_ADDRESS", "1000"), ("RATE_LIMIT_LOGIN_FAILURES", "10")]).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    let before = app.hasher.verifications();

    let guesses = (0..50).map(|n| {
        let app = &app;
        async move { app.sign_in("ada", &format!("guess number {n}")).await.status() }
    });
    let statuses = futures::future::join_all(guesses).await;

    assert!(statuses.iter().all(|s| *s == 422), "{statuses:?}");
    let checked = app.hasher.verifications() - before;
    assert!(checked <= 10, "{checked} passwords were checked");
    let right = app.sign_in("ada", PASSWORD).await.text().await.unwrap();
    assert!(right.contains("sign-in with this name is paused for"), "the owner is told: {right}");
}

#[tokio::test]
async fn a_paused_name_is_told_how_long_and_an_unknown_name_looks_the_same() {
    let app = spawn_app_with(&[("RATE_LIMIT_LOGIN_FAILURES", "3")]).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    for _ in 0..3 {
        app.sign_in("ada", "a wrong password here").await;
        app.sign_in("nobody", "a wrong password here").await;
    }

    let owner = app.sign_in("ada", PASSWORD).await;
    let stranger = app.sign_in("nobody", PASSWORD).await;

    assert_eq!(owner.status(), 422);
    assert_eq!(stranger.status(), 422);
    let (owner, stranger) = (comparable_body(owner).await, comparable_body(stranger).await);
    // A bucket of 3 per 15 minutes gives one attempt back every 5 minutes,
    // wherever the clock stands: no fixed window to wait out.
    assert!(owner.contains("sign-in with this name is paused for 5 minutes"), "{owner}");
    assert!(owner.contains("Forgot your password?"));
    assert_eq!(owner.replace("ada", "X"), stranger.replace("nobody", "X"));
}

#[tokio::test]
async fn guesses_at_the_current_password_in_settings_count_as_failed_sign_ins() {
    let app = spawn_app_with(&[("RATE_LIMIT_LOGIN_FAILURES", "3")]).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    let guess = |current: &'static str| {
        let app = &app;
        async move {
            let form = [
                ("current_password", current),
                ("new_password", "a brand new passphrase for ada"),
                ("new_password_confirm", "a brand new passphrase for ada"),
            ];
            app.post_form("/settings/password", &form).await.text().await.unwrap()
        }
    };
    for _ in 0..3 {
        assert!(guess("not my password").await.contains("That is not your current password."));
    }
    let before = app.hasher.verifications();

    assert!(guess(PASSWORD).await.contains("Too many wrong passwords"));
    assert_eq!(app.hasher.verifications(), before, "no password checked past the limit");
    let other_browser = crate::helpers::client();
    let form = [("login", "ada@example.com"), ("password", PASSWORD)];
    let signed_in =
        other_browser.post(app.url("/login")).header("origin", BASE_URL).form(&form).send().await.unwrap();
    assert_eq!(signed_in.status(), 422, "the account's limit is reached for sign-in too");
}

#[tokio::test]
async fn a_full_password_queue_answers_503_with_retry_after() {
    let app = spawn_app_with(&[
        ("PASSWORD_HASHES_IN_FLIGHT", "1"),
        ("PASSWORD_HASH_QUEUE", "1"),
        ("RATE_LIMIT_PER_ADDRESS", "1000"),
        ("RATE_LIMIT_LOGIN_FAILURES", "1000"),
    ])
    .await;

    let attempts = (0..24).map(|n| {
        let app = &app;
        async move {
            let form = [("login", "nobody"), ("password", "a wrong password here")];
            let response = if n % 2 == 0 {
                app.post_form("/login", &form).await
            } else {
                app.call("/api/login", &form).await
            };
            let retry = response.headers().get("retry-after").map(|v| v.to_str().unwrap().to_owned());
            (response.status().as_u16(), retry, response.text().await.unwrap())
        }
    });
    let answers = futures::future::join_all(attempts).await;

    // Refused passwords: 422 as a page, a typed answer (200) over JSON.
    assert!(answers.iter().all(|(status, ..)| [200, 422, 503].contains(status)), "{answers:?}");
    let busy = answers.iter().filter(|(status, ..)| *status == 503).collect::<Vec<_>>();
    assert!(!busy.is_empty(), "some were turned away");
    for (_, retry, body) in busy {
        assert_eq!(retry.as_deref(), Some("2"));
        assert!(body.contains("busy"), "{body}");
    }
}

/// Signs in `n` times at once to one account, under both its names, half
/// with the right password; the statuses.
async fn sign_in_flood(app: &TestApp, n: usize) -> Vec<u16> {
    let mut requests = tokio::task::JoinSet::new();
    for i in 0..n {
        let url = app.url("/login");
        let login = if i % 4 < 2 { "ada" } else { "ada@example.com" };
        let password = if i % 2 == 0 { PASSWORD } else { "not the password at all" };
        requests.spawn(async move {
            let form = [("login", login), ("password", password)];
            crate::helpers::client()
                .post(url)
                .header("origin", BASE_URL)
                .form(&form)
                .send()
                .await
                .unwrap()
                .status()
        });
    }
    let mut statuses = Vec::new();
    while let Some(status) = requests.join_next().await {
        statuses.push(status.unwrap().as_u16());
    }
    statuses
}

#[tokio::test]
async fn a_flood_of_sign_ins_to_one_account_never_fails() {
    // Each sign-in counts three buckets in one statement and a success
    // clears two in its transaction: taken in different orders, PostgreSQL
    // found deadlocks under the benchmark's flood and answered 500.
    let app = spawn_app_with(&[
        ("RATE_LIMIT_PER_ADDRESS", "1000000"),
        ("RATE_LIMIT_LOGIN_FAILURES", "1000000"),
        ("PASSWORD_HASH_QUEUE", "1000"),
    ])
    .await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    let statuses = sign_in_flood(&app, 1000).await;

    let failed: Vec<&u16> = statuses.iter().filter(|s| ![303, 422].contains(*s)).collect();
    assert!(failed.is_empty(), "{} of {} sign-ins failed: {failed:?}", failed.len(), statuses.len());
}

#[tokio::test]
async fn fifty_hits_at_once_on_one_bucket_count_exactly_its_room() {
    // Room for ten: each hit takes a minute of a ten-minute window. On
    // MySQL a hit is two statements outside any transaction; the second
    // alone must decide, or two hits could take the last place.
    let app = spawn_app().await;
    let now = accounts::infra::clock::now_ms();
    let mut hits = tokio::task::JoinSet::new();
    for _ in 0..50 {
        let pool = app.db.pool().clone();
        hits.spawn(async move {
            let hit = Hit { bucket: "test:one".into(), interval_ms: 60_000, window_ms: 600_000 };
            let mut conn = pool.acquire().await.unwrap();
            !rate_limits::hit(&mut conn, &[hit], now).await.unwrap().is_empty()
        });
    }
    let counted = hits.join_all().await.into_iter().filter(|counted| *counted).count();
    assert_eq!(counted, 10);
    let drained_at = rate_limits::drained_at(app.db.pool(), "test:one").await.unwrap();
    assert_eq!(drained_at, Some(now + 600_000), "ten minutes of hits, no more");
}

#[tokio::test]
async fn housekeeping_at_the_same_moment_never_refuses_a_first_hit() {
    // Housekeeping deletes buckets whose hits have drained away. A first
    // hit on MySQL once made an empty bucket and counted in it a statement
    // later; deleted in between, the hit was refused.
    let app = spawn_app().await;
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let purging = {
        let (pool, stop) = (app.db.pool().clone(), stop.clone());
        tokio::spawn(async move {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                rate_limits::purge_drained(&pool, accounts::infra::clock::now_ms()).await.unwrap();
            }
        })
    };
    let mut conn = app.db.pool().acquire().await.unwrap();
    let mut refused = Vec::new();
    for n in 0..300 {
        let hit = Hit { bucket: format!("test:{n}"), interval_ms: 60_000, window_ms: 600_000 };
        let now = accounts::infra::clock::now_ms();
        if rate_limits::hit(&mut conn, &[hit], now).await.unwrap().is_empty() {
            refused.push(n);
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    purging.await.unwrap();
    assert!(refused.is_empty(), "first hits refused: {refused:?}");
}
