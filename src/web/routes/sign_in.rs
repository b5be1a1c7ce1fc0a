use axum::{Form, extract::State, response::Response};
use http::request::Parts;

use crate::{
    actions::sign_in::{SignIn, SignOut},
    infra::state::AppState,
    web::forms,
};

pub async fn sign_in(State(state): State<AppState>, parts: Parts, Form(form): Form<SignIn>) -> Response {
    forms::post(&state, parts, "/login", form, || {}).await
}

pub async fn sign_out(State(state): State<AppState>, parts: Parts) -> Response {
    forms::post(&state, parts, "/", SignOut {}, || {}).await
}
