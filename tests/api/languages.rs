//! Pages, messages and emails in the reader's language: the account's
//! saved language, else the visitor's choice in the footer, else the
//! browser's `Accept-Language`, else English.

use accounts::domain::{
    Language, UsernameError,
    i18n::{say, text, text_with},
};
use reqwest::header::{ACCEPT_LANGUAGE, HeaderValue};

use crate::{
    helpers::{BASE_URL, TestApp, confirmation_link, link_in, spawn_app, token_in},
    smtp::MAIL_TIMEOUT,
};

const PASSWORD: &str = "correct horse battery staple";

fn language(code: &str) -> Language {
    Language::from_code(code).unwrap()
}

/// The page at `path` as a browser that prefers `accepted` gets it.
async fn page_in(app: &TestApp, path: &str, accepted: &str) -> String {
    let response = app.client.get(app.url(path)).header(ACCEPT_LANGUAGE, accepted).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path} for {accepted:?}");
    response.text().await.unwrap()
}

/// The language a page says it is in.
fn lang_of(page: &str) -> &str {
    let start = page.find("<html lang=\"").expect("an <html lang>") + "<html lang=\"".len();
    &page[start..start + page[start..].find('"').unwrap()]
}

async fn choose(app: &TestApp, code: &str, back: &str) -> reqwest::Response {
    app.post_form("/language", &[("language", code), ("back", back)]).await
}

async fn saved_language(app: &TestApp) -> Option<String> {
    sqlx::query_scalar("SELECT language FROM users").fetch_one(app.db.pool()).await.unwrap()
}

#[tokio::test]
async fn the_browsers_language_chooses_the_words_and_arabic_runs_right_to_left() {
    let app = spawn_app().await;
    let german = page_in(&app, "/register", "de-CH, en;q=0.5").await;
    assert_eq!(lang_of(&german), "de");
    assert!(german.contains(r#"dir="ltr""#));
    let title = text(language("de"), "register-title");
    assert_ne!(title, text(Language::ENGLISH, "register-title"), "German has its own words");
    assert!(german.contains(&format!("<h1>{title}</h1>")), "{german}");
    // The live check's words for the browser are German too.
    assert!(german.contains(&say(language("de"), &UsernameError::TooShort)));
    assert!(!german.contains(&say(Language::ENGLISH, &UsernameError::TooShort)));

    let arabic = page_in(&app, "/login", "ar").await;
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl""#), "{arabic}");

    let english = page_in(&app, "/register", "ja, zh;q=0.9").await;
    assert_eq!(lang_of(&english), "en", "nothing we speak: English");
}

#[tokio::test]
async fn a_header_that_is_not_a_language_gets_english_never_an_error() {
    let app = spawn_app().await;
    let huge = format!("{}de", "x-long;q=0.1, ".repeat(2000));
    let headers = [
        HeaderValue::from_str(&huge).unwrap(),
        HeaderValue::from_static("*"),
        HeaderValue::from_static(";;;,,,=q"),
        HeaderValue::from_static("de;q=abc"),
        HeaderValue::from_static("de;q=0"),
        HeaderValue::from_bytes(b"d\xffe, \xfe").unwrap(),
    ];
    for header in headers {
        let response =
            app.client.get(app.url("/register")).header(ACCEPT_LANGUAGE, header.clone()).send().await;
        let response = response.unwrap();
        assert_eq!(response.status(), 200, "{header:?}");
        assert_eq!(lang_of(&response.text().await.unwrap()), "en", "{header:?}");
    }
}

#[tokio::test]
async fn the_footer_choice_beats_the_browser_and_the_saved_one_beats_both() {
    let app = spawn_app().await;
    // A visitor's choice, without JavaScript: a cookie, and back to the page.
    let chosen = choose(&app, "fr", "/register?email=a%40b.example").await;
    assert_eq!(chosen.status(), 303);
    assert_eq!(chosen.headers()["location"], "/register?email=a%40b.example");
    let cookie = chosen.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("language=fr;") && cookie.contains("HttpOnly"), "{cookie}");
    assert_eq!(lang_of(&page_in(&app, "/register", "de").await), "fr");

    // Registered in French: the account keeps French.
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    assert_eq!(saved_language(&app).await.as_deref(), Some("fr"));
    app.sign_in("ada", PASSWORD).await;
    assert_eq!(choose(&app, "es", "/home").await.headers()["location"], "/home");
    assert_eq!(saved_language(&app).await.as_deref(), Some("es"), "signed in, the choice is saved");
    assert_eq!(lang_of(&page_in(&app, "/home", "de").await), "es");

    // Signed out, the browser keeps the choice.
    app.post_form("/logout", &[]).await;
    assert_eq!(lang_of(&page_in(&app, "/", "de").await), "es");
    // Another visitor's choice on this browser leaves the account as it was…
    choose(&app, "de", "/").await;
    assert_eq!(lang_of(&page_in(&app, "/", "fr").await), "de");
    assert_eq!(saved_language(&app).await.as_deref(), Some("es"));
    // …and signing in brings the account's own back.
    app.sign_in("ada", PASSWORD).await;
    assert_eq!(lang_of(&page_in(&app, "/home", "fr").await), "es");
}

#[tokio::test]
async fn a_choice_of_no_language_or_of_another_site_changes_nothing() {
    let app = spawn_app().await;
    let refused = choose(&app, "xx", "/register").await;
    assert!(refused.headers().get("set-cookie").is_none());
    let page = refused.text().await.unwrap();
    assert!(page.contains(&text(Language::ENGLISH, "language-unknown")), "{page}");
    for away in ["//evil.example/", "https://evil.example/", "/\\evil.example"] {
        let chosen = choose(&app, "de", away).await;
        assert_eq!(chosen.headers()["location"], "/", "{away}");
    }
    let cross_site = app
        .client
        .post(app.url("/language"))
        .header("origin", "https://evil.example")
        .form(&[("language", "ar"), ("back", "/")])
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), 403);
    assert!(cross_site.headers().get("set-cookie").is_none());
}

