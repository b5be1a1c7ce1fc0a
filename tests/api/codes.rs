//! The code mailed beside a confirmation or reset link, typed where the
//! form is when the link opens on another device.

use crate::{
    helpers::{
        TestApp, client, code_in, comparable_body, confirmation_link, link_in, spawn_app, spawn_app_with,
        token_in,
    },
    smtp::{MAIL_TIMEOUT, ReceivedMail},
};

const PASSWORD: &str = "correct horse battery staple";
const NEW_PASSWORD: &str = "an entirely new passphrase";

/// A code of the right shape that is not `code`: its last character changed.
fn other_than(code: &str) -> String {
    let last = if code.ends_with('7') { '8' } else { '7' };
    format!("{}{last}", &code[..code.len() - 1])
}

/// Registers and signs in, without opening the emailed link: the browser
/// on the laptop, while the email is read on the phone.
async fn signed_in_unconfirmed(app: &TestApp) -> ReceivedMail {
    app.register("ada", "ada@example.com", PASSWORD).await;
    let mail = app.smtp.wait_for(1, MAIL_TIMEOUT).await.pop().unwrap();
    assert_eq!(app.sign_in("ada", PASSWORD).await.status(), 303);
    mail
}

async fn confirmed_at(app: &TestApp) -> Option<i64> {
    sqlx::query_scalar("SELECT email_confirmed_at FROM users WHERE username = 'ada'")
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

async fn type_code(app: &TestApp, code: &str) -> reqwest::Response {
    app.post_form("/unconfirmed/code", &[("code", code)]).await
}

#[tokio::test]
async fn the_emailed_code_confirms_the_address_in_the_browser_that_types_it() {
    let app = spawn_app().await;
    let mail = signed_in_unconfirmed(&app).await;
    let code = code_in(&mail);
    assert!(mail.html_part().contains(&code), "both parts show the code");
    assert_eq!(app.get("/home").await.status(), 303, "not confirmed yet");

    // Typed as people type: lower case, without the dash.
    let answer = type_code(&app, &code.to_lowercase().replace('-', " ")).await;

    assert_eq!(answer.status(), 303);
    assert_eq!(answer.headers()["location"], "/home");
    assert!(confirmed_at(&app).await.is_some());
    let home = app.get("/home").await;
    assert_eq!(home.status(), 200, "still signed in, now confirmed");
    assert!(home.text().await.unwrap().contains("Welcome, ada"));
    // The link the code came with is used now.
    let link = confirmation_link(&mail);
    let page = client().get(app.url(&link)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Already confirmed"), "{page}");
}

#[tokio::test]
async fn the_code_confirms_from_a_browser_that_never_saw_the_link_or_the_registration() {
    let app = spawn_app().await;
    app.register("ada", "ada@example.com", PASSWORD).await;
    let mail = app.smtp.wait_for(1, MAIL_TIMEOUT).await.pop().unwrap();
    let laptop = client();
    let post = |path: &'static str, form: Vec<(&'static str, String)>| {
        laptop.post(app.url(path)).header("origin", crate::helpers::BASE_URL).form(&form).send()
    };
    post("/login", vec![("login", "ada".into()), ("password", PASSWORD.into())]).await.unwrap();

    let answer = post("/unconfirmed/code", vec![("code", code_in(&mail))]).await.unwrap();

    assert_eq!(answer.headers()["location"], "/home");
    assert_eq!(laptop.get(app.url("/home")).send().await.unwrap().status(), 200);
    assert!(confirmed_at(&app).await.is_some());
}

#[tokio::test]
async fn a_wrong_code_says_so_keeps_what_was_typed_and_confirms_nothing() {
    let app = spawn_app().await;
    let mail = signed_in_unconfirmed(&app).await;
    let wrong = other_than(&code_in(&mail));

    let answer = type_code(&app, &wrong).await;

    assert_eq!(answer.status(), 422);
    let page = answer.text().await.unwrap();
    assert!(page.contains("That code is not right. You can try 4 more times."), "{page}");
    assert!(page.contains(&format!("value=\"{wrong}\"")), "the code stays in its field");
    assert_eq!(confirmed_at(&app).await, None);

    let malformed = type_code(&app, "ABC").await;
    assert_eq!(malformed.status(), 422);
    assert!(malformed.text().await.unwrap().contains("Enter the 8 characters from the email"));
    let tries: i64 =
        sqlx::query_scalar("SELECT code_tries FROM email_tokens").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(tries, 1, "a code that cannot be one is not a try");
}

#[tokio::test]
async fn after_five_wrong_codes_the_right_one_is_refused_and_the_link_still_works() {
    let app = spawn_app().await;
    let mail = signed_in_unconfirmed(&app).await;
    let code = code_in(&mail);
    for left in (0..5).rev() {
        let page = type_code(&app, &other_than(&code)).await.text().await.unwrap();
        let says = match left {
            0 => "cannot be tried again".to_owned(),
            1 => "You can try once more.".to_owned(),
            n => format!("You can try {n} more times."),
        };
        assert!(page.contains(&says), "{left} left: {page}");
    }

    let sixth = type_code(&app, &code).await;

    assert_eq!(sixth.status(), 422);
    assert!(sixth.text().await.unwrap().contains("This code no longer works"));
    assert_eq!(confirmed_at(&app).await, None, "the right code came too late");
    // The code died, not the link: its 256 bits are not guessed five at a time.
    let token = token_in(&confirmation_link(&mail));
    let confirmed = app.post_form("/confirm", &[("token", &token)]).await;
    assert!(confirmed.text().await.unwrap().contains("Address confirmed"));
    assert!(confirmed_at(&app).await.is_some());
}

#[tokio::test]
async fn simultaneous_guesses_get_five_tries_between_them() {
    let app = spawn_app().await;
    let mail = signed_in_unconfirmed(&app).await;
    let code = code_in(&mail);
    let wrong = other_than(&code);

    let guesses = (0..12).map(|_| type_code(&app, &wrong));
    let answers = futures::future::join_all(guesses).await;

    let compared = answers.iter().filter(|a| a.status() == 422).count();
    assert_eq!(compared, 12, "every guess is answered");
    let tries: i64 =
        sqlx::query_scalar("SELECT code_tries FROM email_tokens").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(tries, 5, "no more than five guesses were compared");
    assert_eq!(type_code(&app, &code).await.status(), 422);
    assert_eq!(confirmed_at(&app).await, None);
}

#[tokio::test]
async fn a_code_dies_with_its_link() {
    let app = spawn_app_with(&[("RESEND_COOLDOWN_SECS", "0")]).await;
    let first = signed_in_unconfirmed(&app).await;
    app.post_form("/unconfirmed/resend", &[]).await;
    let second = app.smtp.wait_for(2, MAIL_TIMEOUT).await.pop().unwrap();
    assert_ne!(code_in(&first), code_in(&second));

    let replaced = type_code(&app, &code_in(&first)).await;

    // Compared with the live link's code, the old one is just wrong.
    assert_eq!(replaced.status(), 422);
    assert!(replaced.text().await.unwrap().contains("That code is not right."));
    assert_eq!(confirmed_at(&app).await, None);
    assert_eq!(type_code(&app, &code_in(&second)).await.status(), 303, "the newest one works");
    assert!(confirmed_at(&app).await.is_some());
}

#[tokio::test]
async fn an_expired_code_is_refused() {
    let app = spawn_app_with(&[("CONFIRM_TOKEN_HOURS", "0")]).await;
    let mail = signed_in_unconfirmed(&app).await;

    let expired = type_code(&app, &code_in(&mail)).await;

    assert_eq!(expired.status(), 422);
    assert!(expired.text().await.unwrap().contains("This code no longer works"));
    assert_eq!(confirmed_at(&app).await, None);
}

#[tokio::test]
async fn the_code_of_a_fixed_address_moves_the_account_to_it() {
    let app = spawn_app().await;
    app.register("ada", "ada@exmaple.com", PASSWORD).await;
    app.smtp.wait_for(1, MAIL_TIMEOUT).await;
    app.sign_in("ada", PASSWORD).await;
    app.post_form("/unconfirmed/email", &[("email", "ada@example.com")]).await;
    let mail = app.smtp.wait_for(2, MAIL_TIMEOUT).await.pop().unwrap();
    assert_eq!(mail.to, ["ada@example.com"]);

    assert_eq!(type_code(&app, &code_in(&mail)).await.status(), 303);

    let email: String = sqlx::query_scalar("SELECT email FROM users").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(email, "ada@example.com");
    assert!(confirmed_at(&app).await.is_some());
}

#[tokio::test]
async fn confirming_a_fixed_address_ends_every_other_session_like_a_first_confirmation() {
    let app = spawn_app().await;
    app.register("ada", "ada@exmaple.com", PASSWORD).await;
    app.smtp.wait_for(1, MAIL_TIMEOUT).await;
    // Whoever registered the address first, still signed in elsewhere.
    let other = client();
    app.sign_in_elsewhere(&other, "ada", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    app.post_form("/unconfirmed/email", &[("email", "ada@example.com")]).await;
    let mail = app.smtp.wait_for(2, MAIL_TIMEOUT).await.pop().unwrap();

    assert_eq!(type_code(&app, &code_in(&mail)).await.status(), 303);

    assert_eq!(app.get("/home").await.status(), 200, "this browser stays signed in");
    let elsewhere = other.get(app.url("/unconfirmed")).send().await.unwrap();
    assert_eq!(elsewhere.headers()["location"], "/login?next=/unconfirmed", "the other session ended");
}

#[tokio::test]
async fn a_move_from_settings_mails_no_code() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;

    let form = [("new_email", "ada@new.example"), ("email_password", PASSWORD)];
    app.post_form("/settings/email", &form).await;

    let mail = app.delivered_to("ada@new.example").await.pop().unwrap();
    assert!(link_in(&mail, "/confirm?token=").starts_with("/confirm"));
    assert!(!mail.text_part().contains("code"), "settings takes no code: {}", mail.text_part());
}

#[tokio::test]
async fn codes_are_stored_as_keyed_hashes() {
    let app = spawn_app().await;
    let mail = signed_in_unconfirmed(&app).await;
    let code = code_in(&mail);

    let stored: String =
        sqlx::query_scalar("SELECT code_hash FROM email_tokens").fetch_one(app.db.pool()).await.unwrap();

    assert_eq!(stored.len(), 64);
    for form in [code.clone(), code.replace('-', "")] {
        assert!(!stored.contains(&form));
    }
}

#[tokio::test]
async fn code_guesses_are_limited_per_client_address() {
    let app = spawn_app_with(&[("RATE_LIMIT_PER_ADDRESS", "3")]).await;
    let mail = signed_in_unconfirmed(&app).await;
    let code = code_in(&mail);
    for _ in 0..3 {
        assert_eq!(type_code(&app, &other_than(&code)).await.status(), 422);
    }

    let over = type_code(&app, &code).await;

    assert!(over.text().await.unwrap().contains("Too many codes tried from this network"));
    assert_eq!(confirmed_at(&app).await, None);
}

/// Asks for a reset: the browser lands on the page that takes the code.
async fn forgot(app: &TestApp, email: &str) -> reqwest::Response {
    let asked = app.post_form("/forgot", &[("email", email)]).await;
    assert_eq!(asked.status(), 303);
    assert_eq!(asked.headers()["location"], "/forgot/code");
    app.get("/forgot/code").await
}

async fn reset_mail(app: &TestApp, count: usize) -> ReceivedMail {
    let mail = app.smtp.wait_for(count, MAIL_TIMEOUT).await.pop().unwrap();
    assert_eq!(mail.subject(), "Choose a new password");
    mail
}

async fn type_reset_code(app: &TestApp, email: &str, code: &str) -> reqwest::Response {
    app.post_form("/forgot/code", &[("email", email), ("code", code)]).await
}

#[tokio::test]
async fn the_reset_code_leads_to_the_new_password_form_where_it_was_typed() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    let page = forgot(&app, "ada@example.com").await;
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.contains("If an account uses <strong>ada@example.com</strong>"), "{page}");
    assert!(page.contains(r#"value="ada@example.com""#), "the address is filled in");
    let mail = reset_mail(&app, 2).await;

    let answer = type_reset_code(&app, "ada@example.com", &code_in(&mail)).await;

    assert_eq!(answer.status(), 303);
    assert_eq!(answer.headers()["location"], "/reset");
    let form = app.get("/reset").await;
    assert_eq!(form.status(), 200);
    assert!(form.text().await.unwrap().contains("Choose a new password"));
    let chosen =
        app.post_form("/reset", &[("password", NEW_PASSWORD), ("password_confirm", NEW_PASSWORD)]).await;
    assert_eq!(chosen.headers()["location"], "/login?notice=password-changed");
    assert_eq!(app.sign_in("ada", NEW_PASSWORD).await.status(), 303);
    // The emailed link was used by its code.
    let other = client();
    other.get(app.url(&link_in(&mail, "/reset?token="))).send().await.unwrap();
    let dead = other.get(app.url("/reset")).send().await.unwrap();
    assert_eq!(dead.status(), 410);
}

#[tokio::test]
async fn reset_code_failures_read_the_same_for_every_address() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    forgot(&app, "ada@example.com").await;
    let code = code_in(&reset_mail(&app, 2).await);
    let wrong = other_than(&code);

    let known = type_reset_code(&app, "ada@example.com", &wrong).await;
    let unknown = type_reset_code(&app, "nobody@example.com", &wrong).await;

    assert_eq!(known.status(), 422);
    assert_eq!(unknown.status(), 422);
    let (known, unknown) = (comparable_body(known).await, comparable_body(unknown).await);
    assert!(known.contains("That code is not right, or it no longer works."), "{known}");
    // The heading names the address this browser asked for; the field, the one typed.
    let unknown = unknown.replace("nobody@example.com", "ada@example.com");
    assert_eq!(known, unknown);

    // Out of tries, the right code reads the same as any wrong one.
    for _ in 0..4 {
        type_reset_code(&app, "ada@example.com", &wrong).await;
    }
    let late = comparable_body(type_reset_code(&app, "ada@example.com", &code).await).await;
    assert_eq!(late.replace(&code, "Y"), known.replace(&wrong, "Y"));
    assert_eq!(app.get("/reset").await.status(), 404, "no reset link was handed to this browser");
}

#[tokio::test]
async fn the_reset_code_over_json() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    let asked = app.answer("/api/forgot", &[("email", "ada@example.com")]).await;
    assert_eq!(asked["Go"], "/forgot/code");
    let code = code_in(&reset_mail(&app, 2).await);

    let wrong =
        app.answer("/api/forgot/code", &[("email", "ada@example.com"), ("code", &other_than(&code))]).await;
    let right = app.answer("/api/forgot/code", &[("email", "ada@example.com"), ("code", &code)]).await;

    assert!(wrong["Rejected"]["errors"]["code"].is_string(), "{wrong}");
    assert_eq!(wrong["Rejected"]["values"]["email"], "ada@example.com");
    assert_eq!(right["Go"], "/reset");
    assert_eq!(app.get("/reset").await.status(), 200, "the JSON answer set the cookie too");
}

#[tokio::test]
async fn the_confirmation_code_over_json() {
    let app = spawn_app().await;
    let mail = signed_in_unconfirmed(&app).await;

    let answer = app.answer("/api/unconfirmed/code", &[("code", &code_in(&mail))]).await;

    assert_eq!(answer["Go"], "/home");
    assert!(confirmed_at(&app).await.is_some());
}
