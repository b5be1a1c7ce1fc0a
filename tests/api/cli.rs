//! The admin command line, run as the real binary against a SQLite file.

use std::{
    io::Write,
    process::{Command, Output, Stdio},
};

use accounts::infra::db::{Database, sql};

use crate::helpers::manifest_dir;

struct Cli {
    database_url: String,
    _dir: tempfile::TempDir,
}

impl Cli {
    async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        Self { database_url: crate::helpers::test_database_url(dir.path()).await, _dir: dir }
    }

    fn database_url(&self) -> String {
        self.database_url.clone()
    }

    fn run(&self, args: &[&str], stdin: &str) -> Output {
        self.run_with(args, stdin, &[])
    }

    fn run_with(&self, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
        let mut child = Command::new(env!("CARGO_BIN_EXE_accounts"))
            .args(args)
            .current_dir(manifest_dir())
            .env("DATABASE_URL", self.database_url())
            .env("RUST_LOG", "warn")
            .envs(env.iter().copied())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    }

    fn ok(&self, args: &[&str], stdin: &str) -> String {
        let output = self.run(args, stdin);
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    }

    async fn db(&self) -> Database {
        Database::connect(&self.database_url()).await.unwrap()
    }
}

const PASSWORD: &str = "correct horse battery staple\n";

#[tokio::test]
async fn create_confirm_list_and_delete_users() {
    let cli = Cli::new().await;

    let created = cli
        .ok(&["create-user", "--username", "root", "--email", "root@example.com", "--confirmed"], PASSWORD);
    assert!(created.contains("created user 1 (root), confirmed"), "{created}");
    cli.ok(&["create-user", "--username", "ada", "--email", "ada@example.com"], PASSWORD);

    let listed = cli.ok(&["list-users"], "");
    let rows: Vec<&str> = listed.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{listed}");
    assert!(rows[0].contains("root") && rows[0].contains("yes"), "{listed}");
    assert!(rows[1].contains("ada") && rows[1].contains(" no "), "{listed}");

    assert!(cli.ok(&["confirm-user", "ada@example.com"], "").contains("confirmed ada"));
    let confirmed: Option<i64> =
        sqlx::query_scalar("SELECT email_confirmed_at FROM users WHERE username = 'ada'")
            .fetch_one(cli.db().await.pool())
            .await
            .unwrap();
    assert!(confirmed.is_some());

    assert!(cli.ok(&["delete-user", "ada"], "").contains("deleted ada"));
    let left: Vec<String> =
        sqlx::query_scalar("SELECT username FROM users").fetch_all(cli.db().await.pool()).await.unwrap();
    assert_eq!(left, ["root"]);
}

#[tokio::test]
async fn a_created_user_can_sign_in_with_the_password_given() {
    let cli = Cli::new().await;
    cli.ok(&["create-user", "--username", "root", "--email", "root@example.com", "--confirmed"], PASSWORD);
    let app = crate::helpers::spawn_app_with(&[("DATABASE_URL", &cli.database_url())]).await;

    let response = app.sign_in("root", PASSWORD.trim_end()).await;

    assert_eq!(response.headers()["location"], "/home");
}

