//! Whatever arrives, the answer is a clear 4xx page or a normal rejection:
//! never a 500, a panic, or internal details in the page.

use crate::helpers::{
    BASE_URL, TestApp, client, confirmation_link, link_in, server_functions, spawn_app, spawn_app_with,
};

const PASSWORD: &str = "correct horse battery staple";

/// Posts a raw body as a browser on this site would.
async fn post_raw(app: &TestApp, path: &str, content_type: &str, body: String) -> reqwest::Response {
    app.client
        .post(app.url(path))
        .header("origin", BASE_URL)
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap()
}

async fn assert_clear_rejection(response: reqwest::Response, what: &str) -> String {
    let status = response.status();
    assert!(status.is_client_error() || status.is_success() || status.is_redirection(), "{what}: {status}");
    let html = response.text().await.unwrap();
    // Text that only an internal error would put in a page.
    for leak in [
        "panicked at",
        "error returned from database",
        "sqlx::",
        "SQLITE_",
        "stack backtrace",
        "Failed to deserialize",
    ] {
        assert!(!html.contains(leak), "{what}: the page shows {leak:?}");
    }
    html
}

#[tokio::test]
async fn malformed_and_odd_forms_get_clear_answers() {
    let app = spawn_app().await;
    let form = "application/x-www-form-urlencoded";
    let cases: Vec<(&str, &str, String)> = vec![
        ("/register", form, "username=%zz&email=%&password=x".into()),
        ("/register", form, "username=a&username=b&email=x@y.z".into()),
        ("/register", "application/json", r#"{"username":"ada"}"#.into()),
        ("/register", form, String::new()),
        ("/login", form, "login=%FF%FE&password=%00".into()),
        ("/confirm", form, "token=a&token=b".into()),
        ("/reset", form, "password=%E2%80".into()),
        ("/forgot", form, "email[]=x".into()),
        ("/forgot/code", form, "email=%FF&code=a&code=b".into()),
        ("/unconfirmed/resend", form, "x=1".into()),
        ("/settings/password", form, "current_password=x".into()),
    ];
    for (path, content_type, body) in cases {
        let what = format!("POST {path} {content_type} {body:?}");
        let response = post_raw(&app, path, content_type, body).await;
        assert_clear_rejection(response, &what).await;
    }
}

#[tokio::test]
async fn a_hundred_thousand_characters_in_a_field_are_refused_plainly() {
    let app = spawn_app().await;
    let long = "a".repeat(100_000);

    let response = app.post_form("/register", &[("username", &long), ("email", "ada@example.com")]).await;

    assert_eq!(response.status(), 413);
    assert!(response.text().await.unwrap().contains("Too much data"));

    // Long but under the body limit: a field error, and nothing echoed at length.
    let long = "a".repeat(20_000);
    let form = [
        ("username", long.as_str()),
        ("email", "ada@example.com"),
        ("password", PASSWORD),
        ("password_confirm", PASSWORD),
    ];
    let response = app.post_form("/register", &form).await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("A username can have at most 32 characters."));
}

#[tokio::test]
async fn sql_and_like_metacharacters_are_just_text() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    for login in ["' OR '1'='1", "ada' --", "%", "_da", "ada%", "\"; DROP TABLE users; --"] {
        let response = app.sign_in(login, PASSWORD).await;
        assert_eq!(response.status(), 422, "{login}");
        assert_clear_rejection(response, login).await;
    }
    let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(users, 1);
}

#[tokio::test]
async fn control_characters_and_header_injection_are_field_errors() {
    let app = spawn_app().await;

    for (username, email) in [
        ("ada\u{0}", "ada@example.com"),
        ("ada", "ada@example.com\r\nBcc: victim@example.com"),
        ("ada", "ada@example.com\nSubject: hi"),
        ("ad\u{202e}a", "ada@example.com"),
    ] {
        let form = [
            ("username", username),
            ("email", email),
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
        ];
        let response = app.post_form("/register", &form).await;
        assert_eq!(response.status(), 422, "{username:?} {email:?}");
    }
    let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(users, 0);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(app.smtp.messages().await.is_empty(), "no email to an injected address");
}

