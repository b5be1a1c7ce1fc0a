//! Passkeys, server side: the ceremonies driven by a software
//! authenticator (webauthn-authenticator-rs) as a browser would drive a
//! real one, against the application's own relying party.

use webauthn_authenticator_rs::{prelude::WebauthnAuthenticator, softpasskey::SoftPasskey};
use webauthn_rs::prelude::{CreationChallengeResponse, RequestChallengeResponse, Url};
use webauthn_rs_proto::{AllowCredentials, PublicKeyCredential, ResidentKeyRequirement};

use accounts::infra::db::sql;

use crate::helpers::{TestApp, client, spawn_app_with};

const PASSWORD: &str = "correct horse battery staple";

/// The software authenticator, with the credential it made.
struct Device {
    authenticator: SoftPasskey,
    credential_id: Vec<u8>,
}

/// Authenticators sign only for a secure context: https, or localhost.
const ORIGIN: &str = "http://localhost";

fn origin() -> Url {
    Url::parse(ORIGIN).unwrap()
}

/// The application, believing it is served at [`ORIGIN`].
async fn spawn_app() -> TestApp {
    spawn_app_with(&[("BASE_URL", ORIGIN)]).await
}

/// A server function called as the island calls it; its JSON answer.
async fn call(
    app: &TestApp,
    browser: &reqwest::Client,
    path: &str,
    form: &[(&str, &str)],
) -> serde_json::Value {
    let response = browser
        .post(app.url(path))
        .header("origin", ORIGIN)
        .header("sec-fetch-site", "same-origin")
        .header("accept", "application/json")
        .form(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "{path}");
    serde_json::from_str(&response.text().await.unwrap()).unwrap()
}

/// A ceremony's options: JSON text, as the island receives them.
async fn options(app: &TestApp, browser: &reqwest::Client, path: &str) -> String {
    // A new passkey needs the password; signing in needs nothing.
    let answered = call(app, browser, path, &[("add_password", PASSWORD)]).await;
    answered["Page"].as_str().unwrap_or_else(|| panic!("{path}: {answered}")).to_owned()
}

/// The software authenticator keeps no resident keys: it is asked for an
/// ordinary credential (user verification still required), and the test
/// plays the discoverable part when signing in (see [`Device::sign`]).
fn ordinary(creation: &mut CreationChallengeResponse) {
    if let Some(selection) = creation.public_key.authenticator_selection.as_mut() {
        selection.resident_key = Some(ResidentKeyRequirement::Discouraged);
        selection.require_resident_key = false;
    }
}

/// A confirmed, signed-in account that adds a passkey on the device.
async fn with_passkey(app: &TestApp) -> Device {
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    let creation: CreationChallengeResponse =
        serde_json::from_str(&options(app, &app.client, "/api/settings/passkeys/options").await).unwrap();
    let selection = creation.public_key.authenticator_selection.clone().unwrap();
    assert!(selection.require_resident_key, "a discoverable passkey is asked for");
    let mut creation = creation;
    ordinary(&mut creation);
    let mut authenticator = SoftPasskey::new(true);
    let made = authenticator.do_registration(origin(), creation).unwrap();
    let credential_id = made.raw_id.to_vec();
    let added = call(
        app,
        &app.client,
        "/api/settings/passkeys/add",
        &[("name", "Phone"), ("credential", &serde_json::to_string(&made).unwrap())],
    )
    .await;
    assert_eq!(added["Noted"]["Success"], "Passkey “Phone” added.", "{added}");
    Device { authenticator, credential_id }
}

