//! Plain form posts, without JavaScript, by the contract in `web::forms`:
//! one handler for every action, its routes read from leptos's registry.
//! It runs the server function as leptos_axum runs it on its own URL, then
//! renders the action's page from the typed answer, with what the page
//! loads for itself ([`PageView`]). Nothing here depends on the Referer:
//! the reset page sends none.

use std::{future::Future, pin::Pin};

use axum::{
    Router,
    body::Bytes,
    extract::{Request, State},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header, request::Parts};
use leptos::{
    prelude::{Owner, ServerFnError, provide_context},
    reactive::computed::ScopedFuture,
    server_fn::ServerFn,
};
use leptos_axum::ResponseOptions;
use serde::de::DeserializeOwned;

use super::{API, action_of};
use crate::{
    domain::answer::Answer,
    infra::state::AppState,
    web::{
        http::error_pages::{self, AppError},
        render,
    },
};

/// What a page shows besides the answer of the form posted to it: the
/// flow's own page an action answered with (`Answer::Page`), or what the
/// page loads for itself, as things are after the action.
pub trait PageView: DeserializeOwned + Clone + Send + Sync + 'static {
    /// What the page shows now; `None`: nothing to add.
    fn load(state: &AppState, parts: &Parts) -> impl Future<Output = anyhow::Result<Option<Self>>> + Send;

    /// The page's status when it shows this: a dead link's page says so.
    fn status(&self) -> StatusCode {
        StatusCode::OK
    }

    /// Where a visit goes when there is nothing to show.
    const ELSE_GO: Option<&'static str> = None;
}

/// A page that shows nothing but the answer.
#[derive(Clone, Copy, Debug, serde::Deserialize)]
pub enum Plain {}

impl PageView for Plain {
    async fn load(_: &AppState, _: &Parts) -> anyhow::Result<Option<Self>> {
        Ok(None)
    }
}

type Page = Pin<Box<dyn Future<Output = Response> + Send>>;

