//! The page of a signed-in account whose address is not confirmed yet.

use crate::{
    helpers::{confirmation_link, spawn_app, spawn_app_with, token_in},
    smtp::MAIL_TIMEOUT,
};

const PASSWORD: &str = "correct horse battery staple";

#[tokio::test]
async fn resend_respects_the_cooldown_and_says_how_long_to_wait() {
    let app = spawn_app().await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;

    let page = app.get("/unconfirmed").await.text().await.unwrap();
    assert!(page.contains("You can ask for another link in"), "{page}");

    let response = app.post_form("/unconfirmed/resend", &[]).await;

    assert_eq!(response.status(), 200);
    assert!(response.text().await.unwrap().contains("A link was sent a moment ago."));
    assert_eq!(app.delivered_to("ada@example.com").await.len(), 1, "no second email inside the cooldown");
}

#[tokio::test]
async fn resend_after_the_cooldown_sends_a_new_link() {
    let app = spawn_app_with(&[("RESEND_COOLDOWN_SECS", "0")]).await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;

    let response = app.post_form("/unconfirmed/resend", &[]).await;

    assert!(response.text().await.unwrap().contains("We sent a new link to ada@example.com."));
    let mail = app.smtp.wait_for(2, MAIL_TIMEOUT).await;
    assert_ne!(confirmation_link(&mail[0]), confirmation_link(&mail[1]));
}

#[tokio::test]
async fn a_mistyped_address_can_be_fixed_before_confirming() {
    let app = spawn_app().await;
    app.register("ada", "ada@exmaple.com", PASSWORD).await;
    let old_link = confirmation_link(&app.smtp.wait_for(1, MAIL_TIMEOUT).await[0]);
    app.sign_in("ada", PASSWORD).await;

    let response = app.post_form("/unconfirmed/email", &[("email", "ada@example.com")]).await;

    assert_eq!(response.status(), 200);
    let page = response.text().await.unwrap();
    assert!(page.contains("We sent a new link to ada@example.com."), "{page}");
    assert!(page.contains("<strong>ada@example.com</strong>"));
    let new_mail = app.smtp.wait_for(2, MAIL_TIMEOUT).await.remove(1);
    assert_eq!(new_mail.to, ["ada@example.com"]);
    let old = app.post_form("/confirm", &[("token", &token_in(&old_link))]).await;
    assert!(old.text().await.unwrap().contains("A newer link was sent"), "the old link died");
    let new = app.post_form("/confirm", &[("token", &token_in(&confirmation_link(&new_mail)))]).await;
    assert!(new.text().await.unwrap().contains("ada@example.com"));
    assert_eq!(app.get("/home").await.status(), 200);
}

#[tokio::test]
async fn an_invalid_new_address_is_a_field_error() {
    let app = spawn_app().await;
    app.register("ada", "ada@exmaple.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;

    let response = app.post_form("/unconfirmed/email", &[("email", "not an address")]).await;

    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("An email address needs an @"));
    assert!(html.contains(r#"value="not an address""#), "the value is kept in the field");
}

#[tokio::test]
async fn anonymous_visitors_are_sent_to_sign_in() {
    let app = spawn_app().await;

    let response = app.get("/unconfirmed").await;
    assert_eq!(response.headers()["location"], "/login?next=/unconfirmed");
    let posted = app.post_form("/unconfirmed/resend", &[]).await;
    assert_eq!(posted.headers()["location"], "/login");
}
