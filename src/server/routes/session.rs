use axum::{Form, extract::State, response::Response};
use http::request::Parts;

use crate::{
    api::session::{SignIn, SignOut},
    server::{forms, state::AppState},
};

pub async fn sign_in(State(state): State<AppState>, parts: Parts, Form(form): Form<SignIn>) -> Response {
    forms::post(&state, parts, "/login", form, || {}).await
}

pub async fn sign_out(State(state): State<AppState>, parts: Parts) -> Response {
    forms::post(&state, parts, "/", SignOut {}, || {}).await
}
