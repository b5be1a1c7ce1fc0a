//! What the database keeps and how it compares it, the same on every
//! backend. On MySQL these are properties of the schema, not of the server:
//! the test database is made with a case- and accent-insensitive default
//! collation (see `test_database_url`), which the tables must not inherit.

use accounts::{
    domain::{Email, username::Username},
    infra::{
        clock,
        db::{Database, is_unique_violation, outbox, sql, users},
    },
};

use crate::helpers::spawn_app_with;

async fn insert_key(db: &Database, username_key: &str, email_key: &str) -> sqlx::Result<()> {
    sqlx::query(&sql(
        db.pool(),
        "INSERT INTO users (username, username_key, email, email_key, password_hash, email_confirmed_at, \
         created_at) VALUES ($1, $2, $3, $4, '!', $5, $6)",
    ))
    .bind(username_key)
    .bind(username_key)
    .bind(email_key)
    .bind(email_key)
    // Confirmed, so that housekeeping leaves the accounts alone.
    .bind(clock::now())
    .bind(clock::now())
    .execute(db.pool())
    .await
    .map(|_| ())
}

#[tokio::test]
async fn unique_keys_compare_byte_for_byte() {
    let app = spawn_app_with(&[]).await;
    insert_key(&app.db, "jose", "jose@example.com").await.unwrap();
    // The application folds case into the keys itself; the database must
    // hold apart what it holds apart, such as accent variants, which a
    // _ci collation makes equal.
    insert_key(&app.db, "josé", "josé@example.com").await.expect("an accent variant is another key");
    insert_key(&app.db, "JOSE", "JOSE@example.com").await.expect("so is an upper-case one, to the database");

    let again = insert_key(&app.db, "jose", "other@example.com").await.unwrap_err();
    assert!(is_unique_violation(&again), "{again}");
    let again = insert_key(&app.db, "other", "jose@example.com").await.unwrap_err();
    assert!(is_unique_violation(&again), "{again}");

    let found = users::find_by_login(app.db.pool(), "Jose@Example.com").await.unwrap().unwrap();
    assert_eq!(found.username, "jose", "a lookup folds case once, in the application, and finds one account");
}

#[tokio::test]
async fn text_outside_the_basic_plane_and_long_bodies_come_back_as_written() {
    // The development mailbox keeps the bodies it shows.
    let app = spawn_app_with(&[("SMTP_URL", "")]).await;
    let user = users::NewUser {
        username: &Username::parse("ada").unwrap(),
        email: &Email::parse("ada@example.com").unwrap(),
        password_hash: users::NO_PASSWORD,
        confirmed_at: None,
        language: accounts::domain::Language::ENGLISH,
    };
    let id = users::insert(app.db.pool(), user, clock::now()).await.unwrap();
    let subject = "Crab 🦀, Zürich, 東京";
    // 200 KB: more than a MySQL TEXT column holds.
    let html = format!("<p>{}</p>", "🦀 é 東 ".repeat(20_000));
    let text = "Ferris 🦀\n".repeat(10_000);
    outbox::insert(app.db.pool(), id, "ada@example.com", subject, &html, &text, clock::now()).await.unwrap();

    let stored = outbox::recent(app.db.pool(), 1).await.unwrap().pop().unwrap();
    assert_eq!(stored.subject, subject);
    assert!(
        stored.html_body == html,
        "the HTML body changed: {} bytes of {}",
        stored.html_body.len(),
        html.len()
    );
    assert!(
        stored.text_body == text,
        "the text body changed: {} bytes of {}",
        stored.text_body.len(),
        text.len()
    );
}
