use axum::{
    Extension, Form,
    extract::{Query, State},
    response::{IntoResponse, Redirect, Response},
};
use http::{HeaderMap, HeaderValue, StatusCode, header, request::Parts};
use leptos::prelude::provide_context;
use serde::Deserialize;

use super::{
    Result,
    confirm::TokenParam,
    new_password::{self, NewPasswordFields},
};
use crate::{
    domain::Email,
    pages::{FormFeedback, ResetRequested, ResetView},
    server::{
        accounts,
        auth::{
            rate_limit::ClientAddress,
            sessions,
            tokens::{PlainToken, Purpose, TokenHash},
        },
        clock,
        config::Secret,
        db::{tokens, users},
        email::{outbox::enqueue, templates},
        http::cookies::cookie_value,
        render,
        state::AppState,
    },
};

/// Holds the reset link's token after it leaves the URL.
const COOKIE: &str = "reset_token";

#[derive(Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    email: String,
}

/// Sends a reset link to the address stored for the account, if there is
/// one. The answer is the same either way, so it tells nobody who has an
/// account; a second request within the cooldown sends nothing new.
pub async fn forgot(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddress>,
    parts: Parts,
    Form(form): Form<ForgotForm>,
) -> Result {
    let email = match Email::parse(&form.email) {
        Ok(email) => email,
        Err(e) => {
            let mut feedback = FormFeedback::default().keep("email", &form.email);
            feedback.error("email", e);
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(render::page(&state, parts, "/forgot", status, move || {
                provide_context(feedback.clone())
            })
            .await);
        }
    };
    // Over the limit, the answer is the usual one, and nothing is sent.
    if state.settings.limits.email().allow(&state, &client.0.to_string()).await?
        && let Some(user) = users::find_by_email(state.db.pool(), &email).await?
    {
        // Issued after the answer: the transaction's commit would otherwise
        // make a known address measurably slower to answer than an unknown one.
        let state = state.clone();
        tokio::spawn(async move {
            if let Err(error) = send_reset_link(&state, &user).await {
                tracing::error!("cannot send a reset link: {error:#}");
            }
        });
    }
    let sent = ResetRequested { email: email.to_string() };
    Ok(render::page(&state, parts, "/forgot", StatusCode::OK, move || provide_context(sent.clone())).await)
}

/// Issues a reset link (killing earlier ones) and queues the email, unless
/// one went out within the cooldown. Always to the stored address, never
/// to the address as typed.
async fn send_reset_link(state: &AppState, user: &users::User) -> anyhow::Result<()> {
    if !cooldown_over(state, user.id).await? {
        return Ok(());
    }
    let token = PlainToken::generate()?;
    let lifetime = state.settings.reset_token_secs;
    let mut tx = state.db.begin_write().await?;
    tokens::issue(
        &mut tx,
        user.id,
        Purpose::Reset,
        &user.email,
        &hash(state, &token),
        clock::now(),
        lifetime,
    )
    .await?;
    let link = state.settings.base_url.join(&format!("/reset?token={}", token.expose()));
    enqueue(&mut tx, &user.email, &templates::reset_password(&user.username, &link, lifetime / 60)).await?;
    tx.commit().await?;
    state.outbox.wake();
    Ok(())
}

async fn cooldown_over(state: &AppState, user_id: i64) -> anyhow::Result<bool> {
    let latest = tokens::latest(state.db.pool(), user_id, Purpose::Reset).await?;
    Ok(latest.is_none_or(|t| t.created_at + state.settings.resend_cooldown_secs <= clock::now()))
}

/// The emailed link. Its token moves out of the URL (where history,
/// logs and Referer headers would keep it) into a short-lived cookie
/// scoped to /reset, and the browser comes back without it.
pub async fn show(State(state): State<AppState>, parts: Parts, Query(param): Query<TokenParam>) -> Result {
    if !param.token.is_empty() {
        let mut response = Redirect::to("/reset").into_response();
        if let Some(token) = PlainToken::parse(&param.token) {
            let secure = if state.settings.base_url.is_https() { "; Secure" } else { "" };
            let cookie = format!(
                "{COOKIE}={}; Path=/reset; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
                token.expose(),
                state.settings.reset_token_secs
            );
            response.headers_mut().insert(header::SET_COOKIE, HeaderValue::from_str(&cookie)?);
        }
        return Ok(private(response));
    }
    let view = inspect(&state, held_token(&parts.headers).as_ref()).await?;
    Ok(respond(&state, parts, view, FormFeedback::default()).await)
}

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_confirm: String,
}

