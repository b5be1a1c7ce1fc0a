//! Mail-bombing and probing through the endpoints that send email: each is
//! limited per client address and per account, an address gets few notices
//! it did not ask for, and concurrent requests send one email, not many.

use serde_json::json;

use crate::{
    helpers::{TestApp, spawn_app, spawn_app_with},
    smtp::MAIL_TIMEOUT,
};

const PASSWORD: &str = "correct horse battery staple";

async fn register(app: &TestApp, username: &str, email: &str) -> u16 {
    app.register(username, email, PASSWORD).await.status().as_u16()
}

async fn username_check(app: &TestApp, username: &str) -> serde_json::Value {
    let response = app
        .client
        .post(app.url("/api/check/username"))
        .header("origin", crate::helpers::BASE_URL)
        .header("content-type", "application/json")
        .body(json!({ "username": username }).to_string())
        .send()
        .await
        .unwrap();
    serde_json::from_str(&response.text().await.unwrap()).unwrap()
}

#[tokio::test]
async fn the_live_username_check_cannot_tell_whether_an_address_had_an_account() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    assert_eq!(register(&app, "probe1", "ada@example.com").await, 200);
    assert_eq!(register(&app, "probe2", "fresh@example.com").await, 200);

    let (taken_address, new_address) =
        (username_check(&app, "probe1").await, username_check(&app, "probe2").await);
    assert_eq!(taken_address, new_address);
    assert_eq!(new_address, json!({ "Done": { "Wrong": "This username is taken. Try another." } }));
}

#[tokio::test]
async fn one_address_gets_at_most_three_unasked_notices_an_hour() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    for n in 0..6 {
        assert_eq!(register(&app, &format!("sender{n}"), "ada@example.com").await, 200);
    }

    let notices = app.delivered_to("ada@example.com").await;
    let notices =
        notices.iter().filter(|m| m.subject() == "Someone tried to register with your address").count();
    assert_eq!(notices, 3);
}

#[tokio::test]
async fn an_unconfirmed_account_cannot_mail_address_after_address() {
    let app = spawn_app().await;
    app.register("ada", "ada@exmaple.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;

    for n in 0..8 {
        app.post_form("/unconfirmed/email", &[("email", &format!("target{n}@example.com"))]).await;
    }

    let mail = app.delivered().await;
    let to_targets = mail.iter().filter(|m| m.to[0].starts_with("target")).count();
    assert_eq!(to_targets, 5, "the account's share of emails an hour");
}

#[tokio::test]
async fn settings_cannot_mail_address_after_address() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;

    let mut refused = None;
    for n in 0..8 {
        let form = [("new_email", format!("target{n}@example.com")), ("email_password", PASSWORD.to_owned())];
        let response = app
            .client
            .post(app.url("/settings/email"))
            .header("origin", crate::helpers::BASE_URL)
            .form(&form)
            .send()
            .await
            .unwrap();
        if response.status() == 422 {
            refused.get_or_insert(response.text().await.unwrap());
        }
    }

    let mail = app.delivered().await;
    let to_targets = mail.iter().filter(|m| m.to[0].starts_with("target")).count();
    assert_eq!(to_targets, 5, "the account's share of emails an hour");
    assert!(refused.unwrap().contains("Too many changes of address"), "the rest are told why");
}

#[tokio::test]
async fn twenty_concurrent_resends_send_one_email_and_leave_one_live_link() {
    let app = spawn_app().await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    app.smtp.wait_for(1, MAIL_TIMEOUT).await;
    // The first link is older than the cooldown: one resend may go out.
    sqlx::query("UPDATE email_tokens SET created_at = created_at - 3600")
        .execute(app.db.pool())
        .await
        .unwrap();
    app.sign_in("ada", PASSWORD).await;

    let resends = (0..20).map(|_| app.post_form("/unconfirmed/resend", &[]));
    let statuses =
        futures::future::join_all(resends).await.iter().map(|r| r.status().as_u16()).collect::<Vec<_>>();

    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    assert_eq!(app.delivered_to("ada@example.com").await.len(), 2, "the first link and one more");
    let live: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM email_tokens WHERE used_at IS NULL AND superseded_at IS NULL",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(live, 1);
}

#[tokio::test]
async fn the_database_refuses_a_second_live_link() {
    let app = spawn_app_with(&[]).await;
    app.register("ada", "ada@example.com", PASSWORD).await;

    let second = sqlx::query(
        "INSERT INTO email_tokens (token_hash, user_id, purpose, email, created_at, expires_at) \
         SELECT 'another', user_id, purpose, email, created_at, expires_at FROM email_tokens",
    )
    .execute(app.db.pool())
    .await;

    let error = second.expect_err("two live confirmation links for one account").to_string();
    assert!(error.contains("email_tokens.user_id") || error.contains("email_tokens_one_live"), "{error}");
}

