//! The command line of the server binary: serve, or run an admin command
//! against the same database with the same rules as the web forms.

use std::{
    io::{BufRead, IsTerminal},
    process::ExitCode,
};

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};
use secrecy::{ExposeSecret, SecretString};

use crate::{
    domain::{
        Email, Language, Username,
        i18n::{Message, say},
        password,
    },
    infra::{
        clock,
        config::Settings,
        crypto::password::PasswordHasher,
        db::{self, Database, users},
        email::{outbox::enqueue, templates::Email as Notice},
        telemetry,
    },
    services::{housekeeping, strength, two_step},
    web::startup::Application,
};

#[derive(Parser)]
#[command(name = "accounts", version, about = "Accounts: registration, sign-in and email confirmation")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (the default).
    Serve,
    /// Apply database migrations and exit.
    Migrate,
    /// Create an account; the password is asked for at a terminal (not
    /// shown as it is typed), or read as one line from a pipe.
    CreateUser {
        #[arg(long)]
        username: String,
        #[arg(long)]
        email: String,
        /// Mark the address confirmed (e.g. for an administrator).
        #[arg(long)]
        confirmed: bool,
        /// The language of the account's pages and emails (en, de, fr, es, ar).
        #[arg(long, default_value = "en")]
        language: String,
    },
    /// Mark an account's email address confirmed.
    ConfirmUser {
        /// Username or email address.
        account: String,
    },
    /// List every account.
    ListUsers,
    /// Turn off two-step sign-in for an account whose owner lost both the
    /// authenticator app and the recovery codes (after checking who asks).
    #[command(name = "reset-2fa")]
    Reset2fa {
        /// Username or email address.
        account: String,
    },
    /// Delete an account with its sessions, links and the email queued for it.
    DeleteUser {
        /// Username or email address.
        account: String,
    },
    /// Measure argon2 verifications per second on this machine, through the
    /// same bounded hasher sign-in uses (for capacity planning).
    HashRate {
        #[arg(long, default_value_t = 5)]
        seconds: u64,
    },
    /// Delete now what the housekeeping of every instance deletes on its
    /// timer: unconfirmed accounts past their days, ended sessions, drained
    /// rate limits, old emails and links.
    Purge,
    /// Delete accounts that never confirmed their address.
    PurgeUnconfirmed {
        /// Only accounts created more than this many days ago.
        #[arg(long)]
        older_than_days: u32,
    },
}

