//! Builds the application from settings. `main` and the tests both use it;
//! tests bind port 0 and start as many applications as they like.

use std::{future::Future, net::SocketAddr, sync::Arc};

use anyhow::Context;
use axum::{
    Router, middleware,
    routing::get,
    serve::{Listener, ListenerExt},
};
use http::{HeaderName, Request};
use leptos::{config::LeptosOptions, prelude::provide_context};
use leptos_axum::{LeptosRoutes, file_and_error_handler, generate_route_list_with_exclusions};
use secrecy::ExposeSecret;
use tokio::{net::TcpListener, sync::watch};
use tower::ServiceBuilder;
use tower_http::{
    catch_panic::CatchPanicLayer,
    compression::CompressionLayer,
    limit::RequestBodyLimitLayer,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    trace::{DefaultOnFailure, TraceLayer},
};

use super::{
    app::{App, shell},
    http::{
        assets::{self, Assets},
        error_pages, guard, health, request_context, same_origin, security_headers,
    },
    routes,
};
use crate::{
    infra::{
        config::{Environment, Settings},
        crypto::{password::PasswordHasher, tokens::TokenKey},
        db::Database,
        email::{outbox::Outbox, templates, transport::Transport},
        state::{AppState, Shared},
        wake::Wake,
    },
    services::{housekeeping, passkeys, reset, two_step},
};

/// The name cargo-leptos gives the JS and WASM files (Cargo.toml's output-name).
/// Set by cargo-leptos, and by .cargo/config.toml for plain cargo builds.
const OUTPUT_NAME: &str = env!("LEPTOS_OUTPUT_NAME");

pub struct Application {
    listener: TcpListener,
    router: Router,
    state: AppState,
    transport: Transport,
}

impl Application {
    /// Connects to the database, applies migrations and binds the listener.
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let db = Database::connect(settings.database_url.expose_secret()).await?;
        db.migrate().await?;
        let listener = TcpListener::bind(settings.listen_addr)
            .await
            .with_context(|| format!("cannot listen on {}", settings.listen_addr))?;
        let leptos_options = LeptosOptions::builder()
            .output_name(OUTPUT_NAME)
            .site_root(settings.site_root.as_str())
            .site_pkg_dir("pkg")
            .site_addr(listener.local_addr()?)
            .env(match settings.environment {
                Environment::Development => leptos::config::Env::DEV,
                Environment::Production => leptos::config::Env::PROD,
            })
            .build();
        let transport = Transport::from_settings(&settings)?;
        templates::check()?;
        let state = AppState::new(Shared {
            leptos_options,
            token_key: TokenKey::new(settings.secret_key.expose_secret()),
            totp_key: two_step::sealing_key(settings.secret_key.expose_secret()),
            passkeys: passkeys::relying_party(&settings),
            hasher: PasswordHasher::with_queue(
                settings.password_hashes_in_flight,
                settings.password_hash_queue,
            )?,
            outbox: Outbox::default(),
            reset_requests: Wake::default(),
            settings: Arc::new(settings),
            db,
        });
        let assets = Assets::load(&std::path::Path::new(&state.settings.site_root).join("pkg"))?;
        let router = router(state.clone(), assets);
        Ok(Self { listener, router, state, transport })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().expect("a bound listener has an address")
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until Ctrl-C or SIGTERM.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves and sends email until `stop` completes, then lets requests in
    /// flight and the email in hand finish for up to the grace period.
    pub async fn run_until(self, stop: impl Future<Output = ()> + Send + 'static) -> anyhow::Result<()> {
        let grace = self.state.settings.shutdown_grace;
        let (stopping_tx, mut stopping) = watch::channel(false);
        let worker = tokio::spawn(self.state.outbox.clone().run_worker(
            self.state.db.clone(),
            self.transport,
            self.state.settings.outbox.clone(),
            stopping.clone(),
        ));
        let reset_requests = tokio::spawn(reset::run(
            self.state.clone(),
            self.state.settings.outbox.poll_interval,
            stopping.clone(),
        ));
        let housekeeping = tokio::spawn(housekeeping::run(
            self.state.db.clone(),
            self.state.settings.clone(),
            stopping.clone(),
        ));
        // Streamed pages stall ~40 ms per request under Nagle + delayed ACK.
        let listener = self.listener.tap_io(|tcp| {
            if let Err(error) = tcp.set_nodelay(true) {
                tracing::warn!(%error, "cannot set TCP_NODELAY");
            }
        });
        tracing::info!(address = %listener.local_addr()?, "listening");
        let server = axum::serve(listener, self.router.into_make_service_with_connect_info::<SocketAddr>())
            .with_graceful_shutdown(async move {
                stop.await;
                tracing::info!("shutting down");
                let _ = stopping_tx.send(true);
            });
        let served = tokio::select! {
            result = server => result.context("server error"),
            () = async {
                let _ = stopping.wait_for(|stopping| *stopping).await;
                tokio::time::sleep(grace).await;
            } => {
                tracing::warn!(?grace, "requests still open after the grace period; closing them");
                Ok(())
            }
        };
        housekeeping.abort();
        // A request cut short is rolled back, and answered after the restart.
        reset_requests.abort();
        if tokio::time::timeout(grace, worker).await.is_err() {
            tracing::warn!("the outbox worker did not finish within the grace period");
        }
        served
    }
}

/// The built files under `/pkg/` are the assets route's own state: nothing
/// else reads them.
fn router(state: AppState, assets: Assets) -> Router {
    let excluded = routes::pages_with_handlers();
    let pages = generate_route_list_with_exclusions(App, Some(excluded));
    let request_id = HeaderName::from_static("x-request-id");
    let max_body = state.settings.max_body_bytes;
    // Outermost first: every request gets an id before it is logged, and
    // every response, error pages included, gets the security headers.
    let layers = ServiceBuilder::new()
        .layer(SetRequestIdLayer::new(request_id.clone(), MakeRequestUuid))
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
            let id = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or_default();
            tracing::info_span!("request", id, method = %request.method(), path = %request.uri().path())
        })
        // Failures are logged where they happen, with their cause; this
        // layer's own line for every 5xx would repeat them without one.
        .on_failure(DefaultOnFailure::new().level(tracing::Level::DEBUG)))
        .layer(PropagateRequestIdLayer::new(request_id))
        .layer(middleware::from_fn_with_state(state.clone(), security_headers::add_security_headers))
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn(error_pages::render_error_pages))
        .layer(CatchPanicLayer::custom(error_pages::panic_response))
        .layer(middleware::from_fn_with_state(state.clone(), same_origin::refuse_cross_site))
        .layer(middleware::from_fn_with_state(state.clone(), request_context::identify_client))
        .layer(middleware::from_fn_with_state(state.clone(), request_context::load_viewer))
        .layer(middleware::from_fn(request_context::choose_language))
        .layer(middleware::from_fn(guard::protect))
        // Innermost: it changes the body type the layers above would see.
        .layer(RequestBodyLimitLayer::new(max_body));

    Router::new()
        .route("/healthz", get(health::live))
        .route("/readyz", get(health::ready))
        .route("/pkg/{file}", get(assets::serve).with_state(Arc::new(assets)))
        .merge(routes::router(state.settings.dev_mailbox_enabled()))
        // The pages read what the site offers (passkeys) from the state.
        .leptos_routes_with_context(
            &state,
            pages,
            {
                let state = state.clone();
                move || provide_context(state.clone())
            },
            {
                let options = state.leptos_options.clone();
                move || shell(options.clone())
            },
        )
        .fallback(file_and_error_handler::<AppState, _>(shell))
        .layer(layers)
        .with_state(state)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