#[tokio::test]
async fn fixing_the_address_answers_the_same_whether_or_not_it_has_an_account() {
    let app = spawn_app().await;
    app.confirmed_account("grace", "grace@example.com", PASSWORD).await;
    let fix = |username: &'static str, typo: &'static str, fixed: &'static str| {
        let app = &app;
        async move {
            let browser = crate::helpers::client();
            app.register(username, typo, PASSWORD).await;
            let form = [("login", username), ("password", PASSWORD)];
            browser
                .post(app.url("/login"))
                .header("origin", crate::helpers::BASE_URL)
                .form(&form)
                .send()
                .await
                .unwrap();
            let response = browser
                .post(app.url("/unconfirmed/email"))
                .header("origin", crate::helpers::BASE_URL)
                .form(&[("email", fixed)])
                .send()
                .await
                .unwrap();
            let status = response.status();
            let page = crate::helpers::comparable_body(response).await;
            let page = page.replace(fixed, "FIXED").replace(typo, "TYPO").replace(username, "NAME");
            (status, without_countdown(&page))
        }
    };

    let taken = fix("ada", "ada@exmaple.com", "grace@example.com").await;
    let free = fix("bob", "bob@exmaple.com", "bob@example.com").await;

    assert_eq!(taken, free);
    assert!(free.1.contains("We sent a link to <strong>FIXED</strong>"), "{}", free.1);
    let stored: Vec<String> =
        sqlx::query_scalar("SELECT email FROM users ORDER BY id").fetch_all(app.db.pool()).await.unwrap();
    assert_eq!(stored, ["grace@example.com", "ada@exmaple.com", "bob@exmaple.com"], "held as pending");
}

#[tokio::test]
async fn a_change_to_a_taken_address_is_told_to_the_requester_as_a_free_one_is() {
    let app = spawn_app().await;
    app.confirmed_account("grace", "grace@example.com", PASSWORD).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;

    let form = [("new_email", "grace@example.com"), ("email_password", PASSWORD)];
    assert_eq!(app.post_form("/settings/email", &form).await.status(), 200);

    let to_ada = app.delivered_to("ada@example.com").await;
    assert!(
        to_ada.iter().any(|m| m.subject() == "Your email address is about to change"),
        "as for a free address"
    );
    let to_grace = app.delivered_to("grace@example.com").await;
    assert!(
        to_grace
            .iter()
            .all(|m| !m.text_part().contains("token=") || m.subject() == "Confirm your email address")
    );
}