impl Device {
    /// Answers a sign-in ceremony as a platform authenticator would for a
    /// discoverable passkey: with this credential and the account's handle.
    fn sign(&mut self, request: &str, origin: Url, handle: &str) -> String {
        let mut request: RequestChallengeResponse = serde_json::from_str(request).unwrap();
        request.public_key.allow_credentials.push(AllowCredentials {
            type_: "public-key".into(),
            id: self.credential_id.clone(),
            transports: None,
        });
        let mut signed: PublicKeyCredential = self.authenticator.do_authentication(origin, request).unwrap();
        signed.response.user_handle = Some(uuid::Uuid::parse_str(handle).unwrap().as_bytes().to_vec());
        serde_json::to_string(&signed).unwrap()
    }
}

async fn handle(app: &TestApp) -> String {
    sqlx::query_scalar("SELECT webauthn_id FROM users WHERE username = 'ada'")
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

/// A new browser asks to sign in with a passkey and answers with `signed`.
async fn sign_in(app: &TestApp, device: &mut Device, origin: Url) -> (reqwest::Client, serde_json::Value) {
    let browser = client();
    let request = options(app, &browser, "/api/login/passkey/options").await;
    let signed = device.sign(&request, origin, &handle(app).await);
    let answered = call(app, &browser, "/api/login/passkey/sign-in", &[("credential", &signed)]).await;
    (browser, answered)
}

async fn home(app: &TestApp, browser: &reqwest::Client) -> u16 {
    browser.get(app.url("/home")).send().await.unwrap().status().as_u16()
}

const NOT_ACCEPTED: &str = "This passkey was not accepted here. Sign in with your password instead.";

/// The one answer of every failed passkey sign-in, and no session.
async fn assert_refused(app: &TestApp, browser: &reqwest::Client, answered: &serde_json::Value) {
    assert_eq!(answered["Rejected"]["notice"]["Error"], NOT_ACCEPTED, "{answered}");
    assert_eq!(home(app, browser).await, 303);
}

#[tokio::test]
async fn a_passkey_added_in_settings_signs_in_without_a_password() {
    let app = spawn_app().await;
    let mut device = with_passkey(&app).await;
    let mail = app.delivered_to("ada@example.com").await.pop().unwrap();
    assert_eq!(mail.subject(), "A passkey was added to your account");

    let (browser, answered) = sign_in(&app, &mut device, origin()).await;

    assert_eq!(answered["Go"], "/home", "{answered}");
    assert_eq!(home(&app, &browser).await, 200);
    let used: Option<i64> =
        sqlx::query_scalar("SELECT last_used_at FROM passkeys").fetch_one(app.db.pool()).await.unwrap();
    assert!(used.is_some());
}

#[tokio::test]
async fn a_ceremony_answers_once() {
    let app = spawn_app().await;
    let mut device = with_passkey(&app).await;
    let browser = client();
    let request = options(&app, &browser, "/api/login/passkey/options").await;
    let signed = device.sign(&request, origin(), &handle(&app).await);
    let first = call(&app, &browser, "/api/login/passkey/sign-in", &[("credential", &signed)]).await;
    assert_eq!(first["Go"], "/home");

    // The same answer again: from the same browser, and from another.
    let thief = client();
    let replayed = call(&app, &browser, "/api/login/passkey/sign-in", &[("credential", &signed)]).await;
    let elsewhere = call(&app, &thief, "/api/login/passkey/sign-in", &[("credential", &signed)]).await;

    for refused in [replayed, elsewhere] {
        assert_eq!(refused["Rejected"]["notice"]["Error"], NOT_ACCEPTED, "{refused}");
    }
    assert_eq!(home(&app, &thief).await, 303);
}

#[tokio::test]
async fn an_expired_ceremony_is_refused() {
    let app = spawn_app().await;
    let mut device = with_passkey(&app).await;
    let browser = client();
    let request = options(&app, &browser, "/api/login/passkey/options").await;
    sqlx::query("UPDATE passkey_ceremonies SET expires_at = 0").execute(app.db.pool()).await.unwrap();

    let signed = device.sign(&request, origin(), &handle(&app).await);
    let answered = call(&app, &browser, "/api/login/passkey/sign-in", &[("credential", &signed)]).await;

    assert_refused(&app, &browser, &answered).await;
}

#[tokio::test]
async fn a_signature_for_another_origin_is_refused() {
    let app = spawn_app().await;
    let mut device = with_passkey(&app).await;

    // Another origin the authenticator would sign for: the same host on
    // another port (an authenticator refuses outright a host that is not
    // the relying party's).
    let (browser, answered) = sign_in(&app, &mut device, Url::parse("http://localhost:4000").unwrap()).await;

    assert_refused(&app, &browser, &answered).await;
}

#[tokio::test]
async fn a_counter_that_goes_backwards_is_refused() {
    let app = spawn_app().await;
    let mut device = with_passkey(&app).await;
    let (_, first) = sign_in(&app, &mut device, origin()).await;
    assert_eq!(first["Go"], "/home");
    // The stored counter runs ahead of the device's, as it would when a
    // clone of the device had been used meanwhile.
    let stored: String =
        sqlx::query_scalar("SELECT credential FROM passkeys").fetch_one(app.db.pool()).await.unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&stored).unwrap();
    json["cred"]["counter"] = 1000.into();
    sqlx::query(&sql(app.db.pool(), "UPDATE passkeys SET credential = $1"))
        .bind(json.to_string())
        .execute(app.db.pool())
        .await
        .unwrap();

    let (browser, answered) = sign_in(&app, &mut device, origin()).await;

    assert_refused(&app, &browser, &answered).await;
}

