//! The application shell: pages, islands, static assets, error pages.

use crate::helpers::{require_built_site, spawn_app};

#[tokio::test]
async fn landing_page_renders_with_its_island_and_loader() {
    let app = spawn_app().await;

    let response = app.get("/").await;

    assert_eq!(response.status(), 200);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    let html = response.text().await.unwrap();
    assert!(html.contains("<title>Welcome · Accounts</title>"), "{html}");
    assert!(html.contains("Your account, done right."));
    // The email field sits in an island the browser hydrates...
    assert!(html.contains("<leptos-island data-component=\"LiveFields"), "{html}");
    assert!(html.contains(r#"data-check="email""#), "{html}");
    // ...and works without it: a plain form with a labelled input.
    let form = html.split("<form").nth(1).and_then(|f| f.split('>').next()).expect("a form");
    assert!(form.contains(r#"method="get""#) && form.contains(r#"action="/register""#), "{form}");
    assert!(html.contains(r#"<label for="email">Email address</label>"#));
    assert!(html.contains(r#"href="/pkg/accounts.js""#));
    assert!(html.contains(r#"href="/pkg/accounts.wasm""#));
    assert!(html.contains("/pkg/accounts.css"));
}

#[tokio::test]
async fn unknown_page_is_a_styled_404() {
    let app = spawn_app().await;

    let response = app.get("/no/such/page").await;

    assert_eq!(response.status(), 404);
    let html = response.text().await.unwrap();
    assert!(html.contains("Page not found"));
    assert!(html.contains("/pkg/accounts.css"), "the 404 page uses the site's stylesheet");
}

#[tokio::test]
async fn static_assets_are_served_precompressed() {
    let pkg = require_built_site();
    let app = spawn_app().await;

    for (file, encoding) in [("accounts.wasm", "br"), ("accounts.js", "br"), ("accounts.css", "gzip")] {
        let response = app
            .client
            .get(app.url(&format!("/pkg/{file}")))
            .header("accept-encoding", encoding)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{file}");
        assert_eq!(response.headers()["content-encoding"], encoding, "{file}");
        let compressed = response.bytes().await.unwrap().len() as u64;
        let raw = std::fs::metadata(pkg.join(file)).unwrap().len();
        assert!(compressed < raw, "{file}: {compressed} bytes compressed vs {raw} raw");
    }
}

#[tokio::test]
async fn pages_are_compressed_when_the_browser_accepts_it() {
    let app = spawn_app().await;

    let response = app.client.get(app.url("/")).header("accept-encoding", "gzip").send().await.unwrap();

    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-encoding"], "gzip");
}

#[tokio::test]
async fn assets_are_revalidated_by_etag_and_served_in_the_encoding_asked_for() {
    let pkg = require_built_site();
    let app = spawn_app().await;
    let url = app.url("/pkg/accounts.css");

    let plain = app.client.get(&url).send().await.unwrap();
    assert_eq!(plain.status(), 200);
    assert_eq!(plain.headers()["content-type"], "text/css");
    assert!(plain.headers().get("content-encoding").is_none());
    let etag = plain.headers()["etag"].to_str().unwrap().to_owned();
    assert_eq!(
        plain.bytes().await.unwrap(),
        std::fs::read(pkg.join("accounts.css")).unwrap(),
        "the file as built"
    );

    let refused_br = app.client.get(&url).header("accept-encoding", "br;q=0, gzip").send().await.unwrap();
    assert_eq!(refused_br.headers()["content-encoding"], "gzip");
    assert_eq!(refused_br.headers()["vary"], "accept-encoding");

    let again = app.client.get(&url).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(again.status(), 304);
    assert!(again.bytes().await.unwrap().is_empty());

    assert_eq!(app.get("/pkg/nothing.css").await.status(), 404);
    assert_eq!(app.get("/pkg/../Cargo.toml").await.status(), 404);
}
