//! Sign-in, sessions, sign-out and the protected area.

use accounts::infra::db::sql;

use crate::helpers::{comparable_body, spawn_app, spawn_app_with};

const PASSWORD: &str = "correct horse battery staple";

fn session_cookie(response: &reqwest::Response) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.contains("session="))
        .expect("a session cookie")
}

#[tokio::test]
async fn signs_in_with_email_or_username_in_any_case() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    for login in ["ada", "ADA", "ada@example.com", "Ada@Example.COM"] {
        let response = app.sign_in(login, PASSWORD).await;
        assert_eq!(response.status(), 303, "{login}");
        assert_eq!(response.headers()["location"], "/home", "{login}");
    }
}

#[tokio::test]
async fn unknown_account_and_wrong_password_get_the_same_answer() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    let wrong_password = app.sign_in("ada@example.com", "not the password at all").await;
    let unknown =
        app.sign_in("ada@example.com".replace("ada", "bob").as_str(), "not the password at all").await;

    assert_eq!(wrong_password.status(), 422);
    assert_eq!(unknown.status(), 422);
    assert!(wrong_password.headers().get("set-cookie").is_none());
    let wrong_password = comparable_body(wrong_password).await;
    let unknown = comparable_body(unknown).await;
    assert!(wrong_password.contains("That email, username or password is not right."));
    assert_eq!(wrong_password, unknown.replace("bob@example.com", "ada@example.com"));
}

#[tokio::test]
async fn the_session_cookie_is_http_only_lax_and_rotated_at_sign_in() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    let first = session_cookie(&app.sign_in("ada", PASSWORD).await);
    assert!(first.starts_with("session="), "{first}");
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(first.contains(attribute), "{first} lacks {attribute}");
    }
    assert!(!first.contains("Secure"), "no Secure over plain http");
    assert!(!first.contains("Max-Age"), "without remember me the cookie ends with the browser");

    let second = session_cookie(&app.sign_in("ada", PASSWORD).await);
    assert_ne!(first, second, "a new session id at every sign-in");
    let sessions: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sessions").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(sessions, 1, "the session the browser had before was ended");
    let stored: String =
        sqlx::query_scalar("SELECT id_hash FROM sessions").fetch_one(app.db.pool()).await.unwrap();
    let id = second.trim_start_matches("session=").split(';').next().unwrap();
    assert_ne!(stored, id, "only a hash of the id is stored");
}

#[tokio::test]
async fn remember_me_keeps_the_cookie_for_days() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    let response =
        app.post_form("/login", &[("login", "ada"), ("password", PASSWORD), ("remember", "on")]).await;

    let cookie = session_cookie(&response);
    assert!(cookie.contains(&format!("Max-Age={}", 30 * 86400)), "{cookie}");
}

