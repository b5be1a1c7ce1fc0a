//! Liveness, readiness, first start and shutdown.

use std::time::Duration;

use accounts::web::startup::Application;

use crate::helpers::{spawn_app, test_database_url, test_settings};

#[tokio::test]
async fn healthz_answers() {
    let app = spawn_app().await;

    let response = app.get("/healthz").await;

    assert_eq!(response.status(), 200);
    assert_eq!(response.text().await.unwrap(), "ok");
}

#[tokio::test]
async fn readyz_answers_when_the_schema_is_current_and_not_otherwise() {
    let app = spawn_app().await;

    let ready = app.get("/readyz").await;
    assert_eq!(ready.status(), 200);
    assert_eq!(ready.text().await.unwrap(), "ready");

    // An instance whose database lacks a migration must not take traffic.
    sqlx::query("DELETE FROM _sqlx_migrations").execute(app.db.pool()).await.unwrap();
    let not_ready = app.get("/readyz").await;
    assert_eq!(not_ready.status(), 503);
}

#[tokio::test]
async fn first_start_creates_the_sqlite_file_and_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("new/folder/accounts.db");
    let url = format!("sqlite://{}", file.display());
    let settings = test_settings(dir.path(), &[("DATABASE_URL", &url)]);

    let app = Application::build(settings).await.expect("starts on an empty folder");

    assert!(file.exists(), "{} was created", file.display());
    assert!(app.state().db.is_ready().await, "migrations were applied");
}

#[tokio::test]
async fn shutdown_finishes_the_request_in_flight_then_stops() {
    let dir = tempfile::tempdir().unwrap();
    let database = test_database_url(dir.path()).await;
    let app = Application::build(test_settings(dir.path(), &[("DATABASE_URL", &database)])).await.unwrap();
    let url = format!("http://{}/", app.local_addr());
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until(async move {
        let _ = stop_rx.await;
    }));
    let client = crate::helpers::client();
    assert_eq!(client.get(&url).send().await.unwrap().status(), 200);

    stop_tx.send(()).unwrap();

    let stopped = tokio::time::timeout(Duration::from_secs(5), server).await;
    assert!(matches!(stopped, Ok(Ok(Ok(())))), "the server stopped cleanly: {stopped:?}");
    assert!(client.get(&url).send().await.is_err(), "nothing listens any more");
}
