use axum::{
    Extension, Form,
    extract::{Query, State},
    response::IntoResponse,
};
use http::{StatusCode, request::Parts};
use leptos::prelude::provide_context;
use serde::Deserialize;
use sqlx::AnyConnection;

use super::Result;
use crate::{
    domain::Email,
    pages::ConfirmView,
    server::{
        auth::{
            rate_limit::ClientAddress,
            tokens::{PlainToken, Purpose, TokenHash},
        },
        clock,
        db::{tokens, users},
        email::{outbox::enqueue, templates},
        render,
        state::AppState,
    },
};

#[derive(Deserialize)]
pub struct TokenParam {
    #[serde(default)]
    pub(super) token: String,
}

/// Issues a confirmation link for `email` (killing earlier ones) and queues
/// the email carrying it, in the caller's transaction.
pub async fn queue_confirmation(
    state: &AppState,
    conn: &mut AnyConnection,
    user_id: i64,
    username: &str,
    email: &str,
) -> anyhow::Result<()> {
    let token = PlainToken::generate()?;
    let hash = hash(state, &token);
    let lifetime = state.settings.confirm_token_secs;
    tokens::issue(&mut *conn, user_id, Purpose::Confirm, email, &hash, clock::now(), lifetime).await?;
    let link = state.settings.base_url.join(&format!("/confirm?token={}", token.expose()));
    enqueue(conn, email, &templates::confirm_address(username, &link, lifetime / 3600)).await?;
    Ok(())
}

/// Seconds until the account may be sent another confirmation link.
pub async fn cooldown_left(state: &AppState, user_id: i64) -> anyhow::Result<i64> {
    let latest = tokens::latest(state.db.pool(), user_id, Purpose::Confirm).await?;
    let ready_at = latest.map_or(0, |t| t.created_at + state.settings.resend_cooldown_secs);
    Ok((ready_at - clock::now()).max(0))
}

fn hash(state: &AppState, token: &PlainToken) -> TokenHash {
    state.token_key.hash(Purpose::Confirm.as_str(), token)
}

fn change_hash(state: &AppState, token: &PlainToken) -> TokenHash {
    state.token_key.hash(Purpose::ChangeEmail.as_str(), token)
}

/// The page behind the emailed link. It changes nothing: mail scanners and
/// link previews GET (or HEAD) links, and must not confirm anything.
pub async fn show(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddress>,
    parts: Parts,
    Query(param): Query<TokenParam>,
) -> Result {
    if !state.settings.limits.tokens().allow(&state, &client.0.to_string()).await? {
        return Ok(StatusCode::TOO_MANY_REQUESTS.into_response());
    }
    let view = inspect(&state, &param.token).await?;
    Ok(respond(&state, parts, view).await)
}

/// The Confirm button. Of two simultaneous posts of one link, exactly one
/// confirms; the other sees "already confirmed".
pub async fn submit(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddress>,
    parts: Parts,
    Form(param): Form<TokenParam>,
) -> Result {
    if !state.settings.limits.tokens().allow(&state, &client.0.to_string()).await? {
        return Ok(StatusCode::TOO_MANY_REQUESTS.into_response());
    }
    let Some(token) = PlainToken::parse(&param.token) else {
        return Ok(respond(&state, parts, ConfirmView::Invalid).await);
    };
    let now = clock::now();
    let mut tx = state.db.begin_write().await?;
    let view =
        if let Some(used) = tokens::consume(&mut *tx, &hash(&state, &token), Purpose::Confirm, now).await? {
            users::confirm_email(&mut *tx, used.user_id, &used.email, now).await?;
            ConfirmView::Confirmed { email: used.email }
        } else if let Some(used) =
            tokens::consume(&mut *tx, &change_hash(&state, &token), Purpose::ChangeEmail, now).await?
        {
            move_to_new_address(&mut tx, used, now).await?
        } else {
            tx.rollback().await?;
            return Ok(respond(&state, parts, inspect(&state, &param.token).await?).await);
        };
    tx.commit().await?;
    Ok(respond(&state, parts, view).await)
}

/// A confirmed change of address: the account moves to it unless another
/// account took it meanwhile, and every link tied to the old address dies.
async fn move_to_new_address(
    conn: &mut AnyConnection,
    used: tokens::EmailToken,
    now: i64,
) -> anyhow::Result<ConfirmView> {
    let email = Email::parse(&used.email)?;
    if users::find_by_email(&mut *conn, &email).await?.is_some_and(|owner| owner.id != used.user_id) {
        return Ok(ConfirmView::AddressTaken);
    }
    users::change_email(&mut *conn, used.user_id, email.as_str(), now).await?;
    for purpose in [Purpose::Confirm, Purpose::ChangeEmail, Purpose::Reset] {
        tokens::kill_live(&mut *conn, used.user_id, purpose, now).await?;
    }
    Ok(ConfirmView::EmailChanged { email: used.email })
}

/// "Send me a new link" from an expired link's page. The answer is the same
/// whatever the state of the account, and the cooldown applies.
pub async fn resend(
    State(state): State<AppState>,
    Extension(client): Extension<ClientAddress>,
    parts: Parts,
    Form(param): Form<TokenParam>,
) -> Result {
    if state.settings.limits.email().allow(&state, &client.0.to_string()).await?
        && let Some(token) = PlainToken::parse(&param.token)
        && let Some(old) = tokens::find(state.db.pool(), &hash(&state, &token), Purpose::Confirm).await?
        && let Some(user) = users::find_by_id(state.db.pool(), old.user_id).await?
        && !user.is_confirmed()
        && cooldown_left(&state, user.id).await? == 0
    {
        let mut tx = state.db.begin_write().await?;
        queue_confirmation(&state, &mut tx, user.id, &user.username, &user.email).await?;
        tx.commit().await?;
        state.outbox.wake();
    }
    Ok(respond(&state, parts, ConfirmView::NewLinkSent).await)
}

/// What a link is, without using it.
async fn inspect(state: &AppState, token: &str) -> anyhow::Result<ConfirmView> {
    let Some(token) = PlainToken::parse(token) else {
        return Ok(ConfirmView::Invalid);
    };
    // One link shape serves both a new account's address and a change of
    // address; the purpose is whichever hash is on file.
    let (row, purpose) = match tokens::find(state.db.pool(), &hash(state, &token), Purpose::Confirm).await? {
        Some(row) => (row, Purpose::Confirm),
        None => match tokens::find(state.db.pool(), &change_hash(state, &token), Purpose::ChangeEmail).await?
        {
            Some(row) => (row, Purpose::ChangeEmail),
            None => return Ok(ConfirmView::Invalid),
        },
    };
    Ok(if row.used_at.is_some() {
        ConfirmView::AlreadyConfirmed
    } else if row.superseded_at.is_some() {
        ConfirmView::Replaced
    } else if row.expires_at <= clock::now() {
        // Only a new account's link can be sent again; a change of address
        // is asked for again in settings.
        ConfirmView::Expired {
            resend_token: (purpose == Purpose::Confirm).then(|| token.expose().to_owned()),
        }
    } else {
        ConfirmView::Ready { email: row.email, token: token.expose().to_owned() }
    })
}

async fn respond(state: &AppState, parts: Parts, view: ConfirmView) -> axum::response::Response {
    let status = match view {
        ConfirmView::Invalid => StatusCode::NOT_FOUND,
        ConfirmView::Expired { .. } | ConfirmView::Replaced => StatusCode::GONE,
        _ => StatusCode::OK,
    };
    render::page(state, parts, "/confirm", status, move || provide_context(view.clone())).await
}
