//! Registration: the whole way from the form to a confirmed, signed-in
//! account, and the answers that must not reveal who has an account.

use crate::{
    helpers::{comparable_body, confirmation_link, spawn_app},
    smtp::MAIL_TIMEOUT,
};

const PASSWORD: &str = "correct horse battery staple";

#[tokio::test]
async fn register_confirm_by_email_sign_in_and_see_home() {
    let app = spawn_app().await;

    let registered = app.register("ada", "Ada@Example.com", PASSWORD).await;
    assert_eq!(registered.status(), 200);
    let page = registered.text().await.unwrap();
    assert!(page.contains("Check your inbox"), "{page}");
    assert!(page.contains("<strong>Ada@Example.com</strong>"));

    let (email, confirmed_at): (String, Option<i64>) =
        sqlx::query_as("SELECT email, email_confirmed_at FROM users WHERE username = 'ada'")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(email, "Ada@Example.com", "stored as typed");
    assert_eq!(confirmed_at, None);

    let mail = app.smtp.wait_for(1, MAIL_TIMEOUT).await.remove(0);
    assert_eq!(mail.to, ["Ada@Example.com"], "mail goes to the stored address");
    assert_eq!(mail.subject(), "Confirm your email address");
    let link = confirmation_link(&mail);
    assert!(mail.html_part().contains("/confirm?token="), "the HTML part has the link too");

    let confirm_page = app.get(&link).await;
    assert_eq!(confirm_page.status(), 200);
    let html = confirm_page.text().await.unwrap();
    assert!(html.contains("Confirm that <strong>Ada@Example.com</strong> is your address."), "{html}");
    let token = link.split("token=").nth(1).unwrap();
    let confirmed = app.post_form("/confirm", &[("token", token)]).await;
    assert_eq!(confirmed.status(), 200);
    assert!(confirmed.text().await.unwrap().contains("Address confirmed"));

    let signed_in = app.sign_in("ada", PASSWORD).await;
    assert_eq!(signed_in.status(), 303);
    assert_eq!(signed_in.headers()["location"], "/home");
    let home = app.get("/home").await;
    assert_eq!(home.status(), 200);
    assert!(home.text().await.unwrap().contains("Welcome, ada"));
}

#[tokio::test]
async fn invalid_input_is_shown_next_to_each_field_and_values_are_kept() {
    let app = spawn_app().await;

    let form = [
        ("username", "a d"),
        ("email", "ada.example.com"),
        ("password", "short"),
        ("password_confirm", "short"),
    ];
    let response = app.post_form("/register", &form).await;

    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("Use only letters a-z, digits, _ and -."), "{html}");
    assert!(html.contains("An email address needs an @"));
    assert!(html.contains("Use at least 12 characters."));
    assert!(html.contains(r#"value="a d""#), "the username is kept");
    assert!(html.contains(r#"value="ada.example.com""#), "the email is kept in the field");
    assert!(!html.contains(r#"value="short""#), "a password is never sent back");
    let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(users, 0);
}

#[tokio::test]
async fn mismatched_confirmation_is_a_field_error() {
    let app = spawn_app().await;

    let form = [
        ("username", "ada"),
        ("email", "ada@example.com"),
        ("password", PASSWORD),
        ("password_confirm", "something else entirely"),
    ];
    let response = app.post_form("/register", &form).await;

    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("The two passwords are not the same."));
}

#[tokio::test]
async fn a_taken_username_is_a_field_error_whatever_its_case() {
    let app = spawn_app().await;
    app.register("ada", "ada@example.com", PASSWORD).await;

    let response = app.register("ADA", "other@example.com", PASSWORD).await;

    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("This username is taken."));
}

#[tokio::test]
async fn a_registered_address_gets_the_same_answer_and_its_owner_a_notice() {
    let app = spawn_app().await;
    // Confirmed: an unconfirmed address registered again keeps nobody's
    // password instead (tests/api/takeover.rs).
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    let again = app.register("impostor", "ADA@example.com", PASSWORD).await;
    let fresh = app.register("grace", "ADA@example.org", PASSWORD).await;

    assert_eq!(again.status(), fresh.status());
    let (again, fresh) = (comparable_body(again).await, comparable_body(fresh).await);
    assert_eq!(again.replace("ADA@example.com", "X"), fresh.replace("ADA@example.org", "X"));
    let mail = app.smtp.wait_for(3, MAIL_TIMEOUT).await;
    let notice = mail.iter().find(|m| m.subject() == "Someone tried to register with your address").unwrap();
    assert_eq!(notice.to, ["ada@example.com"], "the notice goes to the stored address, not the typed one");
    assert!(!notice.text_part().contains("token="), "the notice carries no confirmation link");
    let names: Vec<String> =
        sqlx::query_scalar("SELECT username FROM users ORDER BY id").fetch_all(app.db.pool()).await.unwrap();
    assert_eq!(names, ["ada", "grace"], "no second account for the taken address");
}

#[tokio::test]
async fn the_landing_form_prefills_the_email() {
    let app = spawn_app().await;

    let html = app.get("/register?email=ada%40example.com").await.text().await.unwrap();

    assert!(html.contains("ada@example.com"), "{html}");
}
