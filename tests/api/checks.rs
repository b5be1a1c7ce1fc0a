//! The live checks behind the registration and password forms (SPEC 3),
//! and the same rules applied when the forms are posted.

use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app, spawn_app_with};

const PASSWORD: &str = "correct horse battery staple";

/// Calls a check server function as the island does: a JSON POST.
async fn post_check(app: &TestApp, what: &str, body: String) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/api/check/{what}")))
        .header("origin", crate::helpers::BASE_URL)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap()
}

async fn check(app: &TestApp, what: &str, body: Value) -> (u16, Value) {
    let response = post_check(app, what, body.to_string()).await;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON: {text}")))
}

#[tokio::test]
async fn username_availability_is_answered_whatever_the_case() {
    let app = spawn_app().await;
    app.register("ada", "ada@example.com", PASSWORD).await;

    assert_eq!(
        check(&app, "username", json!({"username": "ADA"})).await,
        (200, json!({"Done": {"Wrong": "This username is taken. Try another."}}))
    );
    assert_eq!(
        check(&app, "username", json!({"username": "grace"})).await,
        (200, json!({"Done": {"Fine": "grace is available."}}))
    );
    assert_eq!(
        check(&app, "username", json!({"username": "a b"})).await,
        (200, json!({"Refused": "Use only letters a-z, digits, _ and -."})),
        "bad input is an answer, not an error"
    );
}

#[tokio::test]
async fn password_strength_judges_against_the_forms_own_words() {
    let app = spawn_app().await;

    let (status, weak) = check(&app, "password", json!({"password": "password1234", "related": []})).await;
    assert_eq!(status, 200);
    assert!(weak["Done"]["score"].as_u64().unwrap() < 3, "{weak}");
    assert_eq!(weak["Done"]["label"], "Strength: Very weak", "{weak}");
    let advice = weak["Done"]["said"]["Wrong"].as_str().unwrap_or_else(|| panic!("{weak}"));
    assert!(advice.starts_with("This password is too easy to guess."), "with zxcvbn's advice: {advice}");
    assert!(advice.len() > "This password is too easy to guess.".len(), "{advice}");

    let (_, strong) = check(&app, "password", json!({"password": "adalovelace1815", "related": []})).await;
    assert!(strong["Done"]["score"].as_u64().unwrap() >= 3, "{strong}");
    assert_eq!(strong["Done"]["said"], json!({"Fine": "A strong password."}), "{strong}");
    let related = json!(["ada_lovelace", "ada.lovelace@example.com"]);
    let (_, personal) =
        check(&app, "password", json!({"password": "adalovelace1815", "related": related})).await;
    assert!(personal["Done"]["score"].as_u64().unwrap() < 3, "built from the account: {personal}");

    let (status, short) = check(&app, "password", json!({"password": "short", "related": []})).await;
    assert_eq!((status, short), (200, json!({"Refused": "Use at least 12 characters."})));
}

#[tokio::test]
async fn malformed_check_calls_get_no_500_and_no_internals() {
    let app = spawn_app().await;
    for body in ["", "{", "[]", r#"{"username": 5}"#, r#"{"password": "x"}"#] {
        for what in ["username", "password"] {
            let response = post_check(&app, what, body.to_owned()).await;
            let status = response.status().as_u16();
            let text = response.text().await.unwrap();
            assert!(status < 500, "{what} {body:?}: {status} {text}");
            assert!(!text.contains("serde") && !text.contains("panicked"), "{text}");
        }
    }
}

#[tokio::test]
async fn checks_are_limited_per_address() {
    // Ten checks per address per window for a limit of one.
    let app = spawn_app_with(&[("RATE_LIMIT_PER_ADDRESS", "1")]).await;
    for _ in 0..10 {
        let (_, answer) = check(&app, "username", json!({"username": "grace"})).await;
        assert_eq!(answer, json!({"Done": {"Fine": "grace is available."}}));
    }
    let (status, answer) = check(&app, "username", json!({"username": "grace"})).await;
    assert_eq!(status, 200);
    assert_eq!(answer["Refused"], "Too many checks for now. The form is still checked when you send it.");
}

#[tokio::test]
async fn a_guessable_password_is_refused_when_posted() {
    let app = spawn_app().await;

    let weak = app.register("ada_lovelace", "ada.lovelace@example.com", "password1234").await;
    assert_eq!(weak.status(), 422);
    let html = weak.text().await.unwrap();
    assert!(html.contains("This password is too easy to guess."), "{html}");
    assert!(!html.contains("password1234"), "a password is never sent back");

    let personal = app.register("ada_lovelace", "ada.lovelace@example.com", "ada.lovelace.example").await;
    assert_eq!(personal.status(), 422);
    assert!(personal.text().await.unwrap().contains("This password is too easy to guess."));
    let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(users, 0);

    assert_eq!(app.register("ada_lovelace", "ada.lovelace@example.com", PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn settings_refuse_a_guessable_new_password() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;

    let form = [
        ("current_password", PASSWORD),
        ("new_password", "qwertyuiop123"),
        ("new_password_confirm", "qwertyuiop123"),
    ];
    let response = app.post_form("/settings/password", &form).await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("This password is too easy to guess."));
    assert_eq!(app.sign_in("ada", PASSWORD).await.status(), 303, "the old password still works");
}

#[tokio::test]
async fn the_register_page_renders_working_fields_that_name_their_live_checks() {
    let app = spawn_app().await;
    let html = app.get("/register").await.text().await.unwrap();
    assert!(html.contains(r#"<leptos-island data-component="LiveFields"#), "{html}");
    assert!(!html.contains("data-props"), "islands take no props: the server HTML is their state");
    for (field, check) in [
        ("username", "username"),
        ("email", "email"),
        ("password", "new-password"),
        ("password_confirm", "confirm"),
    ] {
        assert!(html.contains(&format!(r#"name="{field}""#)), "{field}");
        assert!(html.contains(&format!(r#"data-check="{check}""#)), "{check}");
        assert!(html.contains(&format!(r#"aria-describedby="{field}-message""#)), "{field}");
        assert!(
            html.contains(&format!(r#"<p id="{field}-message" aria-live="polite" class="field-message">"#))
        );
    }
    assert!(html.contains(r#"data-related-fields="username email""#));
    assert!(html.contains(r#"data-confirms="password""#));
    assert!(!html.contains("disabled"), "the submit button is never disabled in the server HTML");
}