#[tokio::test]
async fn reset_2fa_turns_two_step_sign_in_off_and_says_so_in_the_audit_log() {
    let cli = Cli::new().await;
    let app = crate::helpers::spawn_app_with(&[("DATABASE_URL", &cli.database_url())]).await;
    crate::two_step::turn_on(&app).await;
    app.post_form("/logout", &[]).await;
    assert_eq!(app.sign_in("ada", PASSWORD.trim_end()).await.headers()["location"], "/login/code");

    let output = cli.run_with(&["reset-2fa", "ada@example.com"], "", &[("LOG_FORMAT", "json")]);

    let (stdout, log) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{log}");
    assert!(stdout.contains("two-step sign-in turned off for ada <ada@example.com>"), "{stdout}");
    // The log goes where the server's does: standard output, a JSON line.
    let audit = stdout.lines().find(|line| line.contains(r#""target":"audit""#)).unwrap_or_default();
    assert!(audit.contains("reset-2fa") && audit.contains(r#""username":"ada""#), "{stdout}");
    let db = cli.db().await;
    let codes: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM recovery_codes").fetch_one(db.pool()).await.unwrap();
    assert_eq!(codes, 0);
    let waiting: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sign_in_challenges").fetch_one(db.pool()).await.unwrap();
    assert_eq!(waiting, 0, "the sign-in waiting for a code died too");
    assert_eq!(app.sign_in("ada", PASSWORD.trim_end()).await.headers()["location"], "/home");
    let mail = app.delivered_to("ada@example.com").await.pop().unwrap();
    assert_eq!(mail.subject(), "Two-step sign-in is off", "the owner hears of it");
    assert!(cli.ok(&["reset-2fa", "ada"], "").contains("ada had no two-step sign-in"));
}

#[tokio::test]
async fn purge_removes_only_old_unconfirmed_accounts() {
    let cli = Cli::new().await;
    cli.ok(&["create-user", "--username", "old", "--email", "old@example.com"], PASSWORD);
    cli.ok(&["create-user", "--username", "new", "--email", "new@example.com"], PASSWORD);
    cli.ok(&["create-user", "--username", "kept", "--email", "kept@example.com", "--confirmed"], PASSWORD);
    sqlx::query("UPDATE users SET created_at = created_at - 10 * 86400 WHERE username IN ('old', 'kept')")
        .execute(cli.db().await.pool())
        .await
        .unwrap();

    let purged = cli.ok(&["purge-unconfirmed", "--older-than-days", "7"], "");

    assert!(purged.contains("purged 1 unconfirmed account"), "{purged}");
    let left: Vec<String> = sqlx::query_scalar("SELECT username FROM users ORDER BY id")
        .fetch_all(cli.db().await.pool())
        .await
        .unwrap();
    assert_eq!(left, ["new", "kept"]);
}

/// Waits until what `output` collected contains `text`.
fn wait_for_output(output: &std::sync::Mutex<Vec<u8>>, text: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let seen = String::from_utf8_lossy(&output.lock().unwrap()).into_owned();
        if seen.contains(text) {
            return seen;
        }
        assert!(std::time::Instant::now() < deadline, "no {text:?} on the terminal; it shows:\n{seen}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[tokio::test]
async fn a_password_typed_at_a_terminal_is_not_shown() {
    let cli = Cli::new().await;
    let command = format!(
        "{} create-user --username root --email root@example.com --confirmed",
        env!("CARGO_BIN_EXE_accounts")
    );
    // `script` runs the command on a new pseudo-terminal whose echo is on,
    // as a terminal's is, and copies everything the terminal shows to stdout.
    let mut child = Command::new("script")
        .args(["--quiet", "--return", "--echo", "always", "--command", &command, "/dev/null"])
        .current_dir(manifest_dir())
        .env("DATABASE_URL", cli.database_url())
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script(1) from util-linux");
    let shown = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut stdout = child.stdout.take().unwrap();
    let collecting = std::sync::Arc::clone(&shown);
    let reader = std::thread::spawn(move || {
        let mut buffer = [0; 1024];
        while let Ok(n @ 1..) = std::io::Read::read(&mut stdout, &mut buffer) {
            collecting.lock().unwrap().extend_from_slice(&buffer[..n]);
        }
    });
    let mut keyboard = child.stdin.take().unwrap();

    wait_for_output(&shown, "Password: ");
    keyboard.write_all(PASSWORD.as_bytes()).unwrap();
    wait_for_output(&shown, "Password (again): ");
    keyboard.write_all(PASSWORD.as_bytes()).unwrap();
    let screen = wait_for_output(&shown, "created user");

    drop(keyboard);
    assert!(child.wait().unwrap().success(), "{screen}");
    reader.join().unwrap();
    assert!(!screen.contains(PASSWORD.trim_end()), "the password was shown:\n{screen}");
    let app = crate::helpers::spawn_app_with(&[("DATABASE_URL", &cli.database_url())]).await;
    let signed_in = app.sign_in("root", PASSWORD.trim_end()).await;
    assert_eq!(signed_in.headers()["location"], "/home", "the password typed is the one set");
}

#[tokio::test]
async fn production_refuses_to_start_without_real_mail() {
    let cli = Cli::new().await;
    let key = "k".repeat(40);
    let production =
        [("APP_ENV", "production"), ("SECRET_KEY", key.as_str()), ("BASE_URL", "https://accounts.example")];

    let without_mail = cli.run_with(&["serve"], "", &production);
    assert!(!without_mail.status.success());
    let said = String::from_utf8_lossy(&without_mail.stderr);
    assert!(said.contains("production needs SMTP_URL"), "{said}");

    let mut in_clear = production.to_vec();
    in_clear.push(("SMTP_URL", "smtp://mail.example.com:25"));
    let refused = cli.run_with(&["serve"], "", &in_clear);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("sends mail in clear to mail.example.com"));
}

#[tokio::test]
async fn bad_input_is_refused_with_a_clear_message() {
    let cli = Cli::new().await;

    let short = cli.run(&["create-user", "--username", "ada", "--email", "ada@example.com"], "short\n");
    assert!(!short.status.success());
    assert!(String::from_utf8_lossy(&short.stderr).contains("password: Use at least 12 characters."));

    let bad_email = cli.run(&["create-user", "--username", "ada", "--email", "nope"], PASSWORD);
    assert!(String::from_utf8_lossy(&bad_email.stderr).contains("email"));

    cli.ok(&["create-user", "--username", "ada", "--email", "ada@example.com"], PASSWORD);
    let taken = cli.run(&["create-user", "--username", "ADA", "--email", "x@example.com"], PASSWORD);
    assert!(String::from_utf8_lossy(&taken.stderr).contains("taken"));

    let missing = cli.run(&["delete-user", "nobody"], "");
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no account \"nobody\""));
}

/// Seconds since the epoch, as the application stores times.
fn now() -> i64 {
    i64::try_from(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs())
        .unwrap()
}

#[tokio::test]
async fn purge_deletes_what_nobody_needs_and_keeps_the_rest() {
    let cli = Cli::new().await;
    cli.ok(&["create-user", "--username", "ada", "--email", "ada@example.com", "--confirmed"], PASSWORD);
    let db = cli.db().await;
    let pool = db.pool();
    let (now, day) = (now(), 86_400);

    // Sessions: (id, remember, last seen, absolute end). Idle limits are
    // 2 hours without "remember me" and 14 days with it.
    for (id, remember, last_seen, expires) in [
        ("past-its-end", 1_i64, now - 60, now - 1),
        ("idle", 0, now - 3 * 3600, now + 3600),
        ("remembered-but-idle", 1, now - 15 * day, now + 15 * day),
        ("in-use", 0, now - 60, now + 3600),
        ("remembered-in-use", 1, now - 13 * day, now + 17 * day),
    ] {
        sqlx::query(&sql(
            pool,
            "INSERT INTO sessions (id_hash, user_id, remember, user_agent, created_at, last_seen_at, expires_at) \
             VALUES ($1, 1, $2, 'test', $3, $4, $5)",
        ))
        .bind(id)
        .bind(remember)
        .bind(last_seen)
        .bind(last_seen)
        .bind(expires)
        .execute(pool)
        .await
        .unwrap();
    }
    // Links: dead for 8 days (gone), dead for 1 day (its page still explains), live.
    for (hash, purpose, expires, used) in [
        ("dead-long-ago", "confirm", now - 8 * day, Some(now - 9 * day)),
        ("dead-yesterday", "reset", now - day, None),
        ("live", "change_email", now + day, None),
    ] {
        sqlx::query(&sql(
            pool,
            "INSERT INTO email_tokens (token_hash, user_id, purpose, email, created_at, expires_at, used_at) \
             VALUES ($1, 1, $2, 'ada@example.com', $3, $4, $5)",
        ))
        .bind(hash)
        .bind(purpose)
        .bind(expires)
        .bind(expires)
        .bind(used)
        .execute(pool)
        .await
        .unwrap();
    }
    // Rate limits: one drained a while ago (as every unknown name typed at
    // sign-in leaves one), one still counting.
    for (bucket, drained_at) in [("drained", (now - 60) * 1000), ("counting", (now + 60) * 1000)] {
        sqlx::query(&sql(
            pool,
            "INSERT INTO rate_limits (bucket, drained_at, window_ms) VALUES ($1, $2, 600000)",
        ))
        .bind(bucket)
        .bind(drained_at)
        .execute(pool)
        .await
        .unwrap();
    }
    // Emails: sent 8 days ago, sent yesterday, given up 8 days ago, and one
    // queued long ago that is still waiting for its server.
    for (recipient, sent, dead) in [
        ("sent-long-ago@example.com", Some(now - 8 * day), None),
        ("sent-yesterday@example.com", Some(now - day), None),
        ("given-up@example.com", None, Some(now - 8 * day)),
        ("waiting@example.com", None, None),
    ] {
        sqlx::query(&sql(
            pool,
            "INSERT INTO outbox (recipient, subject, html_body, text_body, created_at, next_attempt_at, \
             sent_at, dead_at) VALUES ($1, 's', '', '', $2, $3, $4, $5)",
        ))
        .bind(recipient)
        .bind(now - 30 * day)
        .bind(now - 30 * day)
        .bind(sent)
        .bind(dead)
        .execute(pool)
        .await
        .unwrap();
    }

    let purged = cli.ok(&["purge"], "");

    assert!(purged.contains("3 ended session(s)"), "{purged}");
    let sessions: Vec<String> =
        sqlx::query_scalar("SELECT id_hash FROM sessions ORDER BY id_hash").fetch_all(pool).await.unwrap();
    assert_eq!(sessions, ["in-use", "remembered-in-use"]);
    let links: Vec<String> =
        sqlx::query_scalar("SELECT token_hash FROM email_tokens ORDER BY id").fetch_all(pool).await.unwrap();
    assert_eq!(links, ["dead-yesterday", "live"]);
    let buckets: Vec<String> =
        sqlx::query_scalar("SELECT bucket FROM rate_limits").fetch_all(pool).await.unwrap();
    assert_eq!(buckets, ["counting"]);
    let emails: Vec<String> =
        sqlx::query_scalar("SELECT recipient FROM outbox ORDER BY id").fetch_all(pool).await.unwrap();
    assert_eq!(emails, ["sent-yesterday@example.com", "waiting@example.com"]);

    let again = cli.ok(&["purge"], "");
    assert!(again.contains("0 ended session(s)"), "a second pass finds nothing more: {again}");
}

#[tokio::test]
async fn deleting_an_account_deletes_the_mail_queued_for_it() {
    let cli = Cli::new().await;
    // No SMTP server answers: the confirmation email stays queued. The port
    // stays bound (and never accepted on) for the whole test: a port freed
    // at once could be given to another test's SMTP server, which would
    // take the email.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let down = format!("smtp://127.0.0.1:{}", silent.local_addr().unwrap().port());
    let app =
        crate::helpers::spawn_app_with(&[("DATABASE_URL", &cli.database_url()), ("SMTP_URL", &down)]).await;
    app.register("ada", "ada@example.com", PASSWORD.trim_end()).await;
    app.register("bob", "bob@example.com", PASSWORD.trim_end()).await;
    let queued = |pool: sqlx::AnyPool| async move {
        sqlx::query_scalar::<_, String>("SELECT recipient FROM outbox WHERE sent_at IS NULL ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap()
    };
    assert_eq!(queued(app.db.pool().clone()).await, ["ada@example.com", "bob@example.com"]);

    cli.ok(&["delete-user", "ada"], "");

    assert_eq!(
        queued(app.db.pool().clone()).await,
        ["bob@example.com"],
        "ada's link is gone with her account"
    );
}