pub async fn run() -> ExitCode {
    telemetry::init();
    let cli = Cli::parse();
    match execute(cli.command.unwrap_or(Command::Serve)).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // `{:#}` prints the cause chain on one line, which is what an
            // operator needs; secrets never reach error messages.
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn execute(command: Command) -> anyhow::Result<()> {
    let settings = Settings::load()?;
    match command {
        Command::Serve => return Application::build(settings).await?.run_until_stopped().await,
        Command::HashRate { seconds } => return hash_rate(settings.password_hashes_in_flight, seconds).await,
        _ => {}
    }
    let db = Database::connect(settings.database_url.expose_secret()).await?;
    db.migrate().await?;
    let pool = db.pool();
    match command {
        Command::Serve | Command::HashRate { .. } => unreachable!("handled above"),
        Command::Migrate => println!("migrations applied"),
        Command::CreateUser { username, email, confirmed, language } => {
            let language = Language::from_code(&language).context("language: not one this site speaks")?;
            let username = Username::parse(&username).map_err(|e| refused("username", &e))?;
            let email = Email::parse(&email).map_err(|e| refused("email", &e))?;
            let password = read_password()?;
            let related = [username.to_string(), email.to_string()];
            if let Some(refusal) =
                strength::estimate(password.expose_secret(), &related).refusal(Language::ENGLISH)
            {
                bail!("password: {refusal}");
            }
            let hash = PasswordHasher::new(1)?.hash(&password).await?;
            let now = clock::now();
            let new_user = users::NewUser {
                username: &username,
                email: &email,
                password_hash: &hash,
                confirmed_at: confirmed.then_some(now),
                language,
            };
            let id = users::insert(pool, new_user, now).await.map_err(|e| {
                if db::is_unique_violation(&e) {
                    anyhow::anyhow!("that username or email is taken")
                } else {
                    e.into()
                }
            })?;
            println!("created user {id} ({username}){}", if confirmed { ", confirmed" } else { "" });
        }
        Command::ConfirmUser { account } => {
            let user = find(&db, &account).await?;
            if users::confirm_email(pool, user.id, &user.email, clock::now()).await? {
                println!("confirmed {} <{}>", user.username, user.email);
            } else {
                println!("{} was already confirmed", user.username);
            }
        }
        Command::ListUsers => {
            println!("{:>6}  {:<32}  {:<40}  {:<9}  created", "id", "username", "email", "confirmed");
            for user in users::list(pool).await? {
                let confirmed = if user.is_confirmed() { "yes" } else { "no" };
                println!(
                    "{:>6}  {:<32}  {:<40}  {:<9}  {}",
                    user.id, user.username, user.email, confirmed, user.created_at
                );
            }
        }
        Command::Reset2fa { account } => {
            let user = find(&db, &account).await?;
            let mut tx = db.begin_write().await?;
            let removed = two_step::remove(&mut tx, user.id).await?;
            if removed {
                // Mailed as when the owner turns it off; a running server sends it.
                let forgot_link = settings.base_url.join("/forgot");
                let notice = Notice::SecondFactorOff { username: &user.username, forgot_link: &forgot_link };
                enqueue(&mut tx, user.id, &user.email, &notice).await?;
            }
            tx.commit().await?;
            if removed {
                // The audit trail: who lost the second factor, and how.
                tracing::warn!(
                    target: "audit",
                    user_id = user.id,
                    username = %user.username,
                    "two-step sign-in turned off from the command line (reset-2fa)"
                );
                println!("two-step sign-in turned off for {} <{}>", user.username, user.email);
            } else {
                println!("{} had no two-step sign-in", user.username);
            }
        }
        Command::DeleteUser { account } => {
            let user = find(&db, &account).await?;
            users::delete(pool, user.id).await?;
            println!("deleted {} <{}>", user.username, user.email);
        }
        Command::Purge => {
            let purged = housekeeping::purge(&db, &settings).await?;
            println!("purged {purged}");
        }
        Command::PurgeUnconfirmed { older_than_days } => {
            let cutoff = clock::now() - i64::from(older_than_days) * 86400;
            let purged = users::purge_unconfirmed(pool, cutoff).await?;
            println!("purged {purged} unconfirmed account(s)");
        }
    }
    Ok(())
}

/// Verifies one password as fast as `in_flight` workers can, for `seconds`.
async fn hash_rate(in_flight: usize, seconds: u64) -> anyhow::Result<()> {
    let hasher = PasswordHasher::new(in_flight)?;
    let password = SecretString::from("correct horse battery staple".to_owned());
    let hash = hasher.hash(&password).await?;
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(seconds);
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..in_flight {
        let (hasher, password, hash) = (hasher.clone(), password.clone(), hash.clone());
        workers.spawn(async move {
            let mut done = 0u64;
            while tokio::time::Instant::now() < deadline {
                hasher.verify(&password, Some(&hash)).await?;
                done += 1;
            }
            anyhow::Ok(done)
        });
    }
    let mut total = 0;
    while let Some(done) = workers.join_next().await {
        total += done??;
    }
    #[allow(clippy::cast_precision_loss)]
    let rate = total as f64 / seconds as f64;
    println!("{rate:.1} argon2 verifications/s with {in_flight} in flight");
    Ok(())
}

async fn find(db: &Database, account: &str) -> anyhow::Result<users::User> {
    users::find_by_login(db.pool(), account).await?.with_context(|| format!("no account {account:?}"))
}

/// The new account's password, held to the same rules as the web form:
/// typed twice at a terminal, with echo off so it never shows on the
/// screen or in a recording of the session; or one line from a pipe.
fn read_password() -> anyhow::Result<SecretString> {
    let password = if std::io::stdin().is_terminal() {
        let typed = rpassword::prompt_password("Password: ").context("cannot read the password")?;
        let again = rpassword::prompt_password("Password (again): ").context("cannot read the password")?;
        if typed != again {
            bail!("the two passwords are not the same");
        }
        typed
    } else {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .context("cannot read the password from standard input")?;
        line.trim_end_matches(['\r', '\n']).to_owned()
    };
    password::check_length(&password).map_err(|e| refused("password", &e))?;
    Ok(SecretString::from(password))
}

/// A value the command line refused, in English: it speaks to the operator.
fn refused(what: &str, refusal: &impl Message) -> anyhow::Error {
    anyhow::anyhow!("{what}: {}", say(Language::ENGLISH, refusal))
}
