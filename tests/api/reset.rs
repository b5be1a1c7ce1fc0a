//! Forgot password and the reset link.

use crate::{
    helpers::{TestApp, client, comparable_body, link_in, spawn_app, token_in},
    smtp::MAIL_TIMEOUT,
};

const OLD: &str = "correct horse battery staple";
const NEW: &str = "an entirely new passphrase";

async fn reset_link(app: &TestApp, login_email: &str, mails_before: usize) -> String {
    let response = app.post_form("/forgot", &[("email", login_email)]).await;
    assert_eq!(response.status(), 303);
    let mail = app.smtp.wait_for(mails_before + 1, MAIL_TIMEOUT).await.pop().unwrap();
    assert_eq!(mail.subject(), "Choose a new password");
    link_in(&mail, "/reset?token=")
}

/// Follows a reset link like a browser: the token goes into a cookie.
async fn open(app: &TestApp, link: &str) -> reqwest::Response {
    let moved = app.get(link).await;
    assert_eq!(moved.status(), 303);
    assert_eq!(moved.headers()["location"], "/reset", "the token leaves the URL");
    app.get("/reset").await
}

async fn choose(app: &TestApp, password: &str) -> reqwest::Response {
    app.post_form("/reset", &[("password", password), ("password_confirm", password)]).await
}

#[tokio::test]
async fn forgot_email_link_new_password_then_sign_in_with_it() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", OLD).await;
    let link = reset_link(&app, "ada@example.com", 1).await;

    let form = open(&app, &link).await;
    assert_eq!(form.status(), 200);
    assert_eq!(form.headers()["referrer-policy"], "no-referrer");
    assert_eq!(form.headers()["cache-control"], "no-store");
    let html = form.text().await.unwrap();
    assert!(html.contains("Choose a new password"), "{html}");
    assert!(!html.contains(&token_in(&link)), "the token is not in the page");

    let done = choose(&app, NEW).await;
    assert_eq!(done.status(), 303);
    assert_eq!(done.headers()["location"], "/login?notice=password-changed");
    let login = app.get("/login?notice=password-changed").await.text().await.unwrap();
    assert!(login.contains("Your password was changed. Sign in with the new one."));
    let notice = app.smtp.wait_for(3, MAIL_TIMEOUT).await.pop().unwrap();
    assert_eq!(notice.subject(), "Your password was changed");
    assert_eq!(notice.to, ["ada@example.com"]);

    assert_eq!(app.sign_in("ada", OLD).await.status(), 422, "the old password is refused");
    assert_eq!(app.sign_in("ada", NEW).await.headers()["location"], "/home");
}

#[tokio::test]
async fn a_reset_does_not_sign_in_and_ends_every_session() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", OLD).await;
    let elsewhere = client();
    let form = [("login", "ada"), ("password", OLD)];
    elsewhere
        .post(app.url("/login"))
        .header("origin", crate::helpers::BASE_URL)
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(elsewhere.get(app.url("/home")).send().await.unwrap().status(), 200);

    let link = reset_link(&app, "ada@example.com", 1).await;
    open(&app, &link).await;
    choose(&app, NEW).await;

    assert_eq!(elsewhere.get(app.url("/home")).send().await.unwrap().status(), 303, "signed out elsewhere");
    assert_eq!(app.get("/home").await.status(), 303, "and not signed in here");
    let sessions: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sessions").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(sessions, 0);
}

#[tokio::test]
async fn a_rejected_new_password_leaves_the_link_usable() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", OLD).await;
    let link = reset_link(&app, "ada@example.com", 1).await;
    open(&app, &link).await;

    let short = choose(&app, "too short").await;
    assert_eq!(short.status(), 422);
    assert!(short.text().await.unwrap().contains("Use at least 12 characters."));
    let mismatch =
        app.post_form("/reset", &[("password", NEW), ("password_confirm", "something else")]).await;
    assert!(mismatch.text().await.unwrap().contains("The two passwords are not the same."));

    assert_eq!(choose(&app, NEW).await.status(), 303);
}

