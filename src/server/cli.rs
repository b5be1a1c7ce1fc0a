//! The command line of the server binary: serve, or run an admin command.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use super::{config::Settings, db::Database, startup::Application, telemetry};

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
}

pub async fn run() -> ExitCode {
    telemetry::init();
    let cli = Cli::parse();
    match execute(cli.command.unwrap_or(Command::Serve)).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // `{:#}` prints the cause chain on one line, which is what an
            // operator needs; secrets never reach error messages.
            tracing::error!("{error:#}");
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn execute(command: Command) -> anyhow::Result<()> {
    let settings = Settings::load()?;
    match command {
        Command::Serve => Application::build(settings).await?.run_until_stopped().await,
        Command::Migrate => {
            let db = Database::connect(settings.database_url.expose()).await?;
            db.migrate().await?;
            println!("migrations applied");
            Ok(())
        }
    }
}