/// Sets the new password. A new password that is not accepted leaves the
/// link usable; a successful one ends every session, and the browser is
/// sent to sign in, not signed in.
pub async fn submit(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddress>,
    parts: Parts,
    Form(form): Form<ResetForm>,
) -> Result {
    if !state.settings.limits.tokens().allow(&state, &client.0.to_string()).await? {
        return Ok(private(StatusCode::TOO_MANY_REQUESTS.into_response()));
    }
    let token = held_token(&parts.headers);
    let view = inspect(&state, token.as_ref()).await?;
    let (ResetView::Form { username, email }, Some(token)) = (&view, token) else {
        return Ok(respond(&state, parts, view, FormFeedback::default()).await);
    };
    let mut feedback = FormFeedback::default();
    let fields = NewPasswordFields { password: "password", confirmation: "password_confirm" };
    let related = [username.clone(), email.clone()];
    new_password::check(&mut feedback, fields, &form.password, &form.password_confirm, &related).await;
    if feedback.has_errors() {
        return Ok(respond(&state, parts, view, feedback).await);
    }

    let password_hash = state.hasher.hash(&Secret::new(form.password)).await?;
    let now = clock::now();
    let mut tx = state.db.begin_write().await?;
    let Some(used) = tokens::consume(&mut *tx, &hash(&state, &token), Purpose::Reset, now).await? else {
        tx.rollback().await?;
        let view = inspect(&state, Some(&token)).await?;
        return Ok(respond(&state, parts, view, FormFeedback::default()).await);
    };
    let Some(user) = users::find_by_id(&mut *tx, used.user_id).await? else {
        return Ok(respond(&state, parts, ResetView::Invalid, FormFeedback::default()).await);
    };
    accounts::change_password(&state, &mut tx, &user, &password_hash, None).await?;
    // The link reached the account's inbox: that confirms the address too.
    users::confirm_email(&mut *tx, user.id, &used.email, now).await?;
    tx.commit().await?;
    state.outbox.wake();

    // Redirect explicitly: a page sent with no-referrer cannot rely on the
    // Referer to find its way back.
    let mut response = Redirect::to("/login?notice=password-changed").into_response();
    let headers = response.headers_mut();
    headers.append(header::SET_COOKIE, HeaderValue::from_str(&format!("{COOKIE}=; Path=/reset; Max-Age=0"))?);
    headers.append(header::SET_COOKIE, sessions::clear_cookie(&state));
    Ok(private(response))
}

fn hash(state: &AppState, token: &PlainToken) -> TokenHash {
    state.token_key.hash(Purpose::Reset.as_str(), token)
}

fn held_token(headers: &HeaderMap) -> Option<PlainToken> {
    PlainToken::parse(cookie_value(headers, COOKIE)?)
}

async fn inspect(state: &AppState, token: Option<&PlainToken>) -> anyhow::Result<ResetView> {
    let Some(token) = token else {
        return Ok(ResetView::Invalid);
    };
    let Some(row) = tokens::find(state.db.pool(), &hash(state, token), Purpose::Reset).await? else {
        return Ok(ResetView::Invalid);
    };
    Ok(if row.used_at.is_some() {
        ResetView::Used
    } else if row.superseded_at.is_some() {
        ResetView::Replaced
    } else if row.expires_at <= clock::now() {
        ResetView::Expired
    } else if let Some(user) = users::find_by_id(state.db.pool(), row.user_id).await? {
        // The form's strength meter judges the password against these.
        ResetView::Form { username: user.username, email: row.email }
    } else {
        ResetView::Invalid
    })
}

async fn respond(state: &AppState, parts: Parts, view: ResetView, feedback: FormFeedback) -> Response {
    let status = match (&view, feedback.has_errors()) {
        (ResetView::Form { .. }, true) => StatusCode::UNPROCESSABLE_ENTITY,
        (ResetView::Form { .. }, false) => StatusCode::OK,
        (ResetView::Invalid, _) => StatusCode::NOT_FOUND,
        _ => StatusCode::GONE,
    };
    let page = render::page(state, parts, "/reset", status, move || {
        provide_context(view.clone());
        provide_context(feedback.clone());
    });
    private(page.await)
}

/// The reset pages hold a secret: send no Referer from them and keep them
/// out of every cache.
fn private(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}
