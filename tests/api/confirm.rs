//! Every way a confirmation link can turn out.

use accounts::infra::db::sql;

use crate::{
    helpers::{BASE_URL, confirmation_link, spawn_app, spawn_app_with, token_in},
    smtp::MAIL_TIMEOUT,
};

const PASSWORD: &str = "correct horse battery staple";

async fn is_confirmed(app: &crate::helpers::TestApp, username: &str) -> bool {
    let pool = app.db.pool();
    let at: Option<i64> =
        sqlx::query_scalar(&sql(pool, "SELECT email_confirmed_at FROM users WHERE username = $1"))
            .bind(username)
            .fetch_one(pool)
            .await
            .unwrap();
    at.is_some()
}

#[tokio::test]
async fn opening_the_link_confirms_nothing_until_the_button_is_pressed() {
    let app = spawn_app().await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    let link = confirmation_link(&app.smtp.wait_for(1, MAIL_TIMEOUT).await[0]);

    // Mail scanners and link previews fetch links with GET and HEAD.
    assert_eq!(app.get(&link).await.status(), 200);
    let head = app.client.head(app.url(&link)).send().await.unwrap();
    assert_eq!(head.status(), 200);
    assert_eq!(app.get(&link).await.status(), 200);

    assert!(!is_confirmed(&app, "ada").await);
}

#[tokio::test]
async fn a_used_link_says_already_confirmed() {
    let app = spawn_app().await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    let token = token_in(&confirmation_link(&app.smtp.wait_for(1, MAIL_TIMEOUT).await[0]));
    app.post_form("/confirm", &[("token", &token)]).await;

    let again = app.post_form("/confirm", &[("token", &token)]).await;
    let opened = app.get(&format!("/confirm?token={token}")).await;

    assert_eq!(again.status(), 200);
    assert!(again.text().await.unwrap().contains("Already confirmed"));
    assert!(opened.text().await.unwrap().contains("Already confirmed"));
}

#[tokio::test]
async fn two_simultaneous_confirms_confirm_once() {
    let app = spawn_app().await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    let token = token_in(&confirmation_link(&app.smtp.wait_for(1, MAIL_TIMEOUT).await[0]));

    let form = [("token", token.as_str())];
    let (a, b) = tokio::join!(app.post_form("/confirm", &form), app.post_form("/confirm", &form));

    let mut pages = [a.text().await.unwrap(), b.text().await.unwrap()];
    pages.sort_by_key(|p| p.contains("Already confirmed"));
    assert!(pages[0].contains("Address confirmed"), "{}", pages[0]);
    assert!(pages[1].contains("Already confirmed"), "{}", pages[1]);
    assert!(is_confirmed(&app, "ada").await);
}

#[tokio::test]
async fn an_expired_link_offers_a_new_one_in_one_click() {
    let app = spawn_app().await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    let link = confirmation_link(&app.smtp.wait_for(1, MAIL_TIMEOUT).await[0]);
    // The link was issued long ago: past its lifetime and the resend cooldown.
    sqlx::query("UPDATE email_tokens SET created_at = created_at - 90000, expires_at = expires_at - 90000")
        .execute(app.db.pool())
        .await
        .unwrap();

    let expired = app.get(&link).await;
    assert_eq!(expired.status(), 410);
    assert!(expired.text().await.unwrap().contains("This link has expired"));
    let refused = app.post_form("/confirm", &[("token", &token_in(&link))]).await;
    assert!(refused.text().await.unwrap().contains("This link has expired"));
    assert!(!is_confirmed(&app, "ada").await);

    let resent = app.post_form("/confirm/resend", &[("token", &token_in(&link))]).await;
    assert_eq!(resent.status(), 200);
    assert!(resent.text().await.unwrap().contains("a new link is on its way"));
    let new_link = confirmation_link(&app.smtp.wait_for(2, MAIL_TIMEOUT).await[1]);
    assert_ne!(new_link, link);
    let confirmed = app.post_form("/confirm", &[("token", &token_in(&new_link))]).await;
    assert!(confirmed.text().await.unwrap().contains("Address confirmed"));
}