#[tokio::test]
async fn a_removed_or_unknown_passkey_gets_the_same_answer_as_a_wrong_one() {
    let app = spawn_app().await;
    let mut device = with_passkey(&app).await;
    sqlx::query("DELETE FROM passkeys").execute(app.db.pool()).await.unwrap();

    let (browser, answered) = sign_in(&app, &mut device, origin()).await;

    assert_refused(&app, &browser, &answered).await;
}

#[tokio::test]
async fn a_passkey_sign_in_satisfies_the_second_factor() {
    let app = spawn_app().await;
    let mut device = with_passkey(&app).await;
    // Two-step sign-in on, as its setup leaves it (the key itself is not needed here).
    sqlx::query("UPDATE users SET totp_secret = 'v1.sealed'").execute(app.db.pool()).await.unwrap();
    assert_eq!(app.sign_in("ada", PASSWORD).await.headers()["location"], "/login/code");

    let (browser, answered) = sign_in(&app, &mut device, origin()).await;

    assert_eq!(answered["Go"], "/home", "{answered}");
    assert_eq!(home(&app, &browser).await, 200);
}

#[tokio::test]
async fn over_the_limit_or_without_a_relying_party_the_answer_says_so() {
    let app = spawn_app_with(&[("BASE_URL", ORIGIN), ("RATE_LIMIT_PER_ADDRESS", "1")]).await;
    let browser = client();
    // Ten ceremonies per sign-in allowed: the sign-in page begins one as it loads.
    for _ in 0..10 {
        let allowed = call(&app, &browser, "/api/login/passkey/options", &[]).await;
        assert!(allowed.get("Page").is_some(), "{allowed}");
    }
    let over = call(&app, &browser, "/api/login/passkey/options", &[]).await;
    assert_eq!(
        over["Rejected"]["notice"]["Error"],
        "Too many tries from your network. Please try again in a while."
    );

    // The development default, 127.0.0.1, cannot be a relying party.
    let off = spawn_app_with(&[("BASE_URL", "http://127.0.0.1:3000")]).await;
    let answered = call(&off, &client(), "/api/login/passkey/options", &[]).await;
    assert_eq!(answered["Rejected"]["notice"]["Error"], "Passkeys are not available on this site.");
}

