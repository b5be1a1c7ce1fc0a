//! The confirm flow's pages: `/confirm`, behind an emailed link, with its
//! button and "send me a new link" from an expired one; `/unconfirmed`, where
//! a signed-in account waits for its address to be confirmed.

use axum::{
    Extension, Form,
    extract::{Query, State},
    response::Response,
};
use http::{StatusCode, request::Parts};
use leptos::prelude::provide_context;
use serde::Deserialize;

use crate::{
    actions::confirm::{
        Confirm, ConfirmCode, ConfirmView, FixAddress, ResendConfirmation, ResendExpiredLink, ssr::inspect,
    },
    domain::{answer::Answer, viewer::Viewer},
    infra::{db::users, state::AppState},
    services::{limits::ClientAddress, links},
    web::{
        forms::{self, Ran},
        pages::UnconfirmedView,
        render,
    },
};

#[derive(Deserialize)]
pub struct TokenParam {
    #[serde(default)]
    token: String,
}

/// The page behind the emailed link. It changes nothing: mail scanners and
/// link previews GET (or HEAD) links, and must not confirm anything.
pub async fn link_page(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddress>,
    parts: Parts,
    Query(param): Query<TokenParam>,
) -> super::Result {
    let view = if state.settings.limits.tokens().allow(&state, &client.limit_key()).await? {
        inspect(&state, &param.token).await?
    } else {
        ConfirmView::TooManyAttempts
    };
    Ok(page(&state, parts, view).await)
}

pub async fn confirm_link(
    State(state): State<AppState>,
    parts: Parts,
    Form(form): Form<Confirm>,
) -> Response {
    let Ran { result, set } = forms::run(&state, &parts, form).await;
    match result {
        Ok(view) => page(&state, parts, view).await,
        Err(_) => forms::failed(&set),
    }
}

pub async fn resend_expired(
    State(state): State<AppState>,
    parts: Parts,
    Form(form): Form<ResendExpiredLink>,
) -> Response {
    forms::post(&state, parts, "/confirm", form, || {}).await
}

async fn page(state: &AppState, parts: Parts, view: ConfirmView) -> Response {
    let status = match view {
        ConfirmView::Invalid => StatusCode::NOT_FOUND,
        ConfirmView::Expired { .. } | ConfirmView::Replaced => StatusCode::GONE,
        ConfirmView::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
        _ => StatusCode::OK,
    };
    render::page(state, parts, "/confirm", status, move || provide_context(view.clone())).await
}

/// `/unconfirmed`: where a signed-in account without a confirmed address
/// lands, with "enter the code from the email", "send a new link" and
/// "wrong address? change it".
pub async fn pending_page(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
) -> super::Result {
    let view = pending_view(&state, &viewer).await?;
    Ok(render::page(&state, parts, "/unconfirmed", StatusCode::OK, move || provide_context(view.clone()))
        .await)
}

pub async fn resend_pending(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
) -> Response {
    let ran = forms::run(&state, &parts, ResendConfirmation {}).await;
    answer_pending(&state, parts, &viewer, ran).await
}

pub async fn fix_address(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
    Form(form): Form<FixAddress>,
) -> Response {
    let ran = forms::run(&state, &parts, form).await;
    answer_pending(&state, parts, &viewer, ran).await
}

pub async fn confirm_code(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
    Form(form): Form<ConfirmCode>,
) -> Response {
    let ran = forms::run(&state, &parts, form).await;
    answer_pending(&state, parts, &viewer, ran).await
}

/// `/unconfirmed` as it is after the action: its address may have changed.
async fn answer_pending(
    state: &AppState,
    parts: Parts,
    viewer: &Viewer,
    Ran { result, set }: Ran<Answer>,
) -> Response {
    let (Ok(answer), Ok(view)) = (result, pending_view(state, viewer).await) else {
        return forms::failed(&set);
    };
    let page =
        forms::respond(state, parts, "/unconfirmed", answer, move || provide_context(view.clone())).await;
    forms::finish(page, &set)
}

async fn pending_view(state: &AppState, viewer: &Viewer) -> anyhow::Result<UnconfirmedView> {
    let mut conn = state.db.pool().acquire().await?;
    let user = users::find_by_id(&mut *conn, viewer.user_id).await?;
    Ok(UnconfirmedView {
        // The address a link went to last: the one being fixed to, if any.
        email: user.map_or_else(|| viewer.email.clone(), |u| u.pending_email.unwrap_or(u.email)),
        // The same cooldown "Send a new link" will apply.
        cooldown_secs: links::cooldown_left(state, &mut conn, viewer.user_id, links::CONFIRMATION).await?,
    })
}
