//! Changes to an account that several flows make, each done one way only.

use sqlx::AnyConnection;

use crate::{api::account::SessionSummary, pages::Viewer};

use super::{
    auth::tokens::Purpose,
    clock,
    db::{sessions, tokens, users},
    email::{outbox::enqueue, templates},
    state::AppState,
};

/// Sets a new password hash (reset or settings). Every live reset link dies,
/// every session ends except `keep` (the browser that made the change from
/// settings), and the owner is told by email.
pub async fn change_password(
    state: &AppState,
    conn: &mut AnyConnection,
    user: &users::User,
    password_hash: &str,
    keep: Option<&str>,
) -> sqlx::Result<()> {
    users::set_password_hash(&mut *conn, user.id, password_hash).await?;
    tokens::kill_live(&mut *conn, user.id, Purpose::Reset, clock::now()).await?;
    sessions::delete_for_user(&mut *conn, user.id, keep).await?;
    let notice = templates::password_changed(&user.username, &state.settings.base_url.join("/forgot"));
    enqueue(conn, &user.email, &notice).await
}

/// The signed-in account's live sessions as its owner sees them.
pub async fn session_summaries(state: &AppState, viewer: &Viewer) -> sqlx::Result<Vec<SessionSummary>> {
    let rows = sessions::list_for_user(state.db.pool(), viewer.user_id, clock::now()).await?;
    Ok(rows
        .into_iter()
        .map(|s| SessionSummary {
            current: s.id_hash == viewer.session_id_hash,
            user_agent: s.user_agent,
            signed_in_at: s.created_at,
            last_seen_at: s.last_seen_at,
        })
        .collect())
}
