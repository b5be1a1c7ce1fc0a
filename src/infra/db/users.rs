//! The users table.

use sqlx::Row;

use super::{Backend, Db, sql};
use crate::domain::{Email, Language, Username};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub email: String,
    pub password_hash: String,
    pub email_confirmed_at: Option<i64>,
    pub created_at: i64,
    /// An address typed to fix this one, until its own link confirms it.
    pub pending_email: Option<String>,
    /// The authenticator app's key, sealed, while the second factor is on.
    pub totp_secret: Option<String>,
    /// The code of the language its pages and emails are in, if saved.
    pub language: Option<String>,
}

impl User {
    pub fn is_confirmed(&self) -> bool {
        self.email_confirmed_at.is_some()
    }

    /// Signing in takes a code from an authenticator app (or a recovery
    /// code) after the password.
    pub fn has_second_factor(&self) -> bool {
        self.totp_secret.is_some()
    }

    /// The saved language, if it is still one the application speaks.
    pub fn language(&self) -> Option<Language> {
        self.language.as_deref().and_then(Language::from_code)
    }
}

macro_rules! select_user {
    ($rest:literal) => {
        concat!(
            "SELECT id, username, email, password_hash, email_confirmed_at, created_at, pending_email, \
             totp_secret, language FROM users ",
            $rest
        )
    };
}

pub async fn find_by_id(db: impl Db<'_>, id: i64) -> sqlx::Result<Option<User>> {
    sqlx::query_as(&sql(&db, select_user!("WHERE id = $1"))).bind(id).fetch_optional(db).await
}

/// Sign-in accepts either the email address or the username.
pub async fn find_by_login(db: impl Db<'_>, login: &str) -> sqlx::Result<Option<User>> {
    let key = login.trim().to_ascii_lowercase();
    sqlx::query_as(&sql(&db, select_user!("WHERE email_key = $1 OR username_key = $2")))
        .bind(&key)
        .bind(&key)
        .fetch_optional(db)
        .await
}

pub async fn find_by_email(db: impl Db<'_>, email: &Email) -> sqlx::Result<Option<User>> {
    sqlx::query_as(&sql(&db, select_user!("WHERE email_key = $1")))
        .bind(email.normalized())
        .fetch_optional(db)
        .await
}

/// What an account has for a password while nobody has chosen it: not a
/// hash, so no password matches it.
pub const NO_PASSWORD: &str = "!";

