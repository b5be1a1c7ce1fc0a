//! `/unconfirmed`: where a signed-in account without a confirmed address
//! lands, with "enter the code from the email", "send a new link" and
//! "wrong address? change it".

use axum::{Extension, Form, extract::State, response::Response};
use http::{StatusCode, request::Parts};
use leptos::prelude::provide_context;

use crate::{
    actions::{
        confirm::{ConfirmCode, FixAddress},
        resend::ResendConfirmation,
    },
    domain::{answer::Answer, viewer::Viewer},
    infra::{db::users, state::AppState},
    services::links,
    web::{
        forms::{self, Ran},
        pages::UnconfirmedView,
        render,
    },
};

pub async fn show(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
) -> super::Result {
    let view = view_of(&state, &viewer).await?;
    Ok(render::page(&state, parts, "/unconfirmed", StatusCode::OK, move || provide_context(view.clone()))
        .await)
}

pub async fn resend(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
) -> Response {
    let ran = forms::run(&state, &parts, ResendConfirmation {}).await;
    respond(&state, parts, &viewer, ran).await
}

pub async fn fix_address(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
    Form(form): Form<FixAddress>,
) -> Response {
    let ran = forms::run(&state, &parts, form).await;
    respond(&state, parts, &viewer, ran).await
}

pub async fn confirm_code(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
    Form(form): Form<ConfirmCode>,
) -> Response {
    let ran = forms::run(&state, &parts, form).await;
    respond(&state, parts, &viewer, ran).await
}

/// The page as it is after the action: its address may have changed.
async fn respond(
    state: &AppState,
    parts: Parts,
    viewer: &Viewer,
    Ran { result, set }: Ran<Answer>,
) -> Response {
    let (Ok(answer), Ok(view)) = (result, view_of(state, viewer).await) else {
        return forms::failed(&set);
    };
    let page =
        forms::respond(state, parts, "/unconfirmed", answer, move || provide_context(view.clone())).await;
    forms::finish(page, &set)
}

async fn view_of(state: &AppState, viewer: &Viewer) -> anyhow::Result<UnconfirmedView> {
    let mut conn = state.db.pool().acquire().await?;
    let user = users::find_by_id(&mut *conn, viewer.user_id).await?;
    Ok(UnconfirmedView {
        // The address a link went to last: the one being fixed to, if any.
        email: user.map_or_else(|| viewer.email.clone(), |u| u.pending_email.unwrap_or(u.email)),
        // The same cooldown "Send a new link" will apply.
        cooldown_secs: links::cooldown_left(state, &mut conn, viewer.user_id, links::CONFIRMATION).await?,
    })
}