#[tokio::test]
async fn a_link_replaced_by_a_newer_one_says_so() {
    let app = spawn_app_with(&[("RESEND_COOLDOWN_SECS", "0")]).await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    let first = confirmation_link(&app.smtp.wait_for(1, MAIL_TIMEOUT).await[0]);
    app.sign_in("ada", PASSWORD).await;
    app.post_form("/unconfirmed/resend", &[]).await;
    let second = confirmation_link(&app.smtp.wait_for(2, MAIL_TIMEOUT).await[1]);

    let old = app.post_form("/confirm", &[("token", &token_in(&first))]).await;
    assert_eq!(old.status(), 410);
    assert!(old.text().await.unwrap().contains("A newer link was sent"));
    assert!(!is_confirmed(&app, "ada").await);
    let new = app.post_form("/confirm", &[("token", &token_in(&second))]).await;
    assert!(new.text().await.unwrap().contains("Address confirmed"));
}

#[tokio::test]
async fn malformed_and_unknown_tokens_get_the_invalid_page() {
    let app = spawn_app().await;
    let unknown = "A".repeat(43);

    for path in [
        "/confirm",
        "/confirm?token=",
        "/confirm?token=%27%20OR%201%3D1--",
        &format!("/confirm?token={unknown}"),
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        assert!(response.text().await.unwrap().contains("This link is not valid"), "{path}");
    }
    let posted = app.post_form("/confirm", &[("token", "garbage")]).await;
    assert_eq!(posted.status(), 404);
}

#[tokio::test]
async fn confirming_signs_nobody_in_and_ends_sessions_from_before_it() {
    let app = spawn_app().await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    let token = token_in(&confirmation_link(&app.smtp.wait_for(1, MAIL_TIMEOUT).await[0]));
    app.sign_in("ada", PASSWORD).await;

    // Another browser (no cookies) confirms: it is not signed in by that.
    let stranger = crate::helpers::client();
    let confirmed = stranger
        .post(app.url("/confirm"))
        .header("origin", BASE_URL)
        .form(&[("token", token.as_str())])
        .send()
        .await
        .unwrap();
    assert!(confirmed.headers().get("set-cookie").is_none());
    assert_eq!(stranger.get(app.url("/home")).send().await.unwrap().status(), 303);
    // A session from before the first confirmation, in another browser, may
    // be whoever registered the address before its owner: it ends.
    assert_eq!(app.get("/home").await.headers()["location"], "/login?next=/home");
}

#[tokio::test]
async fn the_browser_that_confirms_stays_signed_in() {
    let app = spawn_app().await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    let token = token_in(&confirmation_link(&app.smtp.wait_for(1, MAIL_TIMEOUT).await[0]));
    app.sign_in("ada", PASSWORD).await;

    let confirmed = app.post_form("/confirm", &[("token", &token)]).await;

    assert!(confirmed.headers().get("set-cookie").is_none(), "its session is not switched");
    assert_eq!(app.get("/home").await.status(), 200);
}

#[tokio::test]
async fn the_new_link_button_answers_the_same_for_real_and_unknown_links() {
    let app = spawn_app_with(&[("RESEND_COOLDOWN_SECS", "0")]).await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    let token = token_in(&confirmation_link(&app.smtp.wait_for(1, MAIL_TIMEOUT).await[0]));

    let real = app.post_form("/confirm/resend", &[("token", &token)]).await;
    let unknown = app.post_form("/confirm/resend", &[("token", &"B".repeat(43))]).await;
    let garbage = app.post_form("/confirm/resend", &[("token", "garbage")]).await;

    assert_eq!(real.status(), 200);
    assert_eq!(unknown.status(), 200);
    assert_eq!(garbage.status(), 200);
    let real = crate::helpers::comparable_body(real).await;
    assert_eq!(real, crate::helpers::comparable_body(unknown).await);
    assert_eq!(real, crate::helpers::comparable_body(garbage).await);
    assert_eq!(app.delivered().await.len(), 2, "only the real link got a new email");
}
