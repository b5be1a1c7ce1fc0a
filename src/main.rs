use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    accounts::server::cli::run().await
}