/// Registered again while unconfirmed: the account takes the new name, and
/// keeps no password until the owner of the address chooses one. False if
/// it was confirmed meanwhile.
pub async fn restart_unconfirmed(db: impl Db<'_>, id: i64, username: &Username) -> sqlx::Result<bool> {
    let done = sqlx::query(&sql(
        &db,
        "UPDATE users SET username = $1, username_key = $2, password_hash = $3 \
         WHERE id = $4 AND email_confirmed_at IS NULL",
    ))
    .bind(username.as_str())
    .bind(username.normalized())
    .bind(NO_PASSWORD)
    .bind(id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Registered again while unconfirmed, but within its cooldown or over its
/// mail limit: the account keeps its name and live links, and no password.
/// False if it was confirmed meanwhile.
pub async fn forget_unconfirmed_password(db: impl Db<'_>, id: i64) -> sqlx::Result<bool> {
    let done = sqlx::query(&sql(
        &db,
        "UPDATE users SET password_hash = $1 WHERE id = $2 AND email_confirmed_at IS NULL",
    ))
    .bind(NO_PASSWORD)
    .bind(id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Whether an account has the name, or it is held (see [`reserve_username`]).
pub async fn username_taken(db: impl Db<'_>, username: &Username) -> sqlx::Result<bool> {
    let key = username.normalized();
    let found: Option<i64> = sqlx::query_scalar(&sql(
        &db,
        "SELECT 1 FROM users WHERE username_key = $1 \
         UNION ALL SELECT 1 FROM reserved_usernames WHERE username_key = $2 AND expires_at > $3",
    ))
    .bind(&key)
    .bind(&key)
    .bind(crate::infra::clock::now())
    .fetch_optional(db)
    .await?;
    Ok(found.is_some())
}

/// Holds a name without an account until `until`, as a registration that
/// created one would have.
pub async fn reserve_username(db: impl Db<'_>, username: &Username, until: i64) -> sqlx::Result<()> {
    let on_conflict = match db.backend() {
        Backend::MySql => "ON DUPLICATE KEY UPDATE expires_at = VALUES(expires_at)",
        Backend::Sqlite | Backend::Postgres => {
            "ON CONFLICT (username_key) DO UPDATE SET expires_at = excluded.expires_at"
        }
    };
    let upsert =
        format!("INSERT INTO reserved_usernames (username_key, expires_at) VALUES ($1, $2) {on_conflict}");
    sqlx::query(&sql(&db, &upsert)).bind(username.normalized()).bind(until).execute(db).await?;
    Ok(())
}

/// Takes the account's row lock until the transaction ends, so that two
/// requests that send it a link run one after the other.
pub async fn lock(db: impl Db<'_>, id: i64) -> sqlx::Result<()> {
    sqlx::query(&sql(&db, "UPDATE users SET email_key = email_key WHERE id = $1"))
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

pub struct NewUser<'a> {
    pub username: &'a Username,
    pub email: &'a Email,
    pub password_hash: &'a str,
    pub confirmed_at: Option<i64>,
    pub language: Language,
}

pub async fn insert(db: impl Db<'_>, user: NewUser<'_>, now: i64) -> sqlx::Result<i64> {
    const INSERT: &str = "INSERT INTO users (username, username_key, email, email_key, password_hash, \
                          email_confirmed_at, created_at, language) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
    // MySQL has no RETURNING; it reports the id it gave instead.
    let backend = db.backend();
    let statement = match backend {
        Backend::MySql => sql(&db, INSERT),
        Backend::Sqlite | Backend::Postgres => format!("{INSERT} RETURNING id").into(),
    };
    let query = sqlx::query(&statement)
        .bind(user.username.as_str())
        .bind(user.username.normalized())
        .bind(user.email.as_str())
        .bind(user.email.normalized())
        .bind(user.password_hash)
        .bind(user.confirmed_at)
        .bind(now)
        .bind(user.language.code());
    match backend {
        Backend::MySql => {
            let done = query.execute(db).await?;
            done.last_insert_id().ok_or_else(|| sqlx::Error::Protocol("no id for the new account".into()))
        }
        Backend::Sqlite | Backend::Postgres => query.fetch_one(db).await?.try_get(0),
    }
}

/// Marks the address confirmed if it is still the account's address and not
/// confirmed yet; false when nothing changed.
pub async fn confirm_email(db: impl Db<'_>, id: i64, email: &str, now: i64) -> sqlx::Result<bool> {
    let done = sqlx::query(&sql(
        &db,
        "UPDATE users SET email_confirmed_at = $1 \
         WHERE id = $2 AND email_key = $3 AND email_confirmed_at IS NULL",
    ))
    .bind(now)
    .bind(id)
    .bind(email.to_ascii_lowercase())
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Holds `email` as the address an unconfirmed account moves to once its
/// link is opened (None: none pending). False if the account is confirmed.
pub async fn set_pending_email(db: impl Db<'_>, id: i64, email: Option<&str>) -> sqlx::Result<bool> {
    let done = sqlx::query(&sql(
        &db,
        "UPDATE users SET pending_email = $1 WHERE id = $2 AND email_confirmed_at IS NULL",
    ))
    .bind(email)
    .bind(id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Fixes the address of an account that has not confirmed it yet.
pub async fn change_unconfirmed_email(db: impl Db<'_>, id: i64, email: &Email) -> sqlx::Result<bool> {
    let done = sqlx::query(&sql(
        &db,
        "UPDATE users SET email = $1, email_key = $2 WHERE id = $3 AND email_confirmed_at IS NULL",
    ))
    .bind(email.as_str())
    .bind(email.normalized())
    .bind(id)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Saves the language the account's pages and emails are in.
pub async fn set_language(db: impl Db<'_>, id: i64, language: Language) -> sqlx::Result<()> {
    sqlx::query(&sql(&db, "UPDATE users SET language = $1 WHERE id = $2"))
        .bind(language.code())
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn set_password_hash(db: impl Db<'_>, id: i64, password_hash: &str) -> sqlx::Result<()> {
    sqlx::query(&sql(&db, "UPDATE users SET password_hash = $1 WHERE id = $2"))
        .bind(password_hash)
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// Moves an account to a new address its owner has just confirmed.
pub async fn change_email(db: impl Db<'_>, id: i64, email: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query(
        &sql(&db, "UPDATE users SET email = $1, email_key = $2, email_confirmed_at = $3, pending_email = NULL WHERE id = $4"),
    )
        .bind(email)
        .bind(email.to_ascii_lowercase())
        .bind(now)
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn list(db: impl Db<'_>) -> sqlx::Result<Vec<User>> {
    sqlx::query_as(&sql(&db, select_user!("ORDER BY id"))).fetch_all(db).await
}

pub async fn delete(db: impl Db<'_>, id: i64) -> sqlx::Result<bool> {
    let done = sqlx::query(&sql(&db, "DELETE FROM users WHERE id = $1")).bind(id).execute(db).await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes accounts that never confirmed their address and were created
/// before `created_before`; returns how many.
pub async fn purge_unconfirmed(db: impl Db<'_>, created_before: i64) -> sqlx::Result<u64> {
    let done =
        sqlx::query(&sql(&db, "DELETE FROM users WHERE email_confirmed_at IS NULL AND created_at < $1"))
            .bind(created_before)
            .execute(db)
            .await?;
    Ok(done.rows_affected())
}
