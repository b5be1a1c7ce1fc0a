//! Headers on every response, the same-origin rule for POSTs, body limits.

use crate::helpers::{BASE_URL, spawn_app, spawn_app_with};

const PASSWORD: &str = "correct horse battery staple";

#[tokio::test]
async fn pages_carry_security_headers_and_a_nonced_csp() {
    let app = spawn_app().await;

    let response = app.get("/").await;

    let headers = response.headers().clone();
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["x-frame-options"], "DENY");
    assert_eq!(headers["referrer-policy"], "strict-origin-when-cross-origin");
    assert!(!headers.contains_key("strict-transport-security"), "no HSTS over plain http");
    let request_id = headers["x-request-id"].to_str().unwrap();
    assert_eq!(request_id.len(), 36, "a UUID request id: {request_id}");

    let csp = headers["content-security-policy"].to_str().unwrap().to_owned();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(csp.contains("'wasm-unsafe-eval'"), "{csp}");
    assert!(!csp.contains("unsafe-inline") && !csp.contains("http"), "no inline or third-party code: {csp}");
    // The one inline script (the island loader) carries the nonce the policy names.
    let nonce = csp.split("'nonce-").nth(1).and_then(|s| s.split('\'').next()).expect("a nonce");
    let html = response.text().await.unwrap();
    assert!(html.contains(&format!("nonce=\"{nonce}\"")), "the loader script has the nonce");

    let second = app.get("/").await;
    let second_csp = second.headers()["content-security-policy"].to_str().unwrap();
    assert!(!second_csp.contains(nonce), "a fresh nonce per page");
}

#[tokio::test]
async fn responses_other_than_pages_carry_headers_too() {
    let app = spawn_app().await;

    for path in ["/healthz", "/no/such/file.js"] {
        let response = app.get(path).await;
        assert_eq!(response.headers()["x-content-type-options"], "nosniff", "{path}");
        let csp = response.headers()["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
    }
}

#[tokio::test]
async fn https_base_url_turns_on_hsts() {
    let app = spawn_app_with(&[("BASE_URL", "https://accounts.test")]).await;

    let response = app.get("/").await;

    let hsts = response.headers()["strict-transport-security"].to_str().unwrap();
    assert!(hsts.starts_with("max-age="), "{hsts}");
}

#[tokio::test]
async fn cross_site_posts_are_refused_with_a_clear_page() {
    let app = spawn_app().await;

    let attempts = [
        vec![("origin", "https://evil.example")],
        vec![("origin", "null")],
        vec![("sec-fetch-site", "cross-site"), ("origin", "https://evil.example")],
        vec![("sec-fetch-site", "same-site"), ("origin", BASE_URL)],
    ];
    for headers in attempts {
        for path in ["/", "/api/any_server_function"] {
            let mut request = app.client.post(app.url(path)).form(&[("a", "b")]);
            for (name, value) in &headers {
                request = request.header(*name, *value);
            }
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 403, "{path} with {headers:?}");
            let html = response.text().await.unwrap();
            assert!(html.contains("Request refused"), "{html}");
            assert!(html.contains("sent from another site"));
        }
    }
}

#[tokio::test]
async fn same_origin_posts_pass_the_check() {
    let app = spawn_app().await;

    // Both the form route and its server function, with each way a browser
    // marks a same-origin post (the reset page's no-referrer makes it
    // `Origin: null` with `Sec-Fetch-Site: same-origin`).
    for headers in [vec![("origin", BASE_URL)], vec![("sec-fetch-site", "same-origin"), ("origin", "null")]] {
        for path in ["/forgot", "/api/forgot"] {
            let mut request = app.client.post(app.url(path)).form(&[("email", "ada@example.com")]);
            for (name, value) in &headers {
                request = request.header(*name, *value);
            }
            let response = request.header("accept", "application/json").send().await.unwrap();
            // Accepted: on to the page that takes the emailed code.
            let (status, location) = (response.status(), response.headers().get("location").cloned());
            let body = response.text().await.unwrap();
            if path == "/forgot" {
                assert_eq!(
                    (status.as_u16(), location.unwrap().to_str().unwrap()),
                    (303, "/forgot/code"),
                    "{path} with {headers:?}"
                );
            } else {
                assert_eq!(status, 200, "{path} with {headers:?}");
                assert_eq!(body, r#"{"Go":"/forgot/code"}"#, "{path} with {headers:?}");
            }
        }
    }
}

#[tokio::test]
async fn a_ten_megabyte_body_is_refused_with_413() {
    let app = spawn_app().await;

    let response = oversized_post(&app, 10 * 1024 * 1024).await;

    // The server answers before reading the body and then drops the
    // connection, so only the status is certain to arrive whole.
    assert_eq!(response.status(), 413);
}

#[tokio::test]
async fn an_oversized_form_gets_a_page_that_says_so() {
    let app = spawn_app().await;

    let response = oversized_post(&app, 100 * 1024).await;

    assert_eq!(response.status(), 413);
    let html = response.text().await.unwrap();
    assert!(html.contains("Too much data"), "{html}");
}

async fn oversized_post(app: &crate::helpers::TestApp, bytes: usize) -> reqwest::Response {
    app.client
        .post(app.url("/"))
        .header("origin", BASE_URL)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(vec![b'a'; bytes])
        .send()
        .await
        .expect("the server answers")
}

#[tokio::test]
async fn a_cross_site_referer_without_origin_is_refused() {
    let app = spawn_app().await;

    let response = app
        .client
        .post(app.url("/forgot"))
        .header("referer", "https://evil.example/page")
        .form(&[("email", "ada@example.com")])
        .send()
        .await
        .unwrap();

    assert_eq!(response.status(), 403);
    assert!(response.text().await.unwrap().contains("Request refused"));
}

#[tokio::test]
async fn a_session_cookie_without_a_browsers_headers_is_refused() {
    let app = spawn_app().await;
    app.confirmed_account("ada", "ada@example.com", PASSWORD).await;
    app.sign_in("ada", PASSWORD).await;

    // Neither Origin nor Sec-Fetch-Site: not a browser on this site.
    let response = app.client.post(app.url("/logout")).send().await.unwrap();

    assert_eq!(response.status(), 403);
    assert_eq!(app.get("/home").await.status(), 200, "still signed in");
}