#[tokio::test]
async fn a_form_posted_without_javascript_answers_in_its_language() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(app.url("/register"))
        .header("origin", BASE_URL)
        .header("sec-fetch-site", "same-origin")
        .header("accept", "text/html")
        .header(ACCEPT_LANGUAGE, "de")
        .form(&[
            ("username", "ad"),
            ("email", "ada@example.com"),
            ("password", "x"),
            ("password_confirm", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let page = response.text().await.unwrap();
    assert_eq!(lang_of(&page), "de");
    let error = say(language("de"), &UsernameError::TooShort);
    assert!(page.contains(&format!(r#"<span class="error">{error}</span>"#)), "{page}");
}

#[tokio::test]
async fn the_live_checks_answer_in_the_callers_language() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    let check = |path: &'static str, body: serde_json::Value, accepted: &'static str| {
        let app = &app;
        async move {
            let response = app
                .client
                .post(app.url(path))
                .header("origin", BASE_URL)
                .header("sec-fetch-site", "same-origin")
                .header(ACCEPT_LANGUAGE, accepted)
                .header("content-type", "application/json")
                .body(body.to_string())
                .send()
                .await
                .unwrap();
            serde_json::from_str::<serde_json::Value>(&response.text().await.unwrap()).unwrap()
        }
    };
    let taken = check("/api/check/username", serde_json::json!({ "username": "ADA" }), "es").await;
    assert_eq!(taken["Done"]["Wrong"], text(language("es"), "username-taken"));
    let weak =
        check("/api/check/password", serde_json::json!({ "password": "password1234", "related": [] }), "ar")
            .await;
    let refusal = weak["Done"]["said"]["Wrong"].as_str().unwrap();
    assert!(refusal.starts_with(&text(language("ar"), "strength-too-easy")), "{refusal}");
    assert!(!refusal.contains("password"), "zxcvbn's English advice is translated: {refusal}");
}

#[tokio::test]
async fn emails_are_in_the_recipients_saved_language() {
    let app = spawn_app().await;
    let registered = app
        .client
        .post(app.url("/register"))
        .header("origin", BASE_URL)
        .header("sec-fetch-site", "same-origin")
        .header(ACCEPT_LANGUAGE, "de")
        .form(&[
            ("username", "ada"),
            ("email", "ada@example.com"),
            ("password", PASSWORD),
            ("password_confirm", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(registered.status(), 200);
    let mail = app.smtp.wait_for(1, MAIL_TIMEOUT).await.pop().unwrap();
    let german = language("de");
    assert_eq!(mail.subject(), text(german, "email-confirm-address-subject"));
    assert!(mail.text_part().starts_with(&text_with(german, "email-hello", &[("username", "ada".into())])));
    let token = token_in(&confirmation_link(&mail));
    assert_eq!(app.post_form("/confirm", &[("token", &token)]).await.status(), 200);
    // Whoever asks for a reset, and in whatever language, the owner reads
    // it in theirs.
    app.post_form("/forgot", &[("email", "ada@example.com")]).await;
    let mails = app.delivered().await;
    let reset = mails.last().unwrap();
    assert_eq!(reset.subject(), text(german, "email-reset-password-subject"));
}

#[tokio::test]
async fn a_password_reset_keeps_the_saved_language() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    choose(&app, "ar", "/home").await;
    app.post_form("/logout", &[]).await;
    // Another browser, with no cookie and in German, resets the password.
    let fresh = crate::helpers::client();
    let forgot = fresh
        .post(app.url("/forgot"))
        .header("origin", BASE_URL)
        .header(ACCEPT_LANGUAGE, "de")
        .form(&[("email", "ada@example.com")])
        .send()
        .await
        .unwrap();
    assert_eq!(forgot.status(), 303);
    let arabic = language("ar");
    let mail = app.smtp.wait_for(2, MAIL_TIMEOUT).await.pop().unwrap();
    assert_eq!(mail.subject(), text(arabic, "email-reset-password-subject"));
    let link = link_in(&mail, "/reset?token=");
    let moved = fresh.get(app.url(&link)).header(ACCEPT_LANGUAGE, "de").send().await.unwrap();
    assert_eq!(moved.status(), 303);
    let new_password = "an entirely new passphrase";
    let done = fresh
        .post(app.url("/reset"))
        .header("origin", BASE_URL)
        .header(ACCEPT_LANGUAGE, "de")
        .form(&[("password", new_password), ("password_confirm", new_password)])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 303, "{:?}", done.text().await);
    assert_eq!(saved_language(&app).await.as_deref(), Some("ar"));

    // Signed in again with the new password, on this German browser: Arabic.
    let signed_in = fresh
        .post(app.url("/login"))
        .header("origin", BASE_URL)
        .header(ACCEPT_LANGUAGE, "de")
        .form(&[("login", "ada"), ("password", new_password)])
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.headers()["location"], "/home");
    let home = fresh.get(app.url("/home")).header(ACCEPT_LANGUAGE, "de").send().await.unwrap();
    let home = home.text().await.unwrap();
    assert_eq!(lang_of(&home), "ar");
    assert!(home.contains(r#"dir="rtl""#), "{home}");
}

/// The words of a language's catalogue (its messages' text, not their keys,
/// arguments or variant names), lower case.
fn catalogue_words(code: &str) -> std::collections::BTreeSet<String> {
    let mut words = std::collections::BTreeSet::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(code);
    for entry in std::fs::read_dir(dir).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in source.lines().filter(|line| !line.starts_with('#')) {
            let value =
                if line.starts_with(' ') { line } else { line.split_once('=').map_or("", |(_, v)| v) };
            words.extend(words_of(value).filter(|(_, argument)| !argument).map(|(word, _)| word));
        }
    }
    words
}

/// The words of `text`, each with whether it names an argument (`$name`) or
/// a variant (`[one]`).
fn words_of(text: &str) -> impl Iterator<Item = (String, bool)> + '_ {
    text.split(|c: char| !c.is_alphabetic()).filter(|word| word.chars().count() >= 3).map(move |word| {
        let marked = text.contains(&format!("${word}")) || text.contains(&format!("[{word}]"));
        (word.to_lowercase(), marked)
    })
}

/// What a reader sees of a page: its text and the words of its labelling
/// attributes, without scripts, styles, templates and the language
/// switcher's choices (each language is named in itself).
fn visible_text(page: &str) -> String {
    let mut page = page.to_owned();
    for element in ["script", "style", "template", "select"] {
        while let Some(start) = page.find(&format!("<{element}")) {
            let end = page[start..]
                .find(&format!("</{element}>"))
                .map_or(page.len(), |i| start + i + element.len() + 3);
            page.replace_range(start..end, " ");
        }
    }
    let mut seen = String::new();
    let mut rest = page.as_str();
    while let Some(open) = rest.find('<') {
        seen.push_str(&rest[..open]);
        seen.push(' ');
        let close = rest[open..].find('>').map_or(rest.len(), |i| open + i + 1);
        let tag = &rest[open..close];
        for attribute in ["aria-label=\"", "placeholder=\"", "title=\"", "alt=\"", "data-hint=\""] {
            if let Some(at) = tag.find(attribute) {
                let value = &tag[at + attribute.len()..];
                seen.push_str(&value[..value.find('"').unwrap_or(value.len())]);
                seen.push(' ');
            }
        }
        rest = &rest[close..];
    }
    seen.push_str(rest);
    seen
}

/// Every page of the lifecycle a signed-out, an unconfirmed and a signed-in
/// reader can reach, as a German browser gets it, has no word that only
/// English's catalogue has (the site's name aside: it is configuration).
#[tokio::test]
async fn german_pages_have_no_english_words() {
    let app = spawn_app().await;
    // Chosen in the footer, so the accounts registered below keep German.
    choose(&app, "de", "/").await;
    let english_only: std::collections::BTreeSet<String> =
        catalogue_words("en").difference(&catalogue_words("de")).cloned().collect();
    assert!(english_only.contains("password"), "the English words are read: {english_only:?}");
    let site_name = words_of("Accounts").map(|(w, _)| w).collect::<Vec<_>>();
    let check = |path: &str, page: String| {
        assert_eq!(lang_of(&page), "de", "{path}");
        let english: Vec<String> = words_of(&visible_text(&page))
            .map(|(word, _)| word)
            .filter(|word| english_only.contains(word) && !site_name.contains(word))
            .collect();
        assert!(english.is_empty(), "English on {path}: {english:?}\n{}", visible_text(&page));
    };
    for path in ["/", "/register", "/login", "/forgot", "/confirm?token=nope", "/no-such-page"] {
        // Whatever the status: an invalid link's and a missing page's words count too.
        let page = app.client.get(app.url(path)).header(ACCEPT_LANGUAGE, "de").send().await.unwrap();
        check(path, page.text().await.unwrap());
    }
    app.register("ada", "ada@example.com", PASSWORD).await;
    app.delivered().await; // Its email in, before the next account's is waited for.
    app.sign_in("ada", PASSWORD).await;
    check("/unconfirmed", page_in(&app, "/unconfirmed", "de").await);
    app.post_form("/logout", &[]).await;
    app.confirmed_account("grace", "grace@example.com", PASSWORD).await;
    app.sign_in("grace", PASSWORD).await;
    for path in ["/home", "/settings"] {
        check(path, page_in(&app, path, "de").await);
    }
}