#[tokio::test]
async fn a_new_password_built_from_the_account_is_refused() {
    let app = spawn_app().await;
    app.confirmed_account("ada_lovelace", "ada.lovelace@example.com", OLD).await;
    let link = reset_link(&app, "ada.lovelace@example.com", 1).await;
    let form = open(&app, &link).await.text().await.unwrap();
    // The strength meter gets the account's words to judge against.
    assert!(form.contains(r#"data-related="ada_lovelace ada.lovelace@example.com""#), "{form}");

    let personal = choose(&app, "adalovelace1815").await;
    assert_eq!(personal.status(), 422);
    assert!(personal.text().await.unwrap().contains("This password is too easy to guess."));
    assert_eq!(choose(&app, NEW).await.status(), 303, "the link still works");
}

#[tokio::test]
async fn a_used_link_says_so() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", OLD).await;
    let link = reset_link(&app, "ada@example.com", 1).await;
    open(&app, &link).await;
    choose(&app, NEW).await;

    let again = open(&app, &link).await;
    assert_eq!(again.status(), 410);
    assert!(again.text().await.unwrap().contains("This link has been used"));
    assert_eq!(choose(&app, "yet another passphrase").await.status(), 410);
    assert_eq!(app.sign_in("ada", NEW).await.headers()["location"], "/home");
}

#[tokio::test]
async fn an_expired_link_says_so() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", OLD).await;
    let link = reset_link(&app, "ada@example.com", 1).await;
    sqlx::query("UPDATE email_tokens SET expires_at = 0 WHERE purpose = 'reset'")
        .execute(app.db.pool())
        .await
        .unwrap();

    let page = open(&app, &link).await;

    assert_eq!(page.status(), 410);
    assert!(page.text().await.unwrap().contains("This link has expired"));
    assert_eq!(choose(&app, NEW).await.status(), 410);
}

#[tokio::test]
async fn a_newer_link_replaces_the_older_one() {
    let app = crate::helpers::spawn_app_with(&[("RESEND_COOLDOWN_SECS", "0")]).await;
    app.confirmed_account("ada", "ada@example.com", OLD).await;
    let first = reset_link(&app, "ada@example.com", 1).await;
    let second = reset_link(&app, "ada@example.com", 2).await;

    let old = open(&app, &first).await;
    assert_eq!(old.status(), 410);
    assert!(old.text().await.unwrap().contains("A newer link was sent"));
    assert_eq!(open(&app, &second).await.status(), 200);
}

#[tokio::test]
async fn malformed_links_get_the_invalid_page() {
    let app = spawn_app().await;

    for link in ["/reset", "/reset?token=garbage", &format!("/reset?token={}", "C".repeat(43))] {
        let page = if link == "/reset" { app.get(link).await } else { open(&app, link).await };
        assert_eq!(page.status(), 404, "{link}");
        assert!(page.text().await.unwrap().contains("This link is not valid"), "{link}");
    }
    assert_eq!(choose(&app, NEW).await.status(), 404);
}

#[tokio::test]
async fn known_and_unknown_addresses_get_the_same_answer() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", OLD).await;

    let known = app.post_form("/forgot", &[("email", "ada@example.com")]).await;
    let known = app.landing(known).await;
    let unknown = app.post_form("/forgot", &[("email", "bob@example.com")]).await;
    let unknown = app.landing(unknown).await;

    assert_eq!((known.status().as_u16(), unknown.status().as_u16()), (200, 200));
    let known = comparable_body(known).await;
    assert!(
        known.contains("If an account uses <strong>ada@example.com</strong>, we sent it a link"),
        "{known}"
    );
    assert_eq!(known, comparable_body(unknown).await.replace("bob@example.com", "ada@example.com"));
    let mail = app.smtp.wait_for(2, MAIL_TIMEOUT).await;
    assert!(mail.iter().all(|m| m.to == ["ada@example.com"]), "nothing went to the unknown address");
}

#[tokio::test]
async fn the_link_goes_to_the_stored_address_whatever_was_typed() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "Ada@Example.com", OLD).await;

    app.post_form("/forgot", &[("email", "ADA@EXAMPLE.COM")]).await;

    let mail = app.smtp.wait_for(2, MAIL_TIMEOUT).await.pop().unwrap();
    assert_eq!(mail.to, ["Ada@Example.com"]);
}

#[tokio::test]
async fn a_reset_form_posted_with_origin_null_from_the_no_referrer_page_is_accepted() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", OLD).await;
    let link = reset_link(&app, "ada@example.com", 1).await;
    open(&app, &link).await;

    // What Chromium sends for a form on a page with Referrer-Policy: no-referrer.
    let response = app
        .client
        .post(app.url("/reset"))
        .header("origin", "null")
        .header("sec-fetch-site", "same-origin")
        .form(&[("password", NEW), ("password_confirm", NEW)])
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/login?notice=password-changed");
}

#[tokio::test]
async fn the_token_cookie_is_http_only_same_site_short_lived_and_secure_over_https() {
    for base_url in ["http://accounts.test", "https://accounts.test"] {
        let app =
            crate::helpers::spawn_app_with(&[("BASE_URL", base_url), ("RESET_TOKEN_MINUTES", "30")]).await;
        let moved = app.get(&format!("/reset?token={}", "A".repeat(43))).await;
        assert_eq!(moved.status(), 303);
        let cookie = moved.headers()["set-cookie"].to_str().unwrap().to_owned();
        let attributes: Vec<&str> = cookie.split("; ").collect();
        assert_eq!(attributes[0], format!("reset_token={}", "A".repeat(43)));
        for attribute in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=1800"] {
            assert!(attributes.contains(&attribute), "{attribute} in {cookie}");
        }
        assert_eq!(attributes.contains(&"Secure"), base_url.starts_with("https"), "{cookie}");
    }
}
