//! Several application instances on one database, as behind a load balancer:
//! any instance serves any request, and the outbox workers of all of them
//! together send every email exactly once.

use std::{collections::HashMap, time::Duration};

use crate::{
    helpers::{
        BASE_URL, TestApp, client, confirmation_link, delivered, spawn_app_with, test_database_url, token_in,
    },
    smtp::SmtpServer,
};

const PASSWORD: &str = "correct horse battery staple";

async fn two_instances(database: &str, smtp: &SmtpServer) -> (TestApp, TestApp) {
    let smtp_url = smtp.url();
    // Every request comes from 127.0.0.1: lift the per-address limit.
    let overrides =
        [("DATABASE_URL", database), ("SMTP_URL", smtp_url.as_str()), ("RATE_LIMIT_PER_ADDRESS", "100000")];
    (spawn_app_with(&overrides).await, spawn_app_with(&overrides).await)
}

#[tokio::test]
async fn register_on_one_instance_confirm_and_sign_in_on_the_other() {
    let dir = tempfile::tempdir().unwrap();
    let database = test_database_url(dir.path()).await;
    let smtp = SmtpServer::start().await;
    let (a, b) = two_instances(&database, &smtp).await;

    assert_eq!(a.register("ada", "ada@example.com", PASSWORD).await.status(), 200);
    let token = token_in(&confirmation_link(&smtp.wait_for(1, Duration::from_secs(10)).await[0]));
    let confirmed = b.post_form("/confirm", &[("token", &token)]).await;
    assert!(confirmed.text().await.unwrap().contains("Address confirmed"));

    // One browser: cookies are per host, so it presents the same session to both.
    let browser = client();
    let form = [("login", "ada"), ("password", PASSWORD)];
    let signed_in =
        browser.post(b.url("/login")).header("origin", BASE_URL).form(&form).send().await.unwrap();
    assert_eq!(signed_in.headers()["location"], "/home");
    for instance in [&a, &b] {
        let home = browser.get(instance.url("/home")).send().await.unwrap();
        assert_eq!(home.status(), 200, "the session is valid on {}", instance.address);
    }
}

#[tokio::test]
async fn a_burst_of_registrations_across_instances_sends_each_email_once() {
    const ACCOUNTS: usize = 200;
    let dir = tempfile::tempdir().unwrap();
    let database = test_database_url(dir.path()).await;
    let smtp = SmtpServer::start().await;
    let (a, b) = two_instances(&database, &smtp).await;

    let mut requests = tokio::task::JoinSet::new();
    for n in 0..ACCOUNTS {
        let url = if n % 2 == 0 { a.url("/register") } else { b.url("/register") };
        requests.spawn(async move {
            let (username, email) = (format!("user{n}"), format!("user{n}@example.com"));
            let form = [
                ("username", username.as_str()),
                ("email", &email),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ];
            client().post(url).header("origin", BASE_URL).form(&form).send().await.unwrap().status()
        });
    }
    while let Some(status) = requests.join_next().await {
        assert_eq!(status.unwrap(), 200);
    }

    smtp.wait_for(ACCOUNTS, Duration::from_secs(60)).await;
    let mail = delivered(&a.db, &smtp).await;
    assert_eq!(mail.len(), ACCOUNTS, "exactly one email per registration");
    let mut per_recipient: HashMap<String, usize> = HashMap::new();
    for message in &mail {
        *per_recipient.entry(message.to.join(",")).or_default() += 1;
    }
    assert_eq!(per_recipient.len(), ACCOUNTS);
    assert!(per_recipient.values().all(|&n| n == 1));
}
