//! Two-step sign-in with an authenticator app (TOTP) and recovery codes.
//! The codes are computed here with `totp-rs` from the key the setup page
//! shows, as an app would, not with the server's own TOTP code.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use totp_rs::{Algorithm, Secret, TOTP};

use crate::{
    helpers::{TestApp, client, comparable_body, link_in, spawn_app, spawn_app_with},
    smtp::MAIL_TIMEOUT,
};

const PASSWORD: &str = "correct horse battery staple";
const NEW_PASSWORD: &str = "an entirely new passphrase";

/// The app: the key read from the page, six digits, 30-second steps.
pub struct App(TOTP);

impl App {
    /// The code the app shows `steps` steps from now.
    fn code(&self, steps: i64) -> String {
        let at = now() + steps * 30;
        self.0.generate(u64::try_from(at).unwrap())
    }
}

fn now() -> i64 {
    i64::try_from(SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()).unwrap()
}

/// Waits, if need be, until a step has at least five seconds left, so the
/// step the test computes a code for is the one the server sees.
async fn away_from_a_step_boundary() {
    let into_step = now() % 30;
    if into_step >= 25 {
        tokio::time::sleep(Duration::from_secs(u64::try_from(31 - into_step).unwrap())).await;
    }
}

/// The recovery codes a page shows: words shaped like `ABCDE-12345`.
fn recovery_codes_in(page: &str) -> Vec<String> {
    page.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|word| {
            word.len() == 11
                && word.char_indices().all(|(i, c)| {
                    // Crockford's base32, as shown: upper case, no I, L, O or U.
                    if i == 5 { c == '-' } else { "0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(c) }
                })
        })
        .map(str::to_owned)
        .collect()
}

/// A confirmed account, signed in, with the setup page open: the key as
/// the page shows it for typing, turned into the app.
async fn start_setup(app: &TestApp) -> App {
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    let started = app.post_form("/settings/two-step/start", &[]).await;
    assert_eq!(started.status(), 303);
    assert_eq!(started.headers()["location"], "/settings/two-step");
    let page = app.get("/settings/two-step").await.text().await.unwrap();
    assert!(page.contains("<svg"), "the QR code is inline SVG: {page}");
    let typed = page
        .split("data-secret")
        .nth(1)
        .and_then(|rest| rest.split_once('>'))
        .and_then(|(_, rest)| rest.split('<').next())
        .unwrap_or_else(|| panic!("no key on the page: {page}"));
    let bytes = Secret::Encoded(typed.replace(' ', "")).to_bytes().unwrap();
    App(TOTP::new(Algorithm::SHA1, 6, 1, 30, bytes).unwrap())
}

/// Two-step sign-in turned on with a right code; the recovery codes shown.
pub async fn turn_on(app: &TestApp) -> (App, Vec<String>) {
    let totp = start_setup(app).await;
    away_from_a_step_boundary().await;
    let on =
        app.post_form("/settings/two-step", &[("enable_password", PASSWORD), ("code", &totp.code(0))]).await;
    assert_eq!(on.status(), 200);
    let page = on.text().await.unwrap();
    assert!(page.contains("Two-step sign-in is on"), "{page}");
    (totp, recovery_codes_in(&page))
}

/// Signs out and in again with the password, in a new browser: it lands on
/// the second step.
async fn password_step(app: &TestApp) -> reqwest::Client {
    let browser = client();
    let answer = post(app, &browser, "/login", &[("login", "ada"), ("password", PASSWORD)]).await;
    assert_eq!(answer.status(), 303);
    assert_eq!(answer.headers()["location"], "/login/code");
    browser
}

async fn post(
    app: &TestApp,
    browser: &reqwest::Client,
    path: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    browser.post(app.url(path)).header("origin", crate::helpers::BASE_URL).form(form).send().await.unwrap()
}

async fn second_step(app: &TestApp, browser: &reqwest::Client, code: &str) -> reqwest::Response {
    post(app, browser, "/login/code", &[("code", code)]).await
}