/// The page with the countdown's seconds as N (in its text and its
/// `data-countdown`) and without its words for each second left: two
/// countdowns to the next link may be a second apart.
fn without_countdown(page: &str) -> String {
    let page = page
        .split("data-countdown-words=\"")
        .enumerate()
        .map(|(i, piece)| if i == 0 { piece } else { piece.split_once('"').map_or(piece, |(_, rest)| rest) })
        .collect::<Vec<_>>()
        .join("data-countdown-words=\"\"");
    let pieces = page.split(" second").collect::<Vec<_>>();
    let last = pieces.len() - 1;
    let page = pieces
        .iter()
        .enumerate()
        .map(|(i, piece)| {
            if i < last {
                format!("{}N", piece.trim_end_matches(|c: char| c.is_ascii_digit()))
            } else {
                (*piece).to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" second");
    page.split("data-countdown=\"")
        .enumerate()
        .map(|(i, piece)| if i == 0 { piece } else { piece.trim_start_matches(|c: char| c.is_ascii_digit()) })
        .collect::<Vec<_>>()
        .join("data-countdown=\"N")
}

/// M1: registering an unconfirmed address again mails it a "finish creating
/// your account" link; it waits out the account's cooldown and counts
/// toward its hourly limit, and a registration held back wipes nothing.
#[tokio::test]
async fn registering_one_address_again_and_again_sends_few_emails() {
    let app = spawn_app().await;
    assert_eq!(register(&app, "ada", "victim@example.com").await, 200);
    for i in 0..6 {
        assert_eq!(register(&app, &format!("probe{i}"), "victim@example.com").await, 200);
    }
    let mails = app.delivered_to("victim@example.com").await;
    assert_eq!(mails.len(), 1, "the confirmation only, within the cooldown: {:?}", subjects(&mails));
    assert_eq!(mails[0].subject(), "Confirm your email address");
    // Whoever registered first keeps no password all the same (a squatter
    // must not keep a hold), and the inbox's one link still finishes it.
    assert_eq!(app.sign_in("ada", PASSWORD).await.status(), 422);
    let link = crate::helpers::confirmation_link(&mails[0]);
    let confirmed = app.post_form("/confirm", &[("token", &crate::helpers::token_in(&link))]).await;
    assert!(confirmed.text().await.unwrap().contains("Address confirmed"), "the link still works");
    // Every name asked for is held, as for a new address.
    assert_eq!(
        username_check(&app, "probe5").await,
        json!({ "Done": { "Wrong": "This username is taken. Try another." } })
    );
}

#[tokio::test]
async fn registering_again_past_the_cooldown_stops_at_the_accounts_hourly_limit() {
    let app = spawn_app_with(&[("RESEND_COOLDOWN_SECS", "1")]).await;
    assert_eq!(register(&app, "ada", "victim@example.com").await, 200);
    for i in 0..6 {
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        assert_eq!(register(&app, &format!("probe{i}"), "victim@example.com").await, 200);
    }
    let mails = app.delivered_to("victim@example.com").await;
    assert_eq!(mails.len(), 5, "five an hour per account: {:?}", subjects(&mails));
}

/// M2: "forgot your password?" counts toward the account's hourly limit
/// too (silently: the page answers as always).
#[tokio::test]
async fn forgot_requests_past_the_cooldown_stop_at_the_accounts_hourly_limit() {
    let app = spawn_app_with(&[("RESEND_COOLDOWN_SECS", "1")]).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    let before = app.delivered_to("ada@example.com").await.len();
    for _ in 0..10 {
        let answer = app.post_form("/forgot", &[("email", "ada@example.com")]).await;
        assert_eq!(answer.status(), 303);
        // Wait for the worker to answer it before the next, a cooldown apart.
        app.delivered().await;
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    }
    let resets = app.delivered_to("ada@example.com").await.split_off(before);
    assert_eq!(resets.len(), 5 - before, "five an hour per account: {:?}", subjects(&resets));
    assert!(resets.iter().all(|m| m.subject() == "Choose a new password"));
}

/// M2: "Send a new link" on `/unconfirmed` too, and it says why it sent none.
#[tokio::test]
async fn resends_past_the_cooldown_stop_at_the_accounts_hourly_limit() {
    let app = spawn_app_with(&[("RESEND_COOLDOWN_SECS", "1")]).await;
    assert_eq!(register(&app, "ada", "ada@example.com").await, 200);
    app.sign_in("ada", PASSWORD).await;
    let mut last = String::new();
    for _ in 0..6 {
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        last = app.landing(app.post_form("/unconfirmed/resend", &[]).await).await.text().await.unwrap();
    }
    assert!(last.contains("several emails in the last hour"), "told why: {last}");
    let mails = app.delivered_to("ada@example.com").await;
    assert_eq!(mails.len(), 5, "{:?}", subjects(&mails));
}

fn subjects(mails: &[crate::smtp::ReceivedMail]) -> Vec<String> {
    mails.iter().map(|m| m.subject()).collect()
}

/// L3: a confirmed account's session cannot use `/unconfirmed`'s forms: it
/// would cancel a move of address in progress and use up the hour's mail.
#[tokio::test]
async fn a_confirmed_accounts_session_cannot_fix_its_address_or_try_codes() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    let form = [("new_email", "new@example.com"), ("email_password", PASSWORD)];
    assert_eq!(app.post_form("/settings/email", &form).await.status(), 200);
    let before = app.delivered().await.len();

    let fixed = app.post_form("/unconfirmed/email", &[("email", "attacker@example.com")]).await;
    assert_eq!((fixed.status().as_u16(), fixed.headers()["location"].to_str().unwrap()), (303, "/home"));
    let code = app.post_form("/unconfirmed/code", &[("code", "ABCD-1234")]).await;
    assert_eq!((code.status().as_u16(), code.headers()["location"].to_str().unwrap()), (303, "/home"));

    let pending: Option<String> =
        sqlx::query_scalar("SELECT pending_email FROM users WHERE username = 'ada'")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(pending, None, "nothing held as pending");
    let mails = app.delivered().await;
    assert_eq!(mails.len(), before, "nothing sent");
    let live: Vec<String> = sqlx::query_scalar(
        "SELECT email FROM email_tokens \
         WHERE used_at IS NULL AND superseded_at IS NULL AND purpose = 'change_email'",
    )
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    assert_eq!(live, ["new@example.com"], "the move in progress stands: its link still works");
}
