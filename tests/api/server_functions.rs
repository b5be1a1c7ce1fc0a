//! Every action is a server function, reached two ways: a plain form post
//! to its page (what a browser without JavaScript sends) and a call on its
//! own URL with JSON asked for (what the islands send). Both ways run the
//! same function, so they must say the same thing.

use serde_json::{Value, json};

use crate::{
    helpers::{
        BASE_URL, TestApp, confirmation_link, link_in, server_functions, spawn_app, spawn_app_with, token_in,
    },
    smtp::MAIL_TIMEOUT,
};

const PASSWORD: &str = "correct horse battery staple";
const NEW_PASSWORD: &str = "a brand new passphrase for ada";

#[tokio::test]
async fn register_answers_field_errors_as_data_then_check_your_inbox() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    let taken = app
        .answer(
            "/api/register",
            &[
                ("username", "ADA"),
                ("email", "grace@example.com"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(taken["Rejected"]["errors"], json!({ "username": "This username is taken. Try another." }));
    assert_eq!(taken["Rejected"]["values"], json!({ "username": "ADA", "email": "grace@example.com" }));
    assert!(!taken.to_string().contains(PASSWORD), "no password echoed: {taken}");

    let done = app
        .answer(
            "/api/register",
            &[
                ("username", "grace"),
                ("email", "grace@example.com"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(done["Done"]["title"], "Check your inbox");
    assert_eq!(done["Done"]["paragraphs"][0][1], json!({ "Strong": "grace@example.com" }));
    let (confirmed,): (Option<i64>,) =
        sqlx::query_as("SELECT email_confirmed_at FROM users WHERE username = 'grace'")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(confirmed, None, "the account exists, unconfirmed");
    let mail = app.smtp.wait_for(2, MAIL_TIMEOUT).await;
    assert_eq!(mail[1].to, ["grace@example.com"], "the confirmation email was sent");
}

#[tokio::test]
async fn the_form_post_keeps_values_but_never_a_password() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    let form = [
        ("username", "ada"),
        ("email", "grace@example.com"),
        ("password", PASSWORD),
        ("password_confirm", PASSWORD),
    ];
    let response = app.post_form("/register", &form).await;

    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("This username is taken. Try another."), "{page}");
    assert!(page.contains(r#"value="grace@example.com""#), "{page}");
    assert!(!page.contains(PASSWORD));
}

#[tokio::test]
async fn a_short_password_and_a_different_confirmation_are_both_reported() {
    let app = spawn_app().await;
    let form = [
        ("username", "ada"),
        ("email", "ada@example.com"),
        ("password", "short"),
        ("password_confirm", "other"),
    ];

    let answer = app.answer("/api/register", &form).await;
    let errors = &answer["Rejected"]["errors"];
    assert_eq!(errors["password"], "Use at least 12 characters.", "{answer}");
    assert_eq!(errors["password_confirm"], "The two passwords are not the same.", "{answer}");

    let page = app.post_form("/register", &form).await.text().await.unwrap();
    assert!(page.contains("The two passwords are not the same."), "as the live check says: {page}");
}

#[tokio::test]
async fn strong_passwords_of_symbols_or_emoji_are_accepted() {
    let app = spawn_app().await;

    for (n, password) in ["🦀🌋🎻🧲🪁🥨🛶🧿🪐🦉🍄🗝", "#%&*(+=!?<{|}~]^@;:/$\\>)", "🦀 ☂ ⛵ 🎲 ✈ ⚓ 🌵 🎷"]
        .into_iter()
        .enumerate()
    {
        let (username, email) = (format!("user{n}"), format!("user{n}@example.com"));
        let form = [
            ("username", username.as_str()),
            ("email", email.as_str()),
            ("password", password),
            ("password_confirm", password),
        ];
        let answer = app.answer("/api/register", &form).await;
        assert_eq!(answer["Done"]["title"], "Check your inbox", "{password}: {answer}");
    }
    let built_from_the_name = "ada.lovelace.2024";
    let form = [
        ("username", "ada"),
        ("email", "ada.lovelace@example.com"),
        ("password", built_from_the_name),
        ("password_confirm", built_from_the_name),
    ];
    let answer = app.answer("/api/register", &form).await;
    let refusal = answer["Rejected"]["errors"]["password"].as_str().unwrap_or_default();
    assert!(refusal.starts_with("This password is too easy to guess."), "{answer}");
}

#[tokio::test]
async fn sign_in_and_out_answer_where_to_go_with_the_session_cookie() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    let wrong = app.answer("/api/login", &[("login", "ada"), ("password", "not it at all")]).await;
    assert_eq!(
        wrong,
        json!({ "Rejected": {
            "errors": {},
            "values": { "login": "ada", "next": "" },
            "notice": { "Error": "That email, username or password is not right." }
        }})
    );
    assert_eq!(app.get("/home").await.status(), 303, "not signed in");

    let response =
        app.call("/api/login", &[("login", "ada"), ("password", PASSWORD), ("next", "/settings")]).await;
    let cookie = response.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("session=") && cookie.contains("HttpOnly"), "{cookie}");
    assert_eq!(
        serde_json::from_str::<Value>(&response.text().await.unwrap()).unwrap(),
        json!({ "Go": "/settings" })
    );
    assert_eq!(app.get("/home").await.status(), 200, "the cookie signs the browser in");

    assert_eq!(app.answer("/api/logout", &[]).await, json!({ "Go": "/" }));
    assert_eq!(app.get("/home").await.status(), 303, "signed out");
}

#[tokio::test]
async fn an_unconfirmed_account_is_sent_to_confirm() {
    let app = spawn_app().await;
    app.register("ada", "ada@example.com", PASSWORD).await;

    let answer = app
        .answer("/api/login", &[("login", "ada@example.com"), ("password", PASSWORD), ("next", "/settings")])
        .await;
    assert_eq!(answer, json!({ "Go": "/unconfirmed" }));
}

#[tokio::test]
async fn confirm_resend_and_fix_the_address_over_json() {
    let app = spawn_app_with(&[("RESEND_COOLDOWN_SECS", "0")]).await;
    app.register("ada", "ada@exmaple.com", PASSWORD).await;
    let first = confirmation_link(&app.smtp.wait_for(1, MAIL_TIMEOUT).await[0]);
    app.sign_in("ada", PASSWORD).await;

    let resent = app.answer("/api/unconfirmed/resend", &[]).await;
    assert_eq!(resent, json!({ "Noted": { "Success": "We sent a new link to ada@exmaple.com." } }));
    app.smtp.wait_for(2, MAIL_TIMEOUT).await;

    let bad = app.answer("/api/unconfirmed/email", &[("email", "not an address")]).await;
    assert!(bad["Rejected"]["errors"]["email"].is_string(), "{bad}");
    assert_eq!(bad["Rejected"]["values"]["email"], "not an address");
    let fixed = app.answer("/api/unconfirmed/email", &[("email", "ada@example.com")]).await;
    assert_eq!(fixed, json!({ "Noted": { "Success": "We sent a new link to ada@example.com." } }));
    let mail = app.smtp.wait_for(3, MAIL_TIMEOUT).await;
    let link = confirmation_link(mail.iter().find(|m| m.to == ["ada@example.com"]).unwrap());

    assert_eq!(
        app.answer("/api/confirm", &[("token", &token_in(&first))]).await,
        json!({ "Page": "Replaced" })
    );
    assert_eq!(app.answer("/api/confirm", &[("token", "garbage")]).await, json!({ "Page": "Invalid" }));
    let confirmed = app.answer("/api/confirm", &[("token", &token_in(&link))]).await;
    assert_eq!(confirmed, json!({ "Page": { "EmailChanged": { "email": "ada@example.com" } } }));
    assert_eq!(app.get("/home").await.status(), 200);
}

#[tokio::test]
async fn a_new_link_for_an_expired_one_is_answered_the_same_for_any_token() {
    let app = spawn_app_with(&[("CONFIRM_TOKEN_HOURS", "0")]).await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    let link = confirmation_link(&app.smtp.wait_for(1, MAIL_TIMEOUT).await[0]);

    let real = app.answer("/api/confirm/resend", &[("token", &token_in(&link))]).await;
    let unknown = app.answer("/api/confirm/resend", &[("token", &"B".repeat(43))]).await;
    assert_eq!(real, unknown);
    assert_eq!(real["Done"]["title"], "Check your inbox");
}

#[tokio::test]
async fn forgot_and_reset_over_json() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    let known = app.answer("/api/forgot", &[("email", "ada@example.com")]).await;
    let unknown = app.answer("/api/forgot", &[("email", "nobody@example.com")]).await;
    assert_eq!(
        known.to_string().replace("ada@example.com", "X"),
        unknown.to_string().replace("nobody@example.com", "X")
    );
    assert_eq!(known["Go"], "/forgot/code");
    let bad = app.answer("/api/forgot", &[("email", "ada@")]).await;
    assert!(bad["Rejected"]["errors"]["email"].is_string(), "{bad}");

    assert_eq!(
        app.answer("/api/reset", &[("password", NEW_PASSWORD), ("password_confirm", NEW_PASSWORD)]).await,
        json!({ "Page": "Invalid" }),
        "no link held"
    );

    let mail = app.smtp.wait_for(2, MAIL_TIMEOUT).await;
    let link = link_in(&mail[1], "/reset?token=");
    assert_eq!(app.get(&link).await.status(), 303, "the token moves into a cookie");
    let weak = app.answer("/api/reset", &[("password", "short"), ("password_confirm", "short")]).await;
    assert!(weak["Rejected"]["errors"]["password"].is_string(), "{weak}");
    let response =
        app.call("/api/reset", &[("password", NEW_PASSWORD), ("password_confirm", NEW_PASSWORD)]).await;
    let cookies = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap().to_owned())
        .collect::<Vec<_>>();
    assert!(cookies.iter().any(|c| c.starts_with("reset_token=;")), "{cookies:?}");
    assert_eq!(
        serde_json::from_str::<Value>(&response.text().await.unwrap()).unwrap(),
        json!({ "Go": "/login?notice=password-changed" })
    );
    assert_eq!(app.sign_in("ada", NEW_PASSWORD).await.status(), 303);
}

#[tokio::test]
async fn settings_over_json() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    let other = crate::helpers::client();
    let signed_in = other
        .post(app.url("/login"))
        .header("origin", BASE_URL)
        .form(&[("login", "ada"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), 303);

    let sessions = app.read("/api/settings/sessions").await;
    assert_eq!(sessions.as_array().unwrap().len(), 2, "{sessions}");
    assert_eq!(sessions.as_array().unwrap().iter().filter(|s| s["current"] == true).count(), 1);

    let wrong = app
        .answer(
            "/api/settings/password",
            &[
                ("current_password", "nope"),
                ("new_password", NEW_PASSWORD),
                ("new_password_confirm", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(
        wrong["Rejected"]["errors"],
        json!({ "current_password": "That is not your current password." })
    );
    let changed = app
        .answer(
            "/api/settings/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", NEW_PASSWORD),
                ("new_password_confirm", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(
        changed,
        json!({ "Noted": { "Success": "Your password was changed. Other browsers were signed out." } })
    );
    assert_eq!(other.get(app.url("/home")).send().await.unwrap().status(), 303, "the other browser is out");

    let email = app
        .answer("/api/settings/email", &[("new_email", "ada@new.example"), ("email_password", NEW_PASSWORD)])
        .await;
    assert_eq!(
        email,
        json!({ "Noted": { "Success": "We sent a link to ada@new.example. Your address changes when you open it." } })
    );
    let ended = app.answer("/api/settings/sessions", &[]).await;
    assert_eq!(ended, json!({ "Noted": { "Success": "Signed out 0 other sessions." } }));
}

#[tokio::test]
async fn server_functions_are_guarded_like_their_pages() {
    let app = spawn_app().await;

    assert_eq!(app.call("/api/unconfirmed/resend", &[]).await.status(), 401);
    assert_eq!(app.call("/api/settings/password", &[]).await.status(), 401);

    app.register("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    assert_eq!(app.call("/api/settings/sessions", &[]).await.status(), 403, "confirmed accounts only");
}

#[tokio::test]
async fn every_server_function_refuses_cross_site_posts() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;

    for path in server_functions() {
        for (name, value) in [("origin", "https://evil.example"), ("sec-fetch-site", "cross-site")] {
            let response = app
                .client
                .post(app.url(path))
                .header(name, value)
                .header("accept", "application/json")
                .form(&[("login", "ada"), ("password", PASSWORD)])
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 403, "{path} with {name}: {value}");
        }
    }
    // The same functions at the paths their forms post to without JavaScript.
    let plain_posts = accounts::web::forms::no_js::actions();
    assert!(plain_posts.contains(&"/logout"), "the walk covers signing out: {plain_posts:?}");
    for path in plain_posts {
        for (name, value) in [("origin", "https://evil.example"), ("sec-fetch-site", "cross-site")] {
            let response = app
                .client
                .post(app.url(path))
                .header(name, value)
                .header("accept", "text/html")
                .form(&[("login", "ada"), ("password", PASSWORD)])
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 403, "{path} with {name}: {value}");
        }
    }
    assert_eq!(app.get("/home").await.status(), 200, "still signed in: the sign-out was refused");
}

#[tokio::test]
async fn the_json_path_tells_nobody_which_accounts_exist() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    let register = |username: &'static str, email: &'static str| {
        let app: &TestApp = &app;
        async move {
            let form = [
                ("username", username),
                ("email", email),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ];
            let response = app.call("/api/register", &form).await;
            (response.status(), response.text().await.unwrap().replace(email, "X"))
        }
    };
    assert_eq!(register("grace", "ada@example.com").await, register("alan", "alan@example.com").await);

    let sign_in = |login: &'static str| {
        let app: &TestApp = &app;
        async move {
            let response =
                app.call("/api/login", &[("login", login), ("password", "wrong password here")]).await;
            (response.status(), response.text().await.unwrap().replace(login, "X"))
        }
    };
    assert_eq!(sign_in("ada@example.com").await, sign_in("nobody@example.com").await);
}
