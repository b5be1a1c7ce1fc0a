//! Changes to an account that several flows make, each done one way only.

use sqlx::AnyConnection;

use crate::domain::{Language, answer::Feedback, i18n::say, password};

use super::{links, strength};
use crate::infra::{
    db::{sessions, two_step, users},
    email::{outbox::enqueue, templates::Email},
    state::AppState,
};

/// Sets a new password hash (reset or settings). Every live link of the
/// account dies (a pending change of address too), every session and every
/// sign-in waiting for its second factor ends, and the owner is told by
/// email. The second factor stays on. The browser that made the change from
/// settings gets a new session of its own.
pub async fn change_password(
    state: &AppState,
    conn: &mut AnyConnection,
    user: &users::User,
    password_hash: &str,
) -> anyhow::Result<()> {
    users::set_password_hash(&mut *conn, user.id, password_hash).await?;
    links::kill_all(&mut *conn, user.id).await?;
    sessions::delete_for_user(&mut *conn, user.id, None).await?;
    two_step::delete_challenges_for_user(&mut *conn, user.id).await?;
    let forgot_link = state.settings.base_url.join("/forgot");
    let notice = Email::PasswordChanged { username: &user.username, forgot_link: &forgot_link };
    enqueue(conn, user.id, &user.email, &notice).await
}

/// Tells an account's owner that someone tried to use their address: sent
/// instead of an error, so that no page reveals which addresses have accounts.
/// At most a few an hour reach one address, however many ask.
pub async fn queue_address_taken_notice(
    state: &AppState,
    conn: &mut AnyConnection,
    owner: &users::User,
) -> anyhow::Result<()> {
    let recipient = owner.email.to_ascii_lowercase();
    if !state.settings.limits.notices().allow_on(&mut *conn, state, &recipient).await? {
        tracing::info!("address-taken notice not sent: the address had its share this hour");
        return Ok(());
    }
    let base = &state.settings.base_url;
    let (login_link, forgot_link) = (base.join("/login"), base.join("/forgot"));
    let notice = Email::AlreadyRegistered {
        username: &owner.username,
        login_link: &login_link,
        forgot_link: &forgot_link,
    };
    enqueue(conn, owner.id, &owner.email, &notice).await
}

/// The form fields of a new password and of its confirmation.
pub struct NewPasswordFields {
    pub password: &'static str,
    pub confirmation: &'static str,
}

/// Checks a new password as every form does, and writes what is wrong next
/// to the field concerned: its length, or else how guessable it is to
/// someone who knows the account's `related` words (username and address);
/// and, either way, whether the confirmation matches, as the live check says.
pub async fn check_new_password(
    feedback: &mut Feedback,
    language: Language,
    fields: NewPasswordFields,
    password: &str,
    confirmation: &str,
    related: &[String],
) {
    match password::check_length(password) {
        Err(e) => feedback.error(fields.password, say(language, &e)),
        Ok(()) => {
            if let Some(refusal) = strength::assess(password, related).await.refusal(language) {
                feedback.error(fields.password, refusal);
            }
        }
    }
    if let Err(e) = password::check_confirmation(password, confirmation) {
        feedback.error(fields.confirmation, say(language, &e));
    }
}