async fn home_status(app: &TestApp, browser: &reqwest::Client) -> u16 {
    browser.get(app.url("/home")).send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn turning_it_on_takes_a_right_code_and_shows_ten_recovery_codes_once() {
    let app = spawn_app().await;
    let totp = start_setup(&app).await;

    let wrong =
        app.post_form("/settings/two-step", &[("enable_password", PASSWORD), ("code", "000000")]).await;
    assert_eq!(wrong.status(), 422);
    assert!(wrong.text().await.unwrap().contains("That code is not right."));
    let on: Option<String> =
        sqlx::query_scalar("SELECT totp_secret FROM users").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(on, None, "still off after a wrong code");

    away_from_a_step_boundary().await;
    let right =
        app.post_form("/settings/two-step", &[("enable_password", PASSWORD), ("code", &totp.code(0))]).await;

    assert_eq!(right.status(), 200);
    let page = right.text().await.unwrap();
    let codes = recovery_codes_in(&page);
    assert_eq!(codes.len(), 10, "{page}");
    let settings = app.get("/settings").await.text().await.unwrap();
    assert!(settings.contains("10 recovery codes are left."), "{settings}");
    assert!(recovery_codes_in(&settings).is_empty(), "shown once only");
    let mail = app.delivered_to("ada@example.com").await.pop().unwrap();
    assert_eq!(mail.subject(), "Two-step sign-in is on");
}

#[tokio::test]
async fn a_key_in_use_is_not_replaced_without_turning_it_off() {
    let app = spawn_app().await;
    let (totp, _) = turn_on(&app).await;
    let before: String =
        sqlx::query_scalar("SELECT totp_secret FROM users").fetch_one(app.db.pool()).await.unwrap();

    // A stolen session, without the password, tries to set up its own app.
    let started = app.post_form("/settings/two-step/start", &[]).await;

    assert_eq!(started.headers()["location"], "/settings");
    assert_eq!(app.get("/settings/two-step").await.headers()["location"], "/settings", "no key being set up");
    let after: String =
        sqlx::query_scalar("SELECT totp_secret FROM users").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(before, after);
    // Even with a key slipped in as the one being set up, turning on replaces nothing.
    sqlx::query("UPDATE users SET totp_pending = totp_secret").execute(app.db.pool()).await.unwrap();
    away_from_a_step_boundary().await;
    let again =
        app.post_form("/settings/two-step", &[("enable_password", PASSWORD), ("code", &totp.code(1))]).await;
    assert_eq!(again.headers()["location"], "/settings");
    let codes: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(codes, 10, "the recovery codes were not made anew");
}

#[tokio::test]
async fn the_key_and_the_recovery_codes_are_not_stored_readable() {
    let app = spawn_app().await;
    let (totp, codes) = turn_on(&app).await;

    let sealed: String =
        sqlx::query_scalar("SELECT totp_secret FROM users").fetch_one(app.db.pool()).await.unwrap();
    let hashes: Vec<String> =
        sqlx::query_scalar("SELECT code_hash FROM recovery_codes").fetch_all(app.db.pool()).await.unwrap();

    let key = totp.0.get_secret_base32();
    assert!(sealed.starts_with("v1.") && !sealed.contains(&key), "{sealed}");
    assert!(!sealed.contains(&hex_of(&totp.0.secret)));
    assert_eq!(hashes.len(), 10);
    for code in &codes {
        assert!(hashes.iter().all(|hash| !hash.contains(&code.replace('-', ""))));
    }
}

fn hex_of(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[tokio::test]
async fn sign_in_asks_for_the_code_after_the_password_and_only_then_signs_in() {
    let app = spawn_app().await;
    let (totp, _) = turn_on(&app).await;
    let browser = password_step(&app).await;
    assert_eq!(home_status(&app, &browser).await, 303, "no session before the code");
    let page = browser.get(app.url("/login/code")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Enter the code your authenticator app shows"), "{page}");

    away_from_a_step_boundary().await;
    let signed_in = second_step(&app, &browser, &totp.code(1)).await;

    assert_eq!(signed_in.status(), 303);
    assert_eq!(signed_in.headers()["location"], "/home");
    assert_eq!(home_status(&app, &browser).await, 200);
}

#[tokio::test]
async fn a_code_is_accepted_once() {
    let app = spawn_app().await;
    let (totp, _) = turn_on(&app).await;
    away_from_a_step_boundary().await;
    let code = totp.code(1);
    let first = password_step(&app).await;
    assert_eq!(second_step(&app, &first, &code).await.status(), 303);

    let second = password_step(&app).await;
    let replayed = second_step(&app, &second, &code).await;

    assert_eq!(replayed.status(), 422);
    assert!(replayed.text().await.unwrap().contains("That code is not right."));
    assert_eq!(home_status(&app, &second).await, 303);
}

#[tokio::test]
async fn the_same_code_in_two_browsers_at_once_signs_in_one() {
    let app = spawn_app().await;
    let (totp, _) = turn_on(&app).await;
    away_from_a_step_boundary().await;
    let code = totp.code(1);
    let browsers = [password_step(&app).await, password_step(&app).await, password_step(&app).await];

    let answers = futures::future::join_all(browsers.iter().map(|b| second_step(&app, b, &code))).await;

    let signed_in = answers.iter().filter(|a| a.status() == 303).count();
    assert_eq!(signed_in, 1, "{:?}", answers.iter().map(reqwest::Response::status).collect::<Vec<_>>());
}

#[tokio::test]
async fn a_step_of_clock_drift_either_way_is_accepted_and_two_are_not() {
    let app = spawn_app().await;
    let totp = start_setup(&app).await;
    away_from_a_step_boundary().await;
    // Turning it on checks codes the same way, before any step was used.
    for steps in [-2, 2] {
        let far = app
            .post_form("/settings/two-step", &[("enable_password", PASSWORD), ("code", &totp.code(steps))])
            .await;
        assert_eq!(far.status(), 422, "{steps} steps away");
    }
    // The phone is a step behind when it is set up...
    let behind =
        app.post_form("/settings/two-step", &[("enable_password", PASSWORD), ("code", &totp.code(-1))]).await;
    assert_eq!(behind.status(), 200, "a step behind turns it on");

    // ...and a step ahead when signing in.
    let browser = password_step(&app).await;
    let far = second_step(&app, &browser, &totp.code(2)).await;
    assert_eq!(far.status(), 422, "two steps ahead");
    assert_eq!(second_step(&app, &browser, &totp.code(1)).await.status(), 303);
}

#[tokio::test]
async fn a_recovery_code_signs_in_once_and_says_how_many_are_left() {
    let app = spawn_app().await;
    let (_, codes) = turn_on(&app).await;
    let browser = password_step(&app).await;

    let answer = second_step(&app, &browser, &codes[3].to_lowercase()).await;

    assert_eq!(answer.status(), 303);
    assert_eq!(home_status(&app, &browser).await, 200);
    let mail = app.delivered_to("ada@example.com").await.pop().unwrap();
    assert_eq!(mail.subject(), "A recovery code was used");
    assert!(mail.text_part().contains("9 recovery codes are left."), "{}", mail.text_part());
    let again = password_step(&app).await;
    assert_eq!(second_step(&app, &again, &codes[3]).await.status(), 422, "used once only");
    assert_eq!(second_step(&app, &again, &codes[4]).await.status(), 303, "the others still work");
}

#[tokio::test]
async fn new_recovery_codes_kill_the_old_set() {
    let app = spawn_app().await;
    let (totp, old) = turn_on(&app).await;
    away_from_a_step_boundary().await;
    let code = totp.code(1);
    let path = "/settings/two-step/recovery-codes";
    let wrong_password =
        app.post_form(path, &[("recovery_password", "not my password"), ("recovery_code", &code)]).await;
    assert_eq!(wrong_password.status(), 422);
    let no_code = app.post_form(path, &[("recovery_password", PASSWORD), ("recovery_code", "")]).await;
    assert_eq!(no_code.status(), 422, "a password alone makes no new codes");

    let made = app.post_form(path, &[("recovery_password", PASSWORD), ("recovery_code", &code)]).await;

    let new = recovery_codes_in(&made.text().await.unwrap());
    assert_eq!(new.len(), 10);
    let mail = app.delivered_to("ada@example.com").await.pop().unwrap();
    assert_eq!(mail.subject(), "New recovery codes were made");
    let browser = password_step(&app).await;
    assert_eq!(second_step(&app, &browser, &old[0]).await.status(), 422);
    assert_eq!(second_step(&app, &browser, &new[0]).await.status(), 303);
}

#[tokio::test]
async fn a_password_reset_keeps_the_second_factor() {
    let app = spawn_app().await;
    let (totp, _) = turn_on(&app).await;
    let before = app.delivered().await.len();
    let browser = client();
    post(&app, &browser, "/forgot", &[("email", "ada@example.com")]).await;
    let mail = app.smtp.wait_for(before + 1, MAIL_TIMEOUT).await.pop().unwrap();
    browser.get(app.url(&link_in(&mail, "/reset?token="))).send().await.unwrap();
    let reset =
        post(&app, &browser, "/reset", &[("password", NEW_PASSWORD), ("password_confirm", NEW_PASSWORD)])
            .await;
    assert_eq!(reset.headers()["location"], "/login?notice=password-changed");

    let signed = post(&app, &browser, "/login", &[("login", "ada"), ("password", NEW_PASSWORD)]).await;

    assert_eq!(signed.headers()["location"], "/login/code", "the new password alone is not enough");
    assert_eq!(home_status(&app, &browser).await, 303);
    away_from_a_step_boundary().await;
    assert_eq!(second_step(&app, &browser, &totp.code(1)).await.status(), 303);
}

#[tokio::test]
async fn wrong_codes_count_toward_the_accounts_failure_limit() {
    let app = spawn_app_with(&[("RATE_LIMIT_LOGIN_FAILURES", "3")]).await;
    let (totp, _) = turn_on(&app).await;
    let browser = password_step(&app).await;
    for _ in 0..2 {
        assert_eq!(second_step(&app, &browser, "000000").await.status(), 422);
    }

    away_from_a_step_boundary().await;
    let paused = second_step(&app, &browser, &totp.code(1)).await;

    assert_eq!(paused.status(), 422);
    assert!(paused.text().await.unwrap().contains("signing in to this account is paused"));
    assert_eq!(home_status(&app, &browser).await, 303);
}

#[tokio::test]
async fn wrong_codes_when_turning_it_off_count_toward_the_failure_limit() {
    let app = spawn_app_with(&[("RATE_LIMIT_LOGIN_FAILURES", "4")]).await;
    let (totp, _) = turn_on(&app).await;
    let path = "/settings/two-step/disable";
    // The right password with a wrong code: each try counts twice.
    for _ in 0..2 {
        let wrong = app.post_form(path, &[("disable_password", PASSWORD), ("disable_code", "000000")]).await;
        assert_eq!(wrong.status(), 422);
    }

    away_from_a_step_boundary().await;
    let paused =
        app.post_form(path, &[("disable_password", PASSWORD), ("disable_code", &totp.code(1))]).await;

    assert_eq!(paused.status(), 422);
    assert!(paused.text().await.unwrap().contains("Too many wrong"));
    let on: Option<String> =
        sqlx::query_scalar("SELECT totp_secret FROM users").fetch_one(app.db.pool()).await.unwrap();
    assert!(on.is_some(), "still on");
}

#[tokio::test]
async fn a_waiting_sign_in_dies_with_a_password_change() {
    let app = spawn_app().await;
    let (totp, _) = turn_on(&app).await;
    let thief = password_step(&app).await;

    let form = [
        ("current_password", PASSWORD),
        ("new_password", NEW_PASSWORD),
        ("new_password_confirm", NEW_PASSWORD),
    ];
    assert_eq!(app.post_form("/settings/password", &form).await.status(), 200);

    away_from_a_step_boundary().await;
    let answer = second_step(&app, &thief, &totp.code(1)).await;
    assert_eq!(answer.headers()["location"], "/login?notice=sign-in-again");
    assert_eq!(home_status(&app, &thief).await, 303);
}

#[tokio::test]
async fn signing_in_with_both_steps_forgives_the_names_earlier_count() {
    let app = spawn_app_with(&[("RATE_LIMIT_LOGIN_FAILURES", "3")]).await;
    let (_, codes) = turn_on(&app).await;

    // Each sign-in counts against the name typed until its code is right;
    // then the count clears, so the owner is never paused for signing in.
    for code in &codes[..4] {
        let browser = password_step(&app).await;
        assert_eq!(second_step(&app, &browser, code).await.status(), 303);
    }
}

#[tokio::test]
async fn the_first_step_answers_alike_for_accounts_with_and_without_it() {
    let app = spawn_app().await;
    app.confirmed_account("bob", "bob@example.com", PASSWORD).await;
    turn_on(&app).await;
    app.post_form("/logout", &[]).await;

    for path in ["/login", "/api/login"] {
        let wrong = |login: &'static str| {
            let app = &app;
            async move {
                let response = app.call(path, &[("login", login), ("password", "not the password")]).await;
                (response.status(), comparable_body(response).await.replace(login, "X"))
            }
        };
        assert_eq!(wrong("ada").await, wrong("bob").await, "{path}");
    }
}

#[tokio::test]
async fn the_second_step_needs_the_sign_in_it_belongs_to() {
    let app = spawn_app().await;
    let (totp, _) = turn_on(&app).await;
    away_from_a_step_boundary().await;

    let stranger = client();
    let answer = second_step(&app, &stranger, &totp.code(1)).await;

    assert_eq!(answer.status(), 303);
    assert_eq!(answer.headers()["location"], "/login?notice=sign-in-again");
    assert_eq!(home_status(&app, &stranger).await, 303);
}

#[tokio::test]
async fn a_waiting_sign_in_expires() {
    let app = spawn_app().await;
    let (totp, _) = turn_on(&app).await;
    let browser = password_step(&app).await;
    sqlx::query("UPDATE sign_in_challenges SET expires_at = 0").execute(app.db.pool()).await.unwrap();

    away_from_a_step_boundary().await;
    let answer = second_step(&app, &browser, &totp.code(1)).await;

    assert_eq!(answer.headers()["location"], "/login?notice=sign-in-again");
    assert_eq!(home_status(&app, &browser).await, 303);
}

#[tokio::test]
async fn turning_it_off_takes_the_password_and_a_current_code() {
    let app = spawn_app().await;
    let (totp, _) = turn_on(&app).await;
    away_from_a_step_boundary().await;
    let code = totp.code(1);

    let wrong_password = app
        .post_form("/settings/two-step/disable", &[("disable_password", "nope"), ("disable_code", &code)])
        .await;
    assert_eq!(wrong_password.status(), 422);
    let wrong_code = app
        .post_form(
            "/settings/two-step/disable",
            &[("disable_password", PASSWORD), ("disable_code", "123456")],
        )
        .await;
    assert_eq!(wrong_code.status(), 422);
    assert!(wrong_code.text().await.unwrap().contains("That code is not right."));

    let off = app
        .post_form("/settings/two-step/disable", &[("disable_password", PASSWORD), ("disable_code", &code)])
        .await;

    assert_eq!(off.status(), 200);
    assert!(off.text().await.unwrap().contains("Two-step sign-in is off."));
    let mail = app.delivered_to("ada@example.com").await.pop().unwrap();
    assert_eq!(mail.subject(), "Two-step sign-in is off");
    let recovery: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(recovery, 0);
    let browser = client();
    let signed = post(&app, &browser, "/login", &[("login", "ada"), ("password", PASSWORD)]).await;
    assert_eq!(signed.headers()["location"], "/home");
}

#[tokio::test]
async fn the_second_step_over_json() {
    let app = spawn_app().await;
    let (totp, _) = turn_on(&app).await;
    app.post_form("/logout", &[]).await;
    let first = app.answer("/api/login", &[("login", "ada"), ("password", PASSWORD)]).await;
    assert_eq!(first["Go"], "/login/code");

    let wrong = app.answer("/api/login/code", &[("code", "000000")]).await;
    away_from_a_step_boundary().await;
    let right = app.answer("/api/login/code", &[("code", &totp.code(1))]).await;

    assert!(wrong["Rejected"]["errors"]["code"].is_string(), "{wrong}");
    assert_eq!(right["Go"], "/home");
    assert_eq!(app.get("/home").await.status(), 200);
}
