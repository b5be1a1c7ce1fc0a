//! Ways to take over an account, each tried as an attacker would: every
//! link dies when what it vouches for changes, and a session dies when the
//! account it belongs to is secured.

use crate::{
    helpers::{BASE_URL, TestApp, client, confirmation_link, link_in, spawn_app, spawn_app_with, token_in},
    smtp::MAIL_TIMEOUT,
};

const PASSWORD: &str = "correct horse battery staple";
const NEW_PASSWORD: &str = "a brand new passphrase for ada";

/// Asks, signed in as ada, to move her account to `to`; returns the link
/// sent there and the cancel link sent to her current address.
async fn ask_to_move(app: &TestApp, to: &str) -> (String, String) {
    let before = app.smtp.messages().await.len();
    let asked = app.post_form("/settings/email", &[("new_email", to), ("email_password", PASSWORD)]).await;
    assert_eq!(asked.status(), 200);
    let mail = app.smtp.wait_for(before + 2, MAIL_TIMEOUT).await;
    let change = mail.iter().find(|m| m.to == [to]).expect("the link to the new address");
    let notice =
        mail.iter().find(|m| m.subject() == "Your email address is about to change").expect("the notice");
    assert_eq!(notice.to, ["ada@example.com"]);
    (confirmation_link(change), confirmation_link(notice))
}

async fn address_of_ada(app: &TestApp) -> String {
    sqlx::query_scalar("SELECT email FROM users WHERE username = 'ada'")
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

#[tokio::test]
async fn a_pending_change_of_address_dies_with_a_password_change() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    let (change, _) = ask_to_move(&app, "thief@evil.example").await;

    let form = [
        ("current_password", PASSWORD),
        ("new_password", NEW_PASSWORD),
        ("new_password_confirm", NEW_PASSWORD),
    ];
    assert_eq!(app.post_form("/settings/password", &form).await.status(), 200);

    let used = app.post_form("/confirm", &[("token", &token_in(&change))]).await;
    assert_eq!(used.status(), 410);
    assert_eq!(address_of_ada(&app).await, "ada@example.com");
}

#[tokio::test]
async fn a_pending_change_of_address_dies_with_a_reset() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    let (change, _) = ask_to_move(&app, "thief@evil.example").await;

    let owner = client();
    owner
        .post(app.url("/forgot"))
        .header("origin", BASE_URL)
        .form(&[("email", "ada@example.com")])
        .send()
        .await
        .unwrap();
    let mail = app.smtp.wait_for(4, MAIL_TIMEOUT).await;
    let reset =
        link_in(mail.iter().find(|m| m.text_part().contains("/reset?token=")).unwrap(), "/reset?token=");
    owner.get(app.url(&reset)).send().await.unwrap();
    let form = [("password", NEW_PASSWORD), ("password_confirm", NEW_PASSWORD)];
    let done = owner.post(app.url("/reset")).header("origin", BASE_URL).form(&form).send().await.unwrap();
    assert_eq!(done.status(), 303);

    assert_eq!(app.post_form("/confirm", &[("token", &token_in(&change))]).await.status(), 410);
    assert_eq!(address_of_ada(&app).await, "ada@example.com");
}

#[tokio::test]
async fn the_current_address_can_cancel_a_pending_change() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    let (change, cancel) = ask_to_move(&app, "thief@evil.example").await;

    let owner = client();
    let page = owner.get(app.url(&cancel)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Keep your email address?"), "{page}");
    let form = [("token", token_in(&cancel))];
    let cancelled =
        owner.post(app.url("/confirm")).header("origin", BASE_URL).form(&form).send().await.unwrap();
    assert!(cancelled.text().await.unwrap().contains("Change cancelled"));

    assert_eq!(app.post_form("/confirm", &[("token", &token_in(&change))]).await.status(), 410);
    assert_eq!(address_of_ada(&app).await, "ada@example.com");
}

#[tokio::test]
async fn a_reset_link_sent_to_a_mistyped_address_dies_when_it_is_fixed() {
    let app = spawn_app_with(&[("RESEND_COOLDOWN_SECS", "0")]).await;
    app.register("ada", "ada@exmaple.com", PASSWORD).await;
    // Whoever owns the mistyped address asks for a reset link.
    let typo_owner = client();
    typo_owner
        .post(app.url("/forgot"))
        .header("origin", BASE_URL)
        .form(&[("email", "ada@exmaple.com")])
        .send()
        .await
        .unwrap();
    let mail = app.smtp.wait_for(2, MAIL_TIMEOUT).await;
    let reset = link_in(&mail[1], "/reset?token=");

    app.sign_in("ada", PASSWORD).await;
    assert_eq!(app.post_form("/unconfirmed/email", &[("email", "ada@example.com")]).await.status(), 200);

    typo_owner.get(app.url(&reset)).send().await.unwrap();
    let page = typo_owner.get(app.url("/reset")).send().await.unwrap();
    assert_eq!(page.status(), 410);
    let form = [("password", NEW_PASSWORD), ("password_confirm", NEW_PASSWORD)];
    let tried =
        typo_owner.post(app.url("/reset")).header("origin", BASE_URL).form(&form).send().await.unwrap();
    assert_eq!(tried.status(), 410);
    assert_eq!(app.sign_in("ada", PASSWORD).await.status(), 303, "the password is still the owner's");
}