#[tokio::test]
async fn under_https_the_cookie_is_secure_and_host_prefixed() {
    let app = spawn_app_with(&[("BASE_URL", "https://accounts.test")]).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    let response = app
        .client
        .post(app.url("/login"))
        .header("origin", "https://accounts.test")
        .form(&[("login", "ada"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();

    let cookie = session_cookie(&response);
    assert!(cookie.starts_with("__Host-session="), "{cookie}");
    assert!(cookie.contains("; Secure"), "{cookie}");
}

#[tokio::test]
async fn sign_out_ends_the_session_on_the_server() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;

    let out = app.post_form("/logout", &[]).await;

    assert_eq!(out.status(), 303);
    assert!(session_cookie(&out).contains("Max-Age=0"));
    let sessions: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sessions").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(sessions, 0);
    assert_eq!(app.get("/home").await.headers()["location"], "/login?next=/home");
}

#[tokio::test]
async fn sign_out_asks_the_browser_to_drop_the_accounts_pages() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    app.sign_in("ada", PASSWORD).await;
    let page = app.post_form("/logout", &[]).await;
    assert_eq!(page.status(), 303);
    assert_eq!(page.headers()["clear-site-data"], r#""cache", "cookies""#);

    app.sign_in("ada", PASSWORD).await;
    let island = app.call("/api/logout", &[]).await;
    assert_eq!(island.status(), 200);
    assert_eq!(island.headers()["clear-site-data"], r#""cache", "cookies""#);
    assert_eq!(app.get("/home").await.status(), 303, "signed out");
}

#[tokio::test]
async fn a_remembered_session_unused_for_its_idle_limit_ends() {
    let app = spawn_app_with(&[("REMEMBER_ME_IDLE_DAYS", "14"), ("REMEMBER_ME_DAYS", "30")]).await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.post_form("/login", &[("login", "ada"), ("password", PASSWORD), ("remember", "on")]).await;
    let statement = sql(app.db.pool(), "UPDATE sessions SET last_seen_at = last_seen_at - $1");
    let unused_for = |days: i64| sqlx::query(&statement).bind(days * 86_400);

    unused_for(13).execute(app.db.pool()).await.unwrap();
    assert_eq!(app.get("/home").await.status(), 200, "used within 14 days: still signed in");

    unused_for(15).execute(app.db.pool()).await.unwrap();
    let home = app.get("/home").await;
    assert_eq!(home.status(), 303, "unused for 15 days: signed out");
    assert_eq!(home.headers()["location"], "/login?next=/home");
    let sessions: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sessions").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(sessions, 0, "the session ended on the server too");
}

#[tokio::test]
async fn pages_of_an_account_or_holding_a_link_are_never_cached() {
    let app = spawn_app().await;
    let public = app.get("/login").await;
    assert_eq!(public.status(), 200);
    assert!(public.headers().get("cache-control").is_none(), "a public page may be cached");
    for path in ["/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/reset"] {
        let page = app.get(path).await;
        assert_eq!(page.headers()["cache-control"], "no-store", "{path}");
    }

    app.register("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    let unconfirmed = app.get("/unconfirmed").await;
    assert_eq!(unconfirmed.status(), 200);
    assert_eq!(unconfirmed.headers()["cache-control"], "no-store");

    sqlx::query("UPDATE users SET email_confirmed_at = 1").execute(app.db.pool()).await.unwrap();
    for path in ["/home", "/settings", "/"] {
        let page = app.get(path).await;
        assert_eq!(page.status(), 200, "{path}");
        assert_eq!(page.headers()["cache-control"], "no-store", "{path}");
    }
    let sessions = app.get("/api/settings/sessions").await;
    assert_eq!(sessions.headers()["cache-control"], "no-store");
    let stylesheet = app.get("/pkg/accounts.css").await;
    assert!(
        stylesheet.headers().get("cache-control").is_none_or(|v| v != "no-store"),
        "assets stay cacheable for a signed-in browser"
    );
}

#[tokio::test]
async fn sign_out_is_post_only() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;

    let response = app.get("/logout").await;

    assert_ne!(response.status(), 303);
    assert_eq!(app.get("/home").await.status(), 200, "still signed in");
}

#[tokio::test]
async fn home_sends_anonymous_visitors_to_sign_in_and_back() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    let home = app.get("/home").await;
    assert_eq!(home.status(), 303);
    assert_eq!(home.headers()["location"], "/login?next=/home");

    let form = [("login", "ada"), ("password", PASSWORD), ("next", "/home")];
    let signed_in = app.post_form("/login", &form).await;
    assert_eq!(signed_in.headers()["location"], "/home");
}

#[tokio::test]
async fn next_never_leaves_the_application() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;

    for next in ["//evil.example", "https://evil.example/", "/\\evil.example", "evil.example"] {
        let form = [("login", "ada"), ("password", PASSWORD), ("next", next)];
        let response = app.post_form("/login", &form).await;
        assert_eq!(response.headers()["location"], "/home", "{next}");
    }
}

#[tokio::test]
async fn unconfirmed_accounts_sign_in_but_land_on_unconfirmed() {
    let app = spawn_app().await;
    app.register("ada", "ada@example.com", PASSWORD).await;

    let signed_in = app.sign_in("ada", PASSWORD).await;
    assert_eq!(signed_in.headers()["location"], "/unconfirmed");

    let home = app.get("/home").await;
    assert_eq!(home.status(), 303);
    assert_eq!(home.headers()["location"], "/unconfirmed");
    let page = app.get("/unconfirmed").await.text().await.unwrap();
    assert!(page.contains("<strong>ada@example.com</strong>"), "{page}");
}

#[tokio::test]
async fn garbage_session_cookies_are_treated_as_signed_out() {
    let app = spawn_app().await;

    for cookie in
        ["session=", "session=garbage", "session=' OR 1=1 --", &format!("session={}", "A".repeat(43))]
    {
        let response = app.client.get(app.url("/home")).header("cookie", cookie).send().await.unwrap();
        assert_eq!(response.status(), 303, "{cookie}");
        assert_eq!(response.headers()["location"], "/login?next=/home");
    }
}

#[tokio::test]
async fn signed_in_visitors_skip_the_login_and_register_pages() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;

    for path in ["/login", "/register"] {
        assert_eq!(app.get(path).await.headers()["location"], "/home", "{path}");
    }
}