/// A page that forms post to.
pub struct FormPage {
    pub path: &'static str,
    answer: fn(AppState, Parts, &'static str, Bytes) -> Page,
    /// Its GET, when the page loads what it shows rather than leptos's
    /// route handler rendering it bare.
    show: Option<fn(AppState, Parts, &'static str) -> Page>,
}

impl FormPage {
    pub const fn new<V: PageView>(path: &'static str) -> Self {
        Self {
            path,
            answer: |state, parts, path, body| Box::pin(answer::<V>(state, parts, path, body)),
            show: None,
        }
    }

    /// Serves the page's GET too, from what it loads.
    pub const fn with_get<V: PageView>(path: &'static str) -> Self {
        Self {
            show: Some(|state, parts, path| Box::pin(show::<V>(state, parts, path))),
            ..Self::new::<V>(path)
        }
    }
}

/// The page an action at `path` (without `/api`) answers with, of
/// `pages`: `path` itself if it is one, else its section's (`/settings`
/// for `/settings/email`), else the first, the landing page.
fn page_of(pages: &'static [FormPage], path: &str) -> &'static FormPage {
    let find = |path: &str| pages.iter().find(|page| page.path == path);
    let section = path.match_indices('/').nth(1).map_or(path, |(end, _)| &path[..end]);
    find(path).or_else(|| find(section)).unwrap_or(&pages[0])
}

/// Each server function that takes a post, read from leptos's registry,
/// with the path its form posts to without JavaScript.
fn posted() -> impl Iterator<Item = (&'static str, &'static str)> {
    leptos::server_fn::axum::server_fn_paths()
        .filter(|(path, method)| *method == Method::POST && path.starts_with(API))
        .map(|(path, _)| (path, action_of(path)))
}

/// Where forms post without JavaScript: one path for each server function
/// that takes a post.
pub fn actions() -> Vec<&'static str> {
    let mut paths: Vec<_> = posted().map(|(_, action)| action).collect();
    paths.sort_unstable();
    paths
}

/// The pages whose GET is served here rather than by leptos's route handler.
pub fn loaded_pages(pages: &'static [FormPage]) -> impl Iterator<Item = &'static str> {
    pages.iter().filter(|page| page.show.is_some()).map(|page| page.path)
}

/// The action of every server function, answered with its page of
/// `pages`, and the GET of the pages that load what they show.
pub fn router(pages: &'static [FormPage]) -> Router<AppState> {
    let mut router = Router::new();
    for page in pages {
        if let Some(show) = page.show {
            router =
                router.route(page.path, get(move |State(state), parts: Parts| show(state, parts, page.path)));
        }
    }
    for (server_fn, path) in posted() {
        let page = page_of(pages, path);
        router = router.route(
            path,
            post(move |state: State<AppState>, request: Request| submit(state, server_fn, page, request)),
        );
    }
    router
}

/// Runs the server function at `server_fn` for the form posted in
/// `request`, and answers with its page.
async fn submit(
    State(state): State<AppState>,
    server_fn: &'static str,
    page: &'static FormPage,
    request: Request,
) -> Response {
    let (mut parts, body) = request.into_parts();
    let page_parts = parts.clone();
    parts.uri = Uri::from_static(server_fn);
    // Asked for JSON and from no page, so that server_fn and leptos_axum
    // answer with the answer, not with their redirect of a form post back
    // to the page it came from (which would lose the answer).
    parts.headers.insert(header::ACCEPT, HeaderValue::from_static("application/json"));
    parts.headers.remove(header::REFERER);
    let call = Request::from_parts(parts, body);
    let context = {
        let state = state.clone();
        move || provide_context(state.clone())
    };
    let ran = leptos_axum::handle_server_fns_with_context(context, call).await.into_response();
    let (ran, body) = ran.into_parts();
    let Ok(body) = axum::body::to_bytes(body, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let set = headers_set(ran.headers);
    if !ran.status.is_success() {
        return failed(ran.status, &body, &set);
    }
    with_headers((page.answer)(state, page_parts, page.path, body).await, &set)
}

/// What the server function set on its answer (cookies, `Clear-Site-Data`,
/// `Retry-After`), without what describes its JSON body.
fn headers_set(mut headers: HeaderMap) -> HeaderMap {
    for name in [header::CONTENT_TYPE, header::CONTENT_LENGTH, header::CONTENT_ENCODING] {
        headers.remove(name);
    }
    headers
}

fn with_headers(mut response: Response, set: &HeaderMap) -> Response {
    for (name, value) in set {
        response.headers_mut().append(name, value.clone());
    }
    response
}

/// The server function did not answer: fields it could not read are the
/// sender's mistake (400); otherwise it failed and logged why, and the
/// error page for its status (503 when busy) says so.
fn failed(status: StatusCode, body: &[u8], set: &HeaderMap) -> Response {
    let status = if error_pages::is_undecodable(body) {
        tracing::info!(detail = %String::from_utf8_lossy(body), "a form post could not be read");
        StatusCode::BAD_REQUEST
    } else if status.is_server_error() {
        status
    } else {
        StatusCode::INTERNAL_SERVER_ERROR
    };
    with_headers(status.into_response(), set)
}

/// The page for an action's answer: the page at `path` again (422 with the
/// errors, or 200 with the notice, the outcome or the flow's own page), or
/// the redirect it asks for.
async fn answer<V: PageView>(state: AppState, parts: Parts, path: &'static str, body: Bytes) -> Response {
    let answer: Answer<V> = match serde_json::from_slice(&body) {
        Ok(answer) => answer,
        // A post to an action that has no form (a passkey's ceremony).
        Err(error) => {
            tracing::info!(%error, path, "a form post's answer is not one its page shows");
            return StatusCode::BAD_REQUEST.into_response();
        }
    };
    let feedback = answer.feedback();
    let (status, outcome, view) = match answer {
        Answer::Go(to) => return Redirect::to(&to).into_response(),
        Answer::Rejected(_) => (StatusCode::UNPROCESSABLE_ENTITY, None, None),
        Answer::Done(outcome) => (StatusCode::OK, Some(outcome), None),
        Answer::Noted(_) => (StatusCode::OK, None, None),
        Answer::Page(view) => (StatusCode::OK, None, Some(view)),
    };
    let view = match view {
        Some(view) => Some(view),
        None => match V::load(&state, &parts).await {
            Ok(view) => view,
            Err(error) => return AppError::from(error).into_response(),
        },
    };
    let status = view.as_ref().map(V::status).filter(|s| *s != StatusCode::OK).unwrap_or(status);
    render::page(&state, parts, path, status, move || {
        if let Some(view) = &view {
            provide_context(view.clone());
        }
        provide_context(feedback.clone());
        if let Some(outcome) = &outcome {
            provide_context(outcome.clone());
        }
    })
    .await
}

/// A visit to a page that loads what it shows.
async fn show<V: PageView>(state: AppState, parts: Parts, path: &'static str) -> Response {
    match V::load(&state, &parts).await {
        Ok(Some(view)) => {
            let status = view.status();
            render::page(&state, parts, path, status, move || provide_context(view.clone())).await
        }
        Ok(None) => match V::ELSE_GO {
            Some(to) => Redirect::to(to).into_response(),
            None => render::page(&state, parts, path, StatusCode::OK, || {}).await,
        },
        Err(error) => AppError::from(error).into_response(),
    }
}

/// Runs the server function `args` calls, as the request in `parts`, for a
/// page that shows what a read returns. Its error was logged where it
/// happened; here it only fails the page.
pub async fn run<F>(state: &AppState, parts: &Parts, args: F) -> anyhow::Result<F::Output>
where
    F: ServerFn<Error = ServerFnError>,
{
    let result = Owner::new()
        .with(|| {
            provide_context(state.clone());
            provide_context(parts.clone());
            provide_context(ResponseOptions::default());
            ScopedFuture::new(args.run_body())
        })
        .await;
    result.map_err(|error| anyhow::anyhow!("{} failed: {error}", F::PATH))
}

#[cfg(test)]
mod tests {
    use super::{FormPage, Plain, page_of};

    #[test]
    fn an_action_answers_with_its_own_page_else_its_sections_else_the_first() {
        static PAGES: &[FormPage] = &[
            FormPage::new::<Plain>("/"),
            FormPage::new::<Plain>("/settings"),
            FormPage::new::<Plain>("/settings/two-step"),
        ];
        assert_eq!(page_of(PAGES, "/settings/two-step").path, "/settings/two-step");
        assert_eq!(page_of(PAGES, "/settings/two-step/disable").path, "/settings");
        assert_eq!(page_of(PAGES, "/settings").path, "/settings");
        assert_eq!(page_of(PAGES, "/logout").path, "/");
        assert_eq!(page_of(PAGES, "/check/username").path, "/");
    }
}
