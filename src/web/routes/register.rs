use axum::{Form, extract::State, response::Response};
use http::request::Parts;

use crate::{actions::register::Register, infra::state::AppState, web::forms};

pub async fn submit(State(state): State<AppState>, parts: Parts, Form(form): Form<Register>) -> Response {
    forms::post(&state, parts, "/register", form, || {}).await
}
