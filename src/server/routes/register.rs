use axum::{
    Extension, Form,
    extract::State,
    response::{IntoResponse, Response},
};
use http::{StatusCode, request::Parts};
use leptos::prelude::provide_context;
use serde::Deserialize;
use sqlx::AnyConnection;

use super::{
    Result,
    confirm::queue_confirmation,
    new_password::{self, NewPasswordFields},
};
use crate::{
    domain::{Email, Username, username},
    pages::{CheckInbox, FormFeedback},
    server::{
        auth::rate_limit::ClientAddress,
        clock,
        config::Secret,
        db::{self, users},
        email::{outbox::enqueue, templates},
        render,
        state::AppState,
    },
};

#[derive(Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    username: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

/// Creates an unconfirmed account and queues its confirmation email. An
/// address that already has an account gets the same page, and its owner a
/// notice instead of a second account.
pub async fn submit(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddress>,
    parts: Parts,
    Form(form): Form<RegisterForm>,
) -> Result {
    let mut feedback = FormFeedback::default().keep("username", &form.username).keep("email", &form.email);
    let username = Username::parse(&form.username).map_err(|e| feedback.error("username", e)).ok();
    let email = Email::parse(&form.email).map_err(|e| feedback.error("email", e)).ok();
    let fields = NewPasswordFields { password: "password", confirmation: "password_confirm" };
    let related = [form.username.clone(), form.email.clone()];
    new_password::check(&mut feedback, fields, &form.password, &form.password_confirm, &related).await;
    // Usernames are public, so saying one is taken reveals nothing private.
    if let Some(name) = &username
        && users::username_taken(state.db.pool(), name).await?
    {
        feedback.error("username", username::TAKEN);
    }
    let (Some(username), Some(email), false) = (username, email, feedback.has_errors()) else {
        return Ok(form_again(&state, parts, feedback).await);
    };

    // Over the limit, the answer is the usual one, and nothing happens.
    if !state.settings.limits.register().allow(&state, &client.0.to_string()).await? {
        return Ok(check_inbox(&state, parts, &email).await);
    }
    // Hashed whether or not the address is new, so both take the same time.
    let password_hash = state.hasher.hash(&Secret::new(form.password)).await?;
    let mut tx = state.db.begin_write().await?;
    match users::find_by_email(&mut *tx, &email).await? {
        Some(owner) => queue_address_taken_notice(&state, &mut tx, &owner).await?,
        None => {
            let new_user = users::NewUser {
                username: &username,
                email: &email,
                password_hash: &password_hash,
                confirmed_at: None,
            };
            match users::insert(&mut *tx, new_user, clock::now()).await {
                Ok(id) => queue_confirmation(&state, &mut tx, id, username.as_str(), email.as_str()).await?,
                // Another request took the name or the address a moment ago.
                Err(e) if db::is_unique_violation(&e) => {
                    tx.rollback().await?;
                    if users::username_taken(state.db.pool(), &username).await? {
                        feedback.error("username", username::TAKEN);
                        return Ok(form_again(&state, parts, feedback).await);
                    }
                    return Ok(check_inbox(&state, parts, &email).await);
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
    tx.commit().await?;
    state.outbox.wake();
    Ok(check_inbox(&state, parts, &email).await)
}

/// Tells an account's owner that someone tried to use their address: sent
/// instead of an error, so that no page reveals which addresses have accounts.
pub(super) async fn queue_address_taken_notice(
    state: &AppState,
    conn: &mut AnyConnection,
    owner: &users::User,
) -> sqlx::Result<()> {
    let notice = templates::already_registered(
        &owner.username,
        &state.settings.base_url.join("/login"),
        &state.settings.base_url.join("/forgot"),
    );
    enqueue(conn, &owner.email, &notice).await
}

async fn form_again(state: &AppState, parts: Parts, feedback: FormFeedback) -> Response {
    render::page(state, parts, "/register", StatusCode::UNPROCESSABLE_ENTITY, move || {
        provide_context(feedback.clone())
    })
    .await
}

async fn check_inbox(state: &AppState, parts: Parts, email: &Email) -> Response {
    let inbox = CheckInbox { email: email.to_string() };
    render::page(state, parts, "/register", StatusCode::OK, move || provide_context(inbox.clone()))
        .await
        .into_response()
}
