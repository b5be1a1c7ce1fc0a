//! The code mailed beside a link, for a page that takes one instead of the
//! link being opened (`/unconfirmed`, the page after "forgot your
//! password?"): stored keyed, tried a bounded number of times, used once.

use sqlx::AnyConnection;

use crate::infra::{
    clock,
    crypto::tokens::{EmailCode, Purpose, TokenHash},
    db::{
        tokens::{self, EmailToken},
        users,
    },
    state::AppState,
};

/// What typing a link's code came to.
#[derive(Debug)]
pub enum CodeTry {
    /// The code was right: its link is used now, as if it had been opened.
    Right { used: EmailToken, purpose: Purpose },
    /// Wrong; this many tries are left before the code dies.
    Wrong { tries_left: i64 },
    /// No live link of these purposes has a code that can still be tried:
    /// none was sent, it was used, replaced or expired, or its tries ran out.
    Dead,
}

/// Tries `code` against the account's live link of one of `purposes`. The
/// try is counted (under the account's lock, before the comparison) whether
/// it is right or wrong, so no number of simultaneous guesses gets more
/// than [`EmailCode::MAX_TRIES`] compared. Commit the transaction whatever
/// the answer: a wrong try must stay counted.
pub async fn try_code(
    state: &AppState,
    conn: &mut AnyConnection,
    user_id: i64,
    purposes: &[Purpose],
    code: &EmailCode,
) -> anyhow::Result<CodeTry> {
    users::lock(&mut *conn, user_id).await?;
    let now = clock::now();
    for &purpose in purposes {
        let Some(live) = tokens::live_with_code(&mut *conn, user_id, purpose, now).await? else {
            continue;
        };
        if live.code_tries >= EmailCode::MAX_TRIES {
            return Ok(CodeTry::Dead);
        }
        tokens::count_code_try(&mut *conn, live.id).await?;
        let right = live.code_hash.as_deref() == Some(code_hash(state, purpose, user_id, code).as_str());
        if !right {
            return Ok(CodeTry::Wrong { tries_left: EmailCode::MAX_TRIES - live.code_tries - 1 });
        }
        return Ok(if tokens::consume_by_id(&mut *conn, live.id, now).await? {
            CodeTry::Right { used: live, purpose }
        } else {
            CodeTry::Dead
        });
    }
    Ok(CodeTry::Dead)
}

/// The stored form of a link's code: keyed like the link, and tied to its
/// account and purpose, so the same eight characters mean nothing elsewhere.
pub(super) fn code_hash(state: &AppState, purpose: Purpose, user_id: i64, code: &EmailCode) -> TokenHash {
    state.token_key.hash_text(&format!("{}-code", purpose.as_str()), &format!("{user_id}:{}", code.expose()))
}
