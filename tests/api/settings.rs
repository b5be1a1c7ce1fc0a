//! Account settings: password, email address, sessions.

use crate::{
    helpers::{BASE_URL, TestApp, client, confirmation_link, link_in, spawn_app, token_in},
    smtp::MAIL_TIMEOUT,
};

const OLD: &str = "correct horse battery staple";
const NEW: &str = "an entirely new passphrase";

async fn signed_in_account(app: &TestApp) {
    app.confirmed_account("ada", "ada@example.com", OLD).await;
    app.sign_in("ada", OLD).await;
}

#[tokio::test]
async fn settings_are_for_confirmed_accounts() {
    let app = spawn_app().await;
    assert_eq!(app.get("/settings").await.headers()["location"], "/login?next=/settings");
    app.register("ada", "ada@example.com", OLD).await;
    app.sign_in("ada", OLD).await;
    assert_eq!(app.get("/settings").await.headers()["location"], "/unconfirmed");
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_signs_out_other_browsers() {
    let app = spawn_app().await;
    signed_in_account(&app).await;
    let other = client();
    let form = [("login", "ada"), ("password", OLD)];
    other.post(app.url("/login")).header("origin", BASE_URL).form(&form).send().await.unwrap();

    let wrong = app
        .post_form(
            "/settings/password",
            &[("current_password", "not it at all"), ("new_password", NEW), ("new_password_confirm", NEW)],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    assert!(wrong.text().await.unwrap().contains("That is not your current password."));

    let changed = app
        .post_form(
            "/settings/password",
            &[("current_password", OLD), ("new_password", NEW), ("new_password_confirm", NEW)],
        )
        .await;
    assert_eq!(changed.status(), 200);
    assert!(changed.text().await.unwrap().contains("Your password was changed."));
    assert_eq!(app.get("/settings").await.status(), 200, "this browser stays signed in");
    assert_eq!(other.get(app.url("/home")).send().await.unwrap().status(), 303, "the other is signed out");
    let notice = app.smtp.wait_for(2, MAIL_TIMEOUT).await.pop().unwrap();
    assert_eq!(notice.subject(), "Your password was changed");
    assert_eq!(app.sign_in("ada", NEW).await.headers()["location"], "/home");
}

#[tokio::test]
async fn a_password_change_in_settings_kills_a_pending_reset_link() {
    let app = spawn_app().await;
    signed_in_account(&app).await;
    app.post_form("/forgot", &[("email", "ada@example.com")]).await;
    let link = link_in(&app.smtp.wait_for(2, MAIL_TIMEOUT).await[1], "/reset?token=");

    app.post_form(
        "/settings/password",
        &[("current_password", OLD), ("new_password", NEW), ("new_password_confirm", NEW)],
    )
    .await;

    app.get(&link).await;
    let page = app.get("/reset").await;
    assert_eq!(page.status(), 410);
    assert!(page.text().await.unwrap().contains("A newer link was sent"));
}

#[tokio::test]
async fn a_new_address_takes_effect_only_through_its_own_link() {
    let app = spawn_app().await;
    signed_in_account(&app).await;

    let requested =
        app.post_form("/settings/email", &[("new_email", "ada@new.example"), ("email_password", OLD)]).await;
    assert_eq!(requested.status(), 200);
    assert!(requested.text().await.unwrap().contains("We sent a link to ada@new.example."));

    let mail = app.smtp.wait_for(3, MAIL_TIMEOUT).await;
    let to_new = mail.iter().find(|m| m.to == ["ada@new.example"]).expect("a link to the new address");
    let to_old = mail.iter().find(|m| m.subject() == "Your email address is about to change").unwrap();
    assert_eq!(to_old.to, ["ada@example.com"], "the old address is told");
    assert!(to_old.text_part().contains("ada@new.example"));
    // Its one link cancels the change; it cannot make it.
    let cancel = app.get(&confirmation_link(to_old)).await.text().await.unwrap();
    assert!(cancel.contains("Keep your email address?") && !cancel.contains("Confirm that"), "{cancel}");
    let stored: String =
        sqlx::query_scalar("SELECT email FROM users").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(stored, "ada@example.com", "nothing changes before the link is opened");

    let link = confirmation_link(to_new);
    assert!(
        app.get(&link).await.text().await.unwrap().contains("Confirm that <strong>ada@new.example</strong>")
    );
    let confirmed = app.post_form("/confirm", &[("token", &token_in(&link))]).await;
    assert!(confirmed.text().await.unwrap().contains("Your account now uses ada@new.example."));
    let stored: String =
        sqlx::query_scalar("SELECT email FROM users").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(stored, "ada@new.example");
    assert_eq!(app.sign_in("ada@new.example", OLD).await.headers()["location"], "/home");
}

#[tokio::test]
async fn an_email_change_needs_the_password_and_a_valid_new_address() {
    let app = spawn_app().await;
    signed_in_account(&app).await;

    let response = app
        .post_form("/settings/email", &[("new_email", "not an address"), ("email_password", "wrong")])
        .await;

    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("That is not your current password."));
    assert!(html.contains("An email address needs an @"));
    let same =
        app.post_form("/settings/email", &[("new_email", "ADA@example.com"), ("email_password", OLD)]).await;
    assert!(same.text().await.unwrap().contains("This is already your address."));
}

#[tokio::test]
async fn another_accounts_address_gets_the_same_answer_and_changes_nothing() {
    let app = spawn_app().await;
    app.confirmed_account("grace", "grace@example.com", OLD).await;
    signed_in_account(&app).await;

    let response = app
        .post_form("/settings/email", &[("new_email", "grace@example.com"), ("email_password", OLD)])
        .await;

    assert!(response.text().await.unwrap().contains("We sent a link to grace@example.com."));
    let to_grace = app.delivered_to("grace@example.com").await;
    let notice = to_grace.last().unwrap();
    assert_eq!(notice.subject(), "Someone tried to register with your address");
    assert!(!notice.text_part().contains("token="), "no link that could move grace's address");
}

#[tokio::test]
async fn sessions_are_listed_and_the_others_can_be_signed_out() {
    let app = spawn_app().await;
    signed_in_account(&app).await;
    let other = client();
    let form = [("login", "ada"), ("password", OLD)];
    other
        .post(app.url("/login"))
        .header("origin", BASE_URL)
        .form(&form)
        .header("user-agent", "Other Browser/1.0")
        .send()
        .await
        .unwrap();

    let page = app.get("/settings").await.text().await.unwrap();
    assert!(page.contains("Other Browser/1.0"), "{page}");
    assert!(page.contains("(this browser)"));

    let ended = app.post_form("/settings/sessions", &[]).await;
    assert!(ended.text().await.unwrap().contains("Signed out 1 other session."));
    assert_eq!(other.get(app.url("/home")).send().await.unwrap().status(), 303);
    assert_eq!(app.get("/home").await.status(), 200);
}
