use std::process::ExitCode;

/// A page render makes a few hundred small allocations that live for one
/// request; mimalloc serves them from per-thread pages where glibc's
/// malloc spent a fifth of the server's time (BENCHMARKS.md, issue 16).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    accounts::cli::run().await
}
