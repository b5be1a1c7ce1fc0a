//! `/settings`: password, address, two-step sign-in, passkeys and sessions
//! of a confirmed account.

use axum::{Extension, Form, extract::State, response::Response};
use http::{StatusCode, request::Parts};
use leptos::prelude::provide_context;

use crate::{
    actions::{
        passkeys::{ListPasskeys, RemovePasskey, RenamePasskey},
        settings::{ActiveSessions, ChangeEmail, ChangePassword, EndOtherSessions},
        two_step::{DisableTwoStep, NewRecoveryCodes, StartTwoStep},
    },
    domain::{answer::Answer, viewer::Viewer},
    infra::{
        db::{two_step as two_step_rows, users},
        state::AppState,
    },
    web::{
        forms::{self, Ran},
        pages::SettingsView,
        render,
    },
};

pub async fn show(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
) -> Response {
    let Some(view) = view_of(&state, &parts, &viewer).await else {
        return forms::failed(&Default::default());
    };
    render::page(&state, parts, "/settings", StatusCode::OK, move || provide_context(view.clone())).await
}

pub async fn change_password(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
    Form(form): Form<ChangePassword>,
) -> Response {
    let ran = forms::run(&state, &parts, form).await;
    respond(&state, parts, &viewer, ran).await
}

pub async fn change_email(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
    Form(form): Form<ChangeEmail>,
) -> Response {
    let ran = forms::run(&state, &parts, form).await;
    respond(&state, parts, &viewer, ran).await
}

pub async fn end_other_sessions(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
) -> Response {
    let ran = forms::run(&state, &parts, EndOtherSessions {}).await;
    respond(&state, parts, &viewer, ran).await
}

pub async fn start_two_step(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
) -> Response {
    let ran = forms::run(&state, &parts, StartTwoStep {}).await;
    respond(&state, parts, &viewer, ran).await
}

pub async fn new_recovery_codes(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
    Form(form): Form<NewRecoveryCodes>,
) -> Response {
    let ran = forms::run(&state, &parts, form).await;
    respond(&state, parts, &viewer, ran).await
}

pub async fn disable_two_step(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
    Form(form): Form<DisableTwoStep>,
) -> Response {
    let ran = forms::run(&state, &parts, form).await;
    respond(&state, parts, &viewer, ran).await
}

pub async fn rename_passkey(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
    Form(form): Form<RenamePasskey>,
) -> Response {
    let ran = forms::run(&state, &parts, form).await;
    respond(&state, parts, &viewer, ran).await
}

pub async fn remove_passkey(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
    Form(form): Form<RemovePasskey>,
) -> Response {
    let ran = forms::run(&state, &parts, form).await;
    respond(&state, parts, &viewer, ran).await
}

/// The page as it is after the action: sessions may have ended.
async fn respond(
    state: &AppState,
    parts: Parts,
    viewer: &Viewer,
    Ran { result, set }: Ran<Answer>,
) -> Response {
    let (Ok(answer), Some(view)) = (result, view_of(state, &parts, viewer).await) else {
        return forms::failed(&set);
    };
    let page = forms::respond(state, parts, "/settings", answer, move || provide_context(view.clone())).await;
    forms::finish(page, &set)
}

/// What the page lists, through the same server function a client would call.
async fn view_of(state: &AppState, parts: &Parts, viewer: &Viewer) -> Option<SettingsView> {
    let sessions = forms::run(state, parts, ActiveSessions {}).await.result.ok()?;
    let pool = state.db.pool();
    let user = users::find_by_id(pool, viewer.user_id).await.ok()??;
    let recovery_codes_left = match user.has_second_factor() {
        true => Some(two_step_rows::unused_recovery_codes(pool, user.id).await.ok()?),
        false => None,
    };
    let passkeys = match state.passkeys {
        Some(_) => Some(forms::run(state, parts, ListPasskeys {}).await.result.ok()?),
        None => None,
    };
    Some(SettingsView {
        username: viewer.username.clone(),
        email: viewer.email.clone(),
        sessions,
        recovery_codes_left,
        passkeys,
    })
}