#[tokio::test]
async fn confirming_ends_the_session_of_whoever_registered_the_address_first() {
    let app = spawn_app().await;
    // The attacker registers the victim's address and stays signed in.
    app.register("ada", "victim@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    assert_eq!(app.get("/unconfirmed").await.status(), 200);

    // The victim, in their own browser, confirms what looks like their sign-up.
    let victim = client();
    let link = confirmation_link(&app.smtp.wait_for(1, MAIL_TIMEOUT).await[0]);
    victim
        .post(app.url("/confirm"))
        .header("origin", BASE_URL)
        .form(&[("token", token_in(&link))])
        .send()
        .await
        .unwrap();

    assert_eq!(app.get("/home").await.headers()["location"], "/login?next=/home", "the attacker is out");
}

#[tokio::test]
async fn a_thief_with_the_session_cookie_is_out_after_a_password_change() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    let signed_in = app.sign_in("ada", PASSWORD).await;
    let cookie = signed_in.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
    let thief = client();
    let as_thief = || thief.get(app.url("/home")).header("cookie", cookie.as_str()).send();
    assert_eq!(as_thief().await.unwrap().status(), 200);

    let form = [
        ("current_password", PASSWORD),
        ("new_password", NEW_PASSWORD),
        ("new_password_confirm", NEW_PASSWORD),
    ];
    let changed = app.post_form("/settings/password", &form).await;

    assert!(changed.headers()["set-cookie"].to_str().unwrap().starts_with("session="), "a new session id");
    assert_eq!(as_thief().await.unwrap().status(), 303, "the old id is dead");
    assert_eq!(app.get("/home").await.status(), 200, "the browser that changed it stays in");
}

#[tokio::test]
async fn registering_an_unconfirmed_address_again_keeps_nobodys_password() {
    let app = spawn_app_with(&[("RESEND_COOLDOWN_SECS", "1")]).await;
    // The attacker registers the victim's address first, with a password of
    // theirs; the victim comes past the cooldown (within it, see
    // mail_abuse::registering_one_address_again_and_again_sends_few_emails).
    app.register("mallory", "victim@example.com", PASSWORD).await;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;

    // The victim registers with their own address and password.
    let victim_password = "the victim's own passphrase";
    let again = app.register("victim", "victim@example.com", victim_password).await;
    assert!(again.text().await.unwrap().contains("Check your inbox"), "the usual answer");

    assert_eq!(app.sign_in("mallory", PASSWORD).await.status(), 422, "the first password is gone");
    assert_eq!(app.sign_in("victim", victim_password).await.status(), 422, "and the second was not kept");
    // The inbox's owner chooses the password, which confirms the address.
    let mail = app.smtp.wait_for(2, MAIL_TIMEOUT).await;
    assert_eq!(mail[1].subject(), "Finish creating your account");
    let owner = client();
    owner.get(app.url(&link_in(&mail[1], "/reset?token="))).send().await.unwrap();
    let form = [("password", NEW_PASSWORD), ("password_confirm", NEW_PASSWORD)];
    let chosen = owner.post(app.url("/reset")).header("origin", BASE_URL).form(&form).send().await.unwrap();
    assert_eq!(chosen.status(), 303);
    assert_eq!(app.sign_in("victim", NEW_PASSWORD).await.headers()["location"], "/home");
    let first_link = confirmation_link(&mail[0]);
    assert_eq!(app.post_form("/confirm", &[("token", &token_in(&first_link))]).await.status(), 410);
}

#[tokio::test]
async fn accounts_never_confirmed_are_removed_on_a_schedule() {
    let app = spawn_app_with(&[("PURGE_UNCONFIRMED_DAYS", "7"), ("HOUSEKEEPING_SECS", "1")]).await;
    app.register("squatter", "victim@example.com", PASSWORD).await;
    app.smtp.wait_for(1, MAIL_TIMEOUT).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.register("recent", "recent@example.com", PASSWORD).await;
    sqlx::query("UPDATE users SET created_at = created_at - 8 * 86400 WHERE username IN ('squatter', 'ada')")
        .execute(app.db.pool())
        .await
        .unwrap();

    let mut left = Vec::new();
    for _ in 0..30 {
        left = sqlx::query_scalar::<_, String>("SELECT username FROM users ORDER BY username")
            .fetch_all(app.db.pool())
            .await
            .unwrap();
        if !left.contains(&"squatter".to_owned()) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(left, ["ada", "recent"], "the old unconfirmed account is gone; the others stay");
}