#[tokio::test]
async fn adding_a_passkey_needs_the_accounts_own_ceremony() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    let mut creation: CreationChallengeResponse =
        serde_json::from_str(&options(&app, &app.client, "/api/settings/passkeys/options").await).unwrap();
    ordinary(&mut creation);
    let made = SoftPasskey::new(true).do_registration(origin(), creation).unwrap();
    let made = serde_json::to_string(&made).unwrap();
    // Twice: the ceremony serves one answer.
    let answer = [("name", "Laptop"), ("credential", made.as_str())];
    let first = call(&app, &app.client, "/api/settings/passkeys/add", &answer).await;
    let second = call(&app, &app.client, "/api/settings/passkeys/add", &answer).await;

    assert!(first["Noted"]["Success"].is_string(), "{first}");
    assert_eq!(second["Rejected"]["notice"]["Error"], "That took too long. Please try again.", "{second}");
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM passkeys").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(count, 1);
}

/// The account's passkeys as settings lists them.
async fn listed(app: &TestApp) -> serde_json::Value {
    app.read("/api/settings/passkeys").await
}

#[tokio::test]
async fn a_passkey_is_listed_renamed_and_removed_with_the_password() {
    let app = spawn_app().await;
    let mut device = with_passkey(&app).await;
    let list = listed(&app).await;
    assert_eq!(list[0]["name"], "Phone", "{list}");
    let id = list[0]["id"].to_string();

    let renamed =
        call(&app, &app.client, "/api/settings/passkeys/rename", &[("passkey", &id), ("name", " Laptop ")])
            .await;
    assert_eq!(renamed["Noted"]["Success"], "Renamed to “Laptop”.", "{renamed}");
    let blank =
        call(&app, &app.client, "/api/settings/passkeys/rename", &[("passkey", &id), ("name", "  ")]).await;
    assert!(blank["Rejected"]["errors"]["name"].is_string(), "{blank}");
    let wrong = call(
        &app,
        &app.client,
        "/api/settings/passkeys/remove",
        &[("passkey", &id), ("remove_password", "nope")],
    )
    .await;
    assert!(wrong["Rejected"]["errors"]["remove_password"].is_string(), "{wrong}");
    assert_eq!(listed(&app).await[0]["name"], "Laptop");

    let removed = call(
        &app,
        &app.client,
        "/api/settings/passkeys/remove",
        &[("passkey", &id), ("remove_password", PASSWORD)],
    )
    .await;

    assert_eq!(removed["Noted"]["Success"], "Passkey “Laptop” removed.", "{removed}");
    assert_eq!(listed(&app).await, serde_json::json!([]));
    let mail = app.delivered_to("ada@example.com").await.pop().unwrap();
    assert_eq!(mail.subject(), "A passkey was removed from your account");
    let (browser, answered) = sign_in(&app, &mut device, origin()).await;
    assert_refused(&app, &browser, &answered).await;
}

#[tokio::test]
async fn another_accounts_passkey_is_neither_renamed_nor_removed() {
    let app = spawn_app().await;
    with_passkey(&app).await;
    let id = listed(&app).await[0]["id"].to_string();
    app.post_form("/logout", &[]).await;
    app.delivered().await;
    app.confirmed_account("bob", "bob@example.com", PASSWORD).await;
    app.sign_in("bob", PASSWORD).await;

    let renamed =
        call(&app, &app.client, "/api/settings/passkeys/rename", &[("passkey", &id), ("name", "Mine")]).await;
    let removed = call(
        &app,
        &app.client,
        "/api/settings/passkeys/remove",
        &[("passkey", &id), ("remove_password", PASSWORD)],
    )
    .await;

    for refused in [renamed, removed] {
        assert_eq!(
            refused["Rejected"]["notice"]["Error"], "That passkey is not one of this account's.",
            "{refused}"
        );
    }
    let kept: Vec<String> =
        sqlx::query_scalar("SELECT name FROM passkeys").fetch_all(app.db.pool()).await.unwrap();
    assert_eq!(kept, ["Phone"]);
}