#[tokio::test]
async fn case_variants_of_a_registered_address_reach_only_its_owner() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    // A name typed with a taken address is held as a new account's would
    // be, so each try uses its own.
    for (username, variant) in
        [("other1", "ADA@EXAMPLE.COM"), ("other2", "Ada@Example.Com"), ("other3", " ada@example.com ")]
    {
        let form = [
            ("username", username),
            ("email", variant),
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
        ];
        assert_eq!(app.post_form("/register", &form).await.status(), 200, "{variant}");
    }
    // Unicode look-alikes are not addresses WHATWG accepts at all.
    let form = [
        ("username", "other"),
        ("email", "аda@example.com"),
        ("password", PASSWORD),
        ("password_confirm", PASSWORD),
    ];
    assert_eq!(app.post_form("/register", &form).await.status(), 422);

    let mail = app.smtp.wait_for(4, crate::smtp::MAIL_TIMEOUT).await;
    assert!(
        mail.iter().all(|m| m.to == ["ada@example.com"]),
        "{:?}",
        mail.iter().map(|m| &m.to).collect::<Vec<_>>()
    );
    let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(users, 1);
}

#[tokio::test]
async fn no_state_changes_on_get_or_head() {
    let app = spawn_app_with(&[("RESEND_COOLDOWN_SECS", "0")]).await;
    // A signed-in account with a live reset link, and an unconfirmed one,
    // signed in elsewhere, with a live confirmation link.
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    app.post_form("/forgot", &[("email", "ada@example.com")]).await;
    app.register("bob", "bob@example.com", PASSWORD).await;
    let bob = client();
    let form = [("login", "bob"), ("password", PASSWORD)];
    bob.post(app.url("/login")).header("origin", BASE_URL).form(&form).send().await.unwrap();
    let mail = app.delivered().await;
    let reset_link = link_in(
        mail.iter().find(|m| m.to == ["ada@example.com"] && m.text_part().contains("/reset?")).unwrap(),
        "/reset?token=",
    );
    let confirm_link = confirmation_link(mail.iter().find(|m| m.to == ["bob@example.com"]).unwrap());
    let before = snapshot(&app).await;
    assert!(before.iter().filter(|row| row.starts_with("sessions:")).count() == 2, "{before:#?}");
    assert!(before.iter().filter(|row| row.starts_with("email_tokens:")).count() == 3, "{before:#?}");

    let pages = [
        "/",
        "/register",
        "/login",
        "/login/code",
        "/home",
        "/settings",
        "/unconfirmed",
        "/forgot",
        "/forgot/code",
        "/reset",
        "/confirm",
    ];
    // Where every form posts without JavaScript, from leptos's registry.
    let forms = accounts::web::forms::no_js::actions();
    assert!(forms.contains(&"/settings/two-step/disable"), "{forms:?}");
    let links = [confirm_link.as_str(), reset_link.as_str()];
    let paths =
        pages.iter().chain(&forms).chain(&["/dev/mail"]).chain(&links).copied().chain(server_functions());
    for path in paths {
        for browser in [&app.client, &bob] {
            for method in [reqwest::Method::GET, reqwest::Method::HEAD] {
                let response = browser.request(method.clone(), app.url(path)).send().await.unwrap();
                assert!(response.status().as_u16() < 500, "{method} {path}: {}", response.status());
            }
        }
    }

    app.delivered().await;
    assert_eq!(snapshot(&app).await, before, "no account, session, link or email changed");
    assert_eq!(app.get("/home").await.status(), 200, "still signed in");
}

/// Every row of the tables that hold accounts, sessions, links and email,
/// as text.
async fn snapshot(app: &TestApp) -> Vec<String> {
    use sqlx::Row;
    let mut rows = Vec::new();
    for table in ["users", "sessions", "email_tokens", "outbox"] {
        let query = format!("SELECT * FROM {table} ORDER BY 1");
        for row in sqlx::query(&query).fetch_all(app.db.pool()).await.unwrap() {
            let values = (0..row.len())
                .map(|i| match row.try_get::<Option<i64>, _>(i) {
                    Ok(number) => format!("{number:?}"),
                    Err(_) => format!("{:?}", accounts::infra::db::long_text(&row, i).unwrap()),
                })
                .collect::<Vec<_>>();
            rows.push(format!("{table}: {}", values.join(", ")));
        }
    }
    rows
}
