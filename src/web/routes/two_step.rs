//! `/login/code`, the second step of a sign-in, and `/settings/two-step`,
//! where an authenticator app is set up.

use axum::{
    Extension, Form,
    extract::State,
    response::{IntoResponse, Redirect, Response},
};
use http::{StatusCode, request::Parts};
use leptos::prelude::provide_context;
use qrcode::{QrCode, render::svg};

use crate::{
    actions::{
        sign_in::SecondStep,
        two_step::{EnableTwoStep, SETUP_PAGE},
    },
    domain::viewer::Viewer,
    infra::{db::two_step as rows, state::AppState},
    services::two_step::{self, ISSUER},
    web::{
        forms::{self, Ran},
        pages::TwoStepSetupView,
        render,
    },
};

pub async fn second_step(
    State(state): State<AppState>,
    parts: Parts,
    Form(form): Form<SecondStep>,
) -> Response {
    forms::post(&state, parts, "/login/code", form, || {}).await
}

/// The key being set up; without one, back to settings.
pub async fn setup_page(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
) -> super::Result {
    let Some(view) = setup_view(&state, &viewer).await? else {
        return Ok(Redirect::to("/settings").into_response());
    };
    Ok(render::page(&state, parts, SETUP_PAGE, StatusCode::OK, move || provide_context(view.clone())).await)
}

pub async fn enable(
    State(state): State<AppState>,
    Extension(viewer): Extension<Viewer>,
    parts: Parts,
    Form(form): Form<EnableTwoStep>,
) -> Response {
    let Ran { result, set } = forms::run(&state, &parts, form).await;
    let (Ok(answer), Ok(view)) = (result, setup_view(&state, &viewer).await) else {
        return forms::failed(&set);
    };
    let page = forms::respond(&state, parts, SETUP_PAGE, answer, move || {
        if let Some(view) = &view {
            provide_context(view.clone());
        }
    })
    .await;
    forms::finish(page, &set)
}

/// The QR code and the typed form of the key being set up, if one is.
async fn setup_view(state: &AppState, viewer: &Viewer) -> anyhow::Result<Option<TwoStepSetupView>> {
    let Some(sealed) = rows::pending(state.db.pool(), viewer.user_id).await? else {
        return Ok(None);
    };
    // A key that no longer opens is no use to set up: start again.
    let Some(secret) = two_step::open(state, viewer.user_id, &sealed) else {
        rows::set_pending(state.db.pool(), viewer.user_id, None).await?;
        return Ok(None);
    };
    let image = QrCode::new(secret.uri(ISSUER, &viewer.username).as_bytes())?
        .render::<svg::Color<'_>>()
        .min_dimensions(200, 200)
        .build();
    // Inline in the page: the XML declaration before the <svg> goes.
    let qr_svg = image.find("<svg").map_or(image.as_str(), |start| &image[start..]).to_owned();
    Ok(Some(TwoStepSetupView { qr_svg, secret: secret.for_typing() }))
}
