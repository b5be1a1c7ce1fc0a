use axum::{
    Extension, Form,
    extract::State,
    response::{IntoResponse, Redirect},
};
use http::{HeaderMap, StatusCode, header, request::Parts};
use leptos::prelude::provide_context;
use serde::Deserialize;

use super::Result;
use crate::{
    pages::{FormFeedback, Notice},
    server::{
        auth::{
            guard::safe_next,
            rate_limit::ClientAddress,
            sessions::{self, presented_id_hash},
        },
        config::Secret,
        db::{sessions as session_rows, users},
        render,
        state::AppState,
    },
};

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
    remember: Option<String>,
    next: Option<String>,
}

/// One message for every failure, so it tells nobody which accounts exist.
const FAILED: &str = "That email, username or password is not right.";

/// Signs in with an email or username. Unknown accounts cost one argon2
/// verification, like wrong passwords, so timing tells nothing either.
///
/// Throttled attempts (too many from one address, or too many failures for
/// one account) get the same answer as a wrong password.
pub async fn submit(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddress>,
    parts: Parts,
    Form(form): Form<LoginForm>,
) -> Result {
    let limits = state.settings.limits;
    let address_ok = limits.sign_in().allow(&state, &client.0.to_string()).await?;
    let user = users::find_by_login(state.db.pool(), &form.login).await?;
    // Failures count per account, whichever name it was reached by.
    let account =
        user.as_ref().map_or_else(|| form.login.trim().to_ascii_lowercase(), |u| format!("user:{}", u.id));
    let failures = limits.failures().count(&state, &account).await?;
    let allowed = address_ok && failures < limits.failures().max;
    let password = Secret::new(form.password);
    let matches =
        allowed && state.hasher.verify(&password, user.as_ref().map(|u| u.password_hash.as_str())).await?;
    // Most sign-ins follow no failure: they skip the write.
    if matches && failures > 0 {
        limits.failures().clear(&state, &account).await?;
    } else if allowed {
        limits.failures().allow(&state, &account).await?;
    }
    let Some(user) = user.filter(|_| matches) else {
        let feedback = FormFeedback::default()
            .keep("login", &form.login)
            .keep("next", form.next.as_deref().unwrap_or_default())
            .with_notice(Notice::Error(FAILED.into()));
        let page = render::page(&state, parts, "/login", StatusCode::UNPROCESSABLE_ENTITY, move || {
            provide_context(feedback.clone())
        });
        return Ok(page.await);
    };

    // A new session id at every sign-in: an id planted before it is worthless.
    if let Some(old) = presented_id_hash(&state, &parts.headers) {
        session_rows::delete(state.db.pool(), &old).await?;
    }
    let user_agent = user_agent(&parts.headers);
    let cookie = sessions::start(&state, user.id, form.remember.is_some(), user_agent).await?;
    let to = if user.is_confirmed() {
        form.next.as_deref().and_then(safe_next).unwrap_or("/home")
    } else {
        "/unconfirmed"
    };
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to(to)).into_response())
}

/// Ends this browser's session on the server and removes its cookie.
pub async fn logout(State(state): State<AppState>, headers: HeaderMap) -> Result {
    if let Some(id_hash) = presented_id_hash(&state, &headers) {
        session_rows::delete(state.db.pool(), &id_hash).await?;
    }
    Ok(([(header::SET_COOKIE, sessions::clear_cookie(&state))], Redirect::to("/")).into_response())
}

fn user_agent(headers: &HeaderMap) -> &str {
    headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("unknown browser")
}