/// A form posted without JavaScript, from the page at [`ORIGIN`].
async fn post_page(app: &TestApp, path: &str, form: &[(&str, &str)]) -> (u16, String) {
    let response = app.post_form_from(ORIGIN, path, form).await;
    (response.status().as_u16(), response.text().await.unwrap())
}

#[tokio::test]
async fn settings_lists_the_passkeys_and_plain_forms_rename_and_remove_them() {
    let app = spawn_app().await;
    with_passkey(&app).await;
    let id = listed(&app).await[0]["id"].to_string();
    let login = client().get(app.url("/login")).send().await.unwrap().text().await.unwrap();
    assert!(login.contains(r#"autocomplete="username webauthn""#), "{login}");
    assert!(login.contains("Sign in with a passkey"), "the island's button, hidden until it wakes: {login}");
    let page = app.get("/settings").await.text().await.unwrap();
    assert!(page.contains("<strong>Phone</strong>"), "{page}");
    assert!(page.contains("never used"), "{page}");
    assert!(page.contains("Adding a passkey needs JavaScript"), "{page}");

    let long = "x".repeat(61);
    let (status, page) =
        post_page(&app, "/settings/passkeys/rename", &[("passkey", &id), ("name", &long)]).await;
    assert_eq!(status, 422);
    assert!(page.contains("Give it a name, up to 60 characters."), "{page}");
    assert!(page.contains(&format!(r#"value="{long}""#)), "what was typed is kept: {page}");

    let (status, page) =
        post_page(&app, "/settings/passkeys/rename", &[("passkey", &id), ("name", "Laptop")]).await;
    assert_eq!(status, 200);
    assert!(page.contains("Renamed to “Laptop”."), "{page}");
    assert!(page.contains("<strong>Laptop</strong>"), "the list shows the new name: {page}");

    let (status, page) =
        post_page(&app, "/settings/passkeys/remove", &[("passkey", &id), ("remove_password", "nope")]).await;
    assert_eq!(status, 422);
    assert!(page.contains("That is not your current password."), "{page}");
    let chosen = format!(r#"<option value="{id}" selected"#);
    assert_eq!(page.matches(&chosen).count(), 2, "both forms keep the passkey chosen: {page}");

    let (status, page) =
        post_page(&app, "/settings/passkeys/remove", &[("passkey", &id), ("remove_password", PASSWORD)])
            .await;
    assert_eq!(status, 200);
    assert!(page.contains("Passkey “Laptop” removed."), "{page}");
    assert!(page.contains("No passkeys yet."), "{page}");
    assert_eq!(listed(&app).await, serde_json::json!([]));
}

#[tokio::test]
async fn settings_and_sign_in_offer_no_passkeys_where_the_site_cannot_have_them() {
    // The development default, 127.0.0.1, cannot be a relying party.
    let base_url = "http://127.0.0.1:3000";
    let app = spawn_app_with(&[("BASE_URL", base_url)]).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    let login = app.get("/login").await.text().await.unwrap();
    assert!(login.contains(r#"autocomplete="username""#), "{login}");
    assert!(!login.contains("passkey"), "{login}");
    let signed_in = app.post_form_from(base_url, "/login", &[("login", "ada"), ("password", PASSWORD)]).await;
    assert_eq!(signed_in.status(), 303);
    let page = app.get("/settings").await.text().await.unwrap();
    assert!(page.contains("Two-step sign-in"), "{page}");
    assert!(!page.contains("Passkeys"), "{page}");
}

#[tokio::test]
async fn adding_a_passkey_needs_the_current_password() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    let ceremonies = || async {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM passkey_ceremonies")
            .fetch_one(app.db.pool())
            .await
            .unwrap()
    };

    let wrong =
        call(&app, &app.client, "/api/settings/passkeys/options", &[("add_password", "not it")]).await;
    assert_eq!(wrong["Rejected"]["errors"]["add_password"], "That is not your current password.", "{wrong}");
    let missing = call(&app, &app.client, "/api/settings/passkeys/options", &[]).await;
    assert!(missing["Rejected"]["errors"]["add_password"].is_string(), "{missing}");
    assert_eq!(ceremonies().await, 0, "no ceremony begun without the password");

    let right =
        call(&app, &app.client, "/api/settings/passkeys/options", &[("add_password", PASSWORD)]).await;
    assert!(right["Page"].is_string(), "{right}");
    assert_eq!(ceremonies().await, 1);
}

#[tokio::test]
async fn a_passkey_sign_in_keeps_remember_me() {
    let app = spawn_app().await;
    let mut device = with_passkey(&app).await;
    let browser = client();
    let request = options(&app, &browser, "/api/login/passkey/options").await;
    let signed = device.sign(&request, origin(), &handle(&app).await);
    let form = [("credential", signed.as_str()), ("remember", "on")];
    let answered = call(&app, &browser, "/api/login/passkey/sign-in", &form).await;

    assert_eq!(answered["Go"], "/home", "{answered}");
    let remembered: Vec<i64> =
        sqlx::query_scalar("SELECT remember FROM sessions ORDER BY created_at, id_hash")
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    assert!(remembered.contains(&1), "the passkey's session is remembered: {remembered:?}");
    assert!(remembered.contains(&0), "the password's session, in settings, was not: {remembered:?}");
}

/// The id a ceremony's options carry, for the page to send back.
fn ceremony_of(options: &str) -> String {
    let options: serde_json::Value = serde_json::from_str(options).unwrap();
    options["ceremony"].as_str().unwrap_or_else(|| panic!("no ceremony id: {options}")).to_owned()
}

#[tokio::test]
async fn each_tab_finishes_its_own_ceremony_and_no_other_browsers() {
    let app = spawn_app().await;
    let mut device = with_passkey(&app).await;
    let browser = client();
    // Two tabs of one browser open the sign-in page, the older one first.
    let older = options(&app, &browser, "/api/login/passkey/options").await;
    let _newer = options(&app, &browser, "/api/login/passkey/options").await;
    // A ceremony another browser began is not this one's to finish.
    let elsewhere = options(&app, &client(), "/api/login/passkey/options").await;
    let signed = device.sign(&elsewhere, origin(), &handle(&app).await);
    let form = [("credential", signed.as_str()), ("ceremony", &ceremony_of(&elsewhere))];
    let answered = call(&app, &browser, "/api/login/passkey/sign-in", &form).await;
    assert_refused(&app, &browser, &answered).await;

    // The older tab's passkey, answered there: its own ceremony, although
    // a newer one began since.
    let signed = device.sign(&older, origin(), &handle(&app).await);
    let form = [("credential", signed.as_str()), ("ceremony", &ceremony_of(&older))];
    let answered = call(&app, &browser, "/api/login/passkey/sign-in", &form).await;
    assert_eq!(answered["Go"], "/home", "{answered}");
    assert_eq!(home(&app, &browser).await, 200);
}

#[tokio::test]
async fn a_cross_site_post_renames_and_removes_nothing() {
    let app = spawn_app().await;
    with_passkey(&app).await;
    let id = listed(&app).await[0]["id"].to_string();
    for (path, form) in [
        ("/settings/passkeys/rename", [("passkey", id.as_str()), ("name", "Attacker's")]),
        ("/settings/passkeys/remove", [("passkey", id.as_str()), ("remove_password", PASSWORD)]),
        ("/api/settings/passkeys/remove", [("passkey", id.as_str()), ("remove_password", PASSWORD)]),
    ] {
        // As a browser sends another site's form: its origin, and cross-site.
        let response = app
            .client
            .post(app.url(path))
            .header("origin", "https://evil.example")
            .header("sec-fetch-site", "cross-site")
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 403, "{path}");
    }
    let list = listed(&app).await;
    assert_eq!(list.as_array().map(Vec::len), Some(1), "{list}");
    assert_eq!(list[0]["name"], "Phone", "{list}");
}
