//! The logs: every line an action writes is in a span that names the action
//! and the account, so one sign-in can be followed, and no line holds an
//! address or a password. Run as the real binary, whose output is the log.

use std::{
    io::{BufRead, BufReader, Write},
    process::{Child, Command, Stdio},
    sync::mpsc,
    time::{Duration, Instant},
};

use serde_json::Value;

use crate::helpers::{BASE_URL, client, manifest_dir};

const PASSWORD: &str = "correct horse battery staple";

/// The server binary, its JSON log lines arriving on a channel.
struct Server {
    child: Child,
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
}

impl Server {
    fn start(database_url: &str) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_accounts"))
            .arg("serve")
            .current_dir(manifest_dir())
            .env("DATABASE_URL", database_url)
            .env("BASE_URL", BASE_URL)
            .env("LISTEN_ADDR", "127.0.0.1:0")
            .env("LOG_FORMAT", "json")
            .env("RUST_LOG", "info")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (send, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Self { child, lines, seen: Vec::new() }
    }

    /// Reads log lines until one satisfies `wanted`, which it returns.
    fn wait_for(&mut self, what: &str, wanted: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + Duration::from_secs(20);
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            let Ok(line) = self.lines.recv_timeout(left) else { break };
            self.seen.push(line.clone());
            if let Ok(value) = serde_json::from_str::<Value>(&line)
                && wanted(&value)
            {
                return value;
            }
        }
        panic!("no log line {what}; the log was:\n{}", self.seen.join("\n"));
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn message(line: &Value) -> &str {
    line["fields"]["message"].as_str().unwrap_or_default()
}

#[tokio::test]
async fn one_sign_in_can_be_followed_through_the_log_and_it_holds_no_secret() {
    let dir = tempfile::tempdir().unwrap();
    let database_url = crate::helpers::test_database_url(dir.path()).await;
    let mut create = Command::new(env!("CARGO_BIN_EXE_accounts"))
        .args(["create-user", "--username", "ada", "--email", "ada@example.com", "--confirmed"])
        .current_dir(manifest_dir())
        .env("DATABASE_URL", &database_url)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    create.stdin.take().unwrap().write_all(format!("{PASSWORD}\n").as_bytes()).unwrap();
    assert!(create.wait().unwrap().success());
    let db = accounts::infra::db::Database::connect(&database_url).await.unwrap();
    let user = accounts::infra::db::users::find_by_login(db.pool(), "ada").await.unwrap().unwrap();

    let mut server = Server::start(&database_url);
    let listening = server.wait_for("saying where it listens", |line| message(line) == "listening");
    let address = listening["fields"]["address"].as_str().unwrap().to_owned();

    let browser = client();
    let wrong = browser
        .post(format!("http://{address}/api/login"))
        .header("origin", BASE_URL)
        .header("accept", "application/json")
        .form(&[("login", "ada@example.com"), ("password", "not the password at all")])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 200);
    let refused = server.wait_for("for the refused sign-in", |line| {
        line["span"]["action"] == "sign_in" && message(line) == "answered"
    });
    // A wrong password names no account: the log must not tell who was tried.
    assert!(refused["span"].get("account").is_none(), "{refused}");

    let right = browser
        .post(format!("http://{address}/api/login"))
        .header("origin", BASE_URL)
        .header("accept", "application/json")
        .form(&[("login", "ada@example.com"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(right.status(), 200);
    let answered = server.wait_for("for the sign-in", |line| {
        line["span"]["action"] == "sign_in"
            && message(line) == "answered"
            && line["span"].get("account").is_some()
    });
    assert_eq!(answered["span"]["account"], user.id, "{answered}");
    // The action's span sits inside the request's, which carries its id.
    let spans = answered["spans"].as_array().unwrap();
    let request = spans.iter().find(|span| span["name"] == "request").expect("the request's span");
    assert_eq!(request["path"], "/api/login");
    assert!(request["id"].as_str().is_some_and(|id| !id.is_empty()), "{request}");

    let log = server.seen.join("\n");
    for secret in [PASSWORD, "not the password at all", "ada@example.com"] {
        assert!(!log.contains(secret), "the log holds {secret:?}:\n{log}");
    }
}