#[tokio::test]
async fn account_server_functions_answer_only_confirmed_accounts() {
    let app = spawn_app().await;
    let anonymous = app.get("/api/settings/sessions").await;
    assert_eq!(anonymous.status(), 401);

    app.register("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    let unconfirmed = app.get("/api/settings/sessions").await;
    assert_eq!(unconfirmed.status(), 403);

    sqlx::query("UPDATE users SET email_confirmed_at = 1").execute(app.db.pool()).await.unwrap();
    let confirmed = app.get("/api/settings/sessions").await;
    assert_eq!(confirmed.status(), 200);
    let sessions: serde_json::Value = serde_json::from_str(&confirmed.text().await.unwrap()).unwrap();
    let sessions = sessions.as_array().unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0]["current"], true);
}

/// Connections are pinged only after a quiet second, so one cut while idle
/// (a database restart, a proxy's timeout) must be noticed then, not
/// discovered by the next page's session lookup failing.
#[tokio::test]
async fn a_session_outlives_the_database_cutting_every_connection() {
    use accounts::infra::db::Backend;
    use sqlx::{Connection, Executor};

    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;
    assert!(app.get("/home").await.text().await.unwrap().contains("Welcome, ada"));

    let options = app.db.pool().connect_options();
    let mut admin = sqlx::AnyConnection::connect_with(&options).await.unwrap();
    match app.db.backend() {
        // SQLite has no server to cut a connection.
        Backend::Sqlite => return,
        Backend::Postgres => {
            let cut = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                       WHERE datname = current_database() AND pid <> pg_backend_pid()";
            let cut: Vec<bool> = sqlx::query_scalar(cut).fetch_all(&mut admin).await.unwrap();
            assert!(!cut.is_empty(), "the application holds connections to cut");
        }
        Backend::MySql => {
            let ids: Vec<i64> = sqlx::query_scalar(
                "SELECT CAST(id AS SIGNED) FROM information_schema.processlist \
                 WHERE db = DATABASE() AND id <> CONNECTION_ID()",
            )
            .fetch_all(&mut admin)
            .await
            .unwrap();
            assert!(!ids.is_empty(), "the application holds connections to cut");
            for id in ids {
                admin.execute(format!("KILL {id}").as_str()).await.unwrap();
            }
        }
    }
    tokio::time::sleep(std::time::Duration::from_millis(1200)).await;

    let home = app.get("/home").await;
    assert_eq!(home.status(), 200, "still signed in");
    assert!(home.text().await.unwrap().contains("Welcome, ada"));
    // A server function's query goes through the pool, whose connections were cut too.
    let sessions = app.read("/api/settings/sessions").await;
    assert_eq!(sessions.as_array().map(Vec::len), Some(1), "{sessions}");
}
