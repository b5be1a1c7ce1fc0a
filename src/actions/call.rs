//! What server functions share on the server side: the request they run
//! for, and how a failure inside one reaches the caller (as a message that
//! says nothing about it, with the cause in the log).
//!
//! leptos_axum gives a server function its context, on its own URL and
//! when `web::forms::no_js` runs it for a plain form post.

use std::future::Future;

use http::{HeaderName, HeaderValue, StatusCode, header, request::Parts};
use leptos::prelude::{ServerFnError, use_context};
use leptos_axum::ResponseOptions;
use tracing::Instrument;

use crate::{
    domain::{
        Language,
        i18n::{self, Arg, Message},
        viewer::Viewer,
    },
    infra::{crypto::password::Busy, state::AppState},
    services::limits::ClientAddress,
};

/// The request a server function is running for.
pub struct Call {
    pub state: AppState,
    pub parts: Parts,
}

impl Call {
    pub fn current() -> Result<Self, ServerFnError> {
        let state = use_context::<AppState>().ok_or_else(|| unexpected("no application state in context"))?;
        let parts = use_context::<Parts>().ok_or_else(|| unexpected("no request in context"))?;
        Ok(Self { state, parts })
    }

    /// The client's address as rate limits count it.
    pub fn client(&self) -> Result<String, ServerFnError> {
        let client =
            self.parts.extensions.get::<ClientAddress>().ok_or_else(|| unexpected("no client address"))?;
        Ok(client.limit_key())
    }

    /// The language the call is answered in (`web::http::request_context`).
    pub fn language(&self) -> Language {
        self.parts.extensions.get::<Language>().copied().unwrap_or_default()
    }

    /// The message `key` in the call's language.
    pub fn t(&self, key: &str) -> String {
        i18n::text(self.language(), key)
    }

    /// The message `key` with its arguments, in the call's language.
    pub fn t_with(&self, key: &str, args: &[(&'static str, Arg<'_>)]) -> String {
        i18n::text_with(self.language(), key, args)
    }

    /// A domain message (a refusal, a rule) in the call's language.
    pub fn say(&self, message: &(impl Message + ?Sized)) -> String {
        i18n::say(self.language(), message)
    }

    pub fn viewer(&self) -> Option<Viewer> {
        self.parts.extensions.get::<Viewer>().cloned()
    }

    /// The signed-in account of the call. The guard has already refused
    /// calls without one; this only fails if a function is registered
    /// outside its protected prefix by mistake.
    pub fn signed_in(&self) -> Result<Viewer, ServerFnError> {
        self.viewer().ok_or_else(|| ServerFnError::ServerError(self.t("error-sign-in-again")))
    }

    pub fn user_agent(&self) -> &str {
        self.parts.headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("unknown browser")
    }

    /// Adds a Set-Cookie header to the answer, on either path.
    pub fn set_cookie(&self, cookie: HeaderValue) {
        if let Some(response) = use_context::<ResponseOptions>() {
            response.append_header(header::SET_COOKIE, cookie);
        }
    }

    /// Sets a header of the answer, on either path.
    pub fn set_header(&self, name: HeaderName, value: HeaderValue) {
        if let Some(response) = use_context::<ResponseOptions>() {
            response.insert_header(name, value);
        }
    }
}

/// Runs a server function's work in a span named for its action, with the
/// id of the account it acts for (the signed-in one, or the one a sign-in
/// finds: [`record_account`]), so that one action's log lines can be
/// followed. Never an address, a password, a token or a code: the fields
/// are the action's name and a number. A failure is logged with its cause
/// chain and answered with a message that says nothing about it; a full
/// queue of password checks is answered 503 with `Retry-After`.
pub async fn run<T>(
    action: &'static str,
    work: impl Future<Output = anyhow::Result<T>>,
) -> Result<T, ServerFnError> {
    let span = tracing::info_span!("action", action, account = tracing::field::Empty);
    if let Some(viewer) = use_context::<Parts>().and_then(|parts| parts.extensions.get::<Viewer>().cloned()) {
        span.record("account", viewer.user_id);
    }
    let response = use_context::<ResponseOptions>();
    async move {
        let answer = work.await.map_err(|error| {
            if error.downcast_ref::<Busy>().is_none() {
                return unexpected(format!("{error:#}"));
            }
            tracing::warn!("{error}: answered 503");
            if let Some(response) = &response {
                response.set_status(StatusCode::SERVICE_UNAVAILABLE);
                response.insert_header(header::RETRY_AFTER, HeaderValue::from_static("2"));
            }
            ServerFnError::ServerError(i18n::text(language_of_call(), "error-call-busy"))
        });
        if answer.is_ok() {
            tracing::info!("answered");
        }
        answer
    }
    .instrument(span)
    .await
}

/// Names the account the current action turned out to act for, once it
/// knows (a sign-in, after the password or the code was right).
pub fn record_account(user_id: i64) {
    tracing::Span::current().record("account", user_id);
}

/// Logs an internal failure and gives the caller a message that says
/// nothing about it.
pub fn unexpected(error: impl std::fmt::Display) -> ServerFnError {
    tracing::error!(%error, "server function failed");
    ServerFnError::ServerError(i18n::text(language_of_call(), "error-call-failed"))
}

/// The language of the request in context, where no [`Call`] is at hand.
fn language_of_call() -> Language {
    use_context::<Parts>().and_then(|parts| parts.extensions.get::<Language>().copied()).unwrap_or_default()
}

/// Counts a live check against its address's limit; false when over it.
pub async fn within_check_limit(call: &Call) -> Result<bool, ServerFnError> {
    let client = call.client()?;
    call.state.settings.limits.checks().allow(&call.state, &client).await.map_err(unexpected)
}
