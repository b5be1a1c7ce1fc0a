//! Passkeys: adding one in settings, and signing in with one. Each
//! ceremony is two server functions: the first answers the options for the
//! browser's `navigator.credentials` call as JSON text in `Answer::Page`
//! (the browser parses it with its own JSON, so none is decoded in the
//! WASM bundle), with the ceremony's id beside them, and keeps its state
//! on the server; the second verifies what the browser answered, against
//! the ceremony the page names (one of those this browser's cookie lists;
//! the newest when it names none).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::{answer::Answer, i18n::Key};

/// What a passkey's name must be, said next to its field.
pub const NAME_RULE: Key = Key("passkey-name-rule");

/// A passkey's name as typed, trimmed: 1 to 60 characters. The browser
/// checks it before the ceremony, the server again.
pub fn passkey_name(typed: &str) -> Option<String> {
    let name = typed.trim();
    (!name.is_empty() && name.chars().count() <= 60).then(|| name.to_owned())
}

/// The names of the fields the ceremonies' pages post and the options'
/// JSON carries, shared by the server functions and the browser side.
pub mod fields {
    /// The passkey's name, on the add form.
    pub const NAME: &str = "name";
    /// The browser's answer to the ceremony, as JSON text.
    pub const CREDENTIAL: &str = "credential";
    /// The ceremony's id, in its options and back with the answer.
    pub const CEREMONY: &str = "ceremony";
    /// Where sign-in goes on to.
    pub const NEXT: &str = "next";
    /// "Remember this browser", on sign-in.
    pub const REMEMBER: &str = "remember";
}

/// One of the account's passkeys as settings lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeySummary {
    pub id: i64,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

/// The signed-in account's passkeys, oldest first.
#[server(prefix = "/api/settings", endpoint = "passkeys", input = server_fn::codec::GetUrl)]
pub async fn list_passkeys() -> Result<Vec<PasskeySummary>, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let viewer = call.signed_in()?;
    run("list_passkeys", async {
        let rows = rows::for_user(call.state.db.pool(), viewer.user_id).await?;
        Ok(rows
            .into_iter()
            .map(|p| PasskeySummary {
                id: p.id,
                name: p.name,
                created_at: p.created_at,
                last_used_at: p.last_used_at,
            })
            .collect())
    })
    .await
}

/// Gives one of the account's passkeys a new name.
#[server(prefix = "/api/settings", endpoint = "passkeys/rename")]
pub async fn rename_passkey(
    #[server(default)] passkey: i64,
    #[server(default)] name: String,
) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let viewer = call.signed_in()?;
    run("rename_passkey", async {
        let Some(name) = passkey_name(&name) else {
            let feedback = Feedback::default().with_error("name", call.say(&NAME_RULE));
            return Ok(Answer::Rejected(feedback.keep("name", &name).keep("passkey", &passkey.to_string())));
        };
        if !rows::rename(call.state.db.pool(), viewer.user_id, passkey, &name).await? {
            return Ok(refused(call.say(&NO_SUCH_PASSKEY)));
        }
        Ok(Answer::Noted(Notice::Success(call.t_with("passkey-renamed", &[("name", name.into())]))))
    })
    .await
}

/// Removes one of the account's passkeys: needs the current password (a
/// stolen session alone cannot take a way in from the owner). The owner is
/// told by email.
#[server(prefix = "/api/settings", endpoint = "passkeys/remove")]
pub async fn remove_passkey(
    #[server(default)] passkey: i64,
    #[server(default)] remove_password: String,
) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run("remove_passkey", async {
        let kept = Feedback::default().keep("passkey", &passkey.to_string());
        if let Some(refusal) =
            password_refusal(&call, &viewer, remove_password, "remove_password", kept).await?
        {
            return Ok(refusal);
        }
        let mut tx = state.db.begin_write().await?;
        let Some(name) = rows::delete(&mut tx, viewer.user_id, passkey).await? else {
            tx.rollback().await?;
            return Ok(refused(call.say(&NO_SUCH_PASSKEY)));
        };
        let settings_link = state.settings.base_url.join("/settings");
        let notice =
            Email::PasskeyRemoved { username: &viewer.username, name: &name, settings_link: &settings_link };
        enqueue(&mut tx, viewer.user_id, &viewer.email, &notice).await?;
        links::commit(state, tx).await?;
        Ok(Answer::Noted(Notice::Success(call.t_with("passkey-removed", &[("name", name.into())]))))
    })
    .await
}

/// The options for `navigator.credentials.create`, as JSON, for a new
/// passkey of the signed-in account. Like removing one, it needs the
/// current password: a stolen session alone cannot add a way in that
/// outlives it. The account's existing passkeys are excluded, and the
/// passkey must be discoverable (it signs in without a name).
#[server(prefix = "/api/settings", endpoint = "passkeys/options")]
pub async fn passkey_creation_options(
    #[server(default)] add_password: String,
) -> Result<Answer<String>, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run("passkey_creation_options", async {
        let Some(webauthn) = state.passkeys.as_ref() else {
            return Ok(refused(call.say(&UNAVAILABLE)));
        };
        if !state.settings.limits.ceremonies().allow(state, &client).await? {
            return Ok(refused(call.say(&TOO_MANY)));
        }
        let kept = Feedback::default();
        if let Some(refusal) = password_refusal(&call, &viewer, add_password, "add_password", kept).await? {
            return Ok(refusal);
        }
        let mut conn = state.db.pool().acquire().await?;
        let handle = user_handle(&mut conn, viewer.user_id).await?;
        let existing = rows::for_user(&mut *conn, viewer.user_id).await?;
        let exclude =
            existing.iter().filter_map(|p| parse::<Passkey>(&p.credential)).map(|p| p.cred_id().clone());
        let (mut options, registration) = webauthn.start_passkey_registration(
            handle,
            &viewer.username,
            &viewer.username,
            Some(exclude.collect()),
        )?;
        if let Some(selection) = options.public_key.authenticator_selection.as_mut() {
            selection.resident_key = Some(ResidentKeyRequirement::Required);
            selection.require_resident_key = true;
        }
        let ceremony_state = serde_json::to_string(&registration)?;
        let headers = &call.parts.headers;
        let (id, cookie) =
            passkeys::begin(&mut conn, state, headers, Ceremony::Add, Some(viewer.user_id), &ceremony_state)
                .await?;
        call.set_cookie(cookie);
        Ok(Answer::Page(with_ceremony(&options, id)?))
    })
    .await
}

/// Verifies the browser's new credential against the ceremony begun for
/// this account, and keeps it under `name`. The owner is told by email.
#[server(prefix = "/api/settings", endpoint = "passkeys/add")]
pub async fn add_passkey(
    #[server(default)] name: String,
    #[server(default)] credential: String,
    #[server(default)] ceremony: Option<String>,
) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let viewer = call.signed_in()?;
    let state = &call.state;
    run("add_passkey", async {
        let Some(webauthn) = state.passkeys.as_ref() else {
            return Ok(refused(call.say(&UNAVAILABLE)));
        };
        // The island checks the name before the ceremony begins.
        let Some(name) = passkey_name(&name) else {
            return Ok(refused(call.say(&NAME_RULE)));
        };
        let mut tx = state.db.begin_write().await?;
        let taken =
            passkeys::take(&mut tx, state, &call.parts.headers, Ceremony::Add, ceremony.as_deref()).await?;
        let registration = taken
            .filter(|(user_id, _)| *user_id == Some(viewer.user_id))
            .and_then(|(_, saved)| parse::<PasskeyRegistration>(&saved));
        let Some(registration) = registration else {
            tx.commit().await?;
            return Ok(refused(call.say(&TOO_LATE)));
        };
        let passkey = parse::<RegisterPublicKeyCredential>(&credential).and_then(|answer| {
            webauthn
                .finish_passkey_registration(&answer, &registration)
                .inspect_err(|error| tracing::info!(%error, "a new passkey was refused"))
                .ok()
        });
        let Some(passkey) = passkey else {
            tx.commit().await?;
            return Ok(refused(call.t("passkey-not-checked")));
        };
        let key = credential_key(passkey.cred_id());
        let stored = serde_json::to_string(&passkey)?;
        if !rows::insert(&mut *tx, viewer.user_id, &key, &stored, &name, clock::now()).await? {
            tx.commit().await?;
            return Ok(refused(call.t("passkey-added-already")));
        }
        let settings_link = state.settings.base_url.join("/settings");
        let notice =
            Email::PasskeyAdded { username: &viewer.username, name: &name, settings_link: &settings_link };
        enqueue(&mut tx, viewer.user_id, &viewer.email, &notice).await?;
        links::commit(state, tx).await?;
        Ok(Answer::Noted(Notice::Success(call.t_with("passkey-added", &[("name", name.into())]))))
    })
    .await
}

/// The options for `navigator.credentials.get`, as JSON: for any of the
/// browser's passkeys of this site (no name asked). With `conditional`,
/// for the browser's autofill in the username field.
#[server(prefix = "/api/login", endpoint = "passkey/options")]
pub async fn passkey_request_options(
    #[server(default)] conditional: Option<String>,
) -> Result<Answer<String>, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let state = &call.state;
    run("passkey_request_options", async {
        let Some(webauthn) = state.passkeys.as_ref() else {
            return Ok(refused(call.say(&UNAVAILABLE)));
        };
        if !state.settings.limits.ceremonies().allow(state, &client).await? {
            return Ok(refused(call.say(&TOO_MANY)));
        }
        let (mut options, authentication) = webauthn.start_discoverable_authentication()?;
        if conditional.is_none() {
            options.mediation = None;
        }
        let ceremony_state = serde_json::to_string(&authentication)?;
        let mut conn = state.db.pool().acquire().await?;
        let headers = &call.parts.headers;
        let (id, cookie) =
            passkeys::begin(&mut conn, state, headers, Ceremony::SignIn, None, &ceremony_state).await?;
        call.set_cookie(cookie);
        Ok(Answer::Page(with_ceremony(&options, id)?))
    })
    .await
}

/// Signs in with the passkey the browser answered with: a full sign-in
/// (a new session, the same rules), which satisfies the second factor too.
/// An unknown passkey, a wrong origin, a used or expired ceremony and a
/// counter that went backwards all get the same answer.
#[server(prefix = "/api/login", endpoint = "passkey/sign-in")]
pub async fn passkey_sign_in(
    #[server(default)] credential: String,
    #[server(default)] next: Option<String>,
    #[server(default)] remember: Option<String>,
    #[server(default)] ceremony: Option<String>,
) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let state = &call.state;
    run("passkey_sign_in", async {
        let Some(webauthn) = state.passkeys.as_ref() else {
            return Ok(refused(call.say(&UNAVAILABLE)));
        };
        if !state.settings.limits.sign_in().allow(state, &client).await? {
            return Ok(refused(call.say(&TOO_MANY)));
        }
        let mut tx = state.db.begin_write().await?;
        let taken =
            passkeys::take(&mut tx, state, &call.parts.headers, Ceremony::SignIn, ceremony.as_deref())
                .await?;
        let Some(authentication) = taken.and_then(|(_, saved)| parse::<DiscoverableAuthentication>(&saved))
        else {
            tx.commit().await?;
            return Ok(refused(call.say(&NOT_ACCEPTED)));
        };
        let Some(answer) = parse::<PublicKeyCredential>(&credential) else {
            tx.commit().await?;
            return Ok(refused(call.say(&NOT_ACCEPTED)));
        };
        let found = match webauthn.identify_discoverable_authentication(&answer) {
            Ok((handle, credential_id)) => {
                rows::find(&mut *tx, &credential_key(credential_id), &handle.to_string()).await?
            }
            Err(_) => None,
        };
        let Some((stored, mut passkey)) =
            found.and_then(|row| parse::<Passkey>(&row.credential).map(|p| (row, p)))
        else {
            tx.commit().await?;
            return Ok(refused(call.say(&NOT_ACCEPTED)));
        };
        let result = match webauthn.finish_discoverable_authentication_v2(&answer, authentication, &passkey) {
            Ok(result) => result,
            Err(WebauthnError::CredentialPossibleCompromise) => {
                // A signature counter lower than the last one seen: a clone
                // of the authenticator may be in use.
                tracing::warn!(
                    user_id = stored.user_id,
                    passkey = stored.id,
                    "a passkey's counter went backwards"
                );
                tx.commit().await?;
                return Ok(refused(call.say(&NOT_ACCEPTED)));
            }
            Err(_) => {
                tx.commit().await?;
                return Ok(refused(call.say(&NOT_ACCEPTED)));
            }
        };
        passkey.update_credential(&result);
        rows::used(&mut *tx, stored.id, &serde_json::to_string(&passkey)?, clock::now()).await?;
        let Some(user) = users::find_by_id(&mut *tx, stored.user_id).await? else {
            tx.commit().await?;
            return Ok(refused(call.say(&NOT_ACCEPTED)));
        };
        record_account(user.id);
        let account = account_key(user.id);
        let remember = remember.is_some();
        let to = signed_in(&call, &mut tx, &user, remember, next.as_deref(), &[account.as_str()]).await?;
        tx.commit().await?;
        Ok(Answer::Go(to))
    })
    .await
}

#[cfg(feature = "ssr")]
mod ssr {
    pub use webauthn_rs::prelude::{
        DiscoverableAuthentication, Passkey, PasskeyRegistration, PublicKeyCredential,
        RegisterPublicKeyCredential, Uuid, WebauthnError,
    };
    pub use webauthn_rs_proto::ResidentKeyRequirement;

    pub use super::{NAME_RULE, passkey_name};
    pub use crate::{
        actions::{
            call::{Call, record_account, run},
            settings::ssr::{Failures, account_checked},
            sign_in::ssr::signed_in,
        },
        domain::{
            answer::{Answer, Feedback, Notice},
            i18n::Key,
            viewer::Viewer,
        },
        infra::{
            clock,
            db::{passkeys as rows, users},
            email::{outbox::enqueue, templates::Email},
        },
        services::{
            limits::account_key,
            links,
            passkeys::{self, Ceremony, credential_key},
        },
    };

    pub const TOO_LATE: Key = Key("passkey-too-late");
    /// One answer for every way a passkey sign-in fails.
    pub const NOT_ACCEPTED: Key = Key("passkey-not-accepted");

    pub const NO_SUCH_PASSKEY: Key = Key("passkey-not-this-accounts");

    pub const TOO_MANY: Key = Key("passkey-too-many");
    /// `BASE_URL` cannot be a relying party (see `services::passkeys`).
    pub const UNAVAILABLE: Key = Key("passkey-unavailable");

    /// The form again with `notice`, in the call's language, about it all.
    pub fn refused<P>(notice: String) -> Answer<P> {
        Answer::Rejected(Feedback::default().with_notice(Notice::Error(notice)))
    }

    /// The current password typed into `field`, checked as settings checks
    /// it (its failures count toward the account's limit): None when it is
    /// right; else the answer, its error beside the field with what
    /// `feedback` keeps, or sign in again when the account is gone.
    pub async fn password_refusal<P>(
        call: &Call,
        viewer: &Viewer,
        password: String,
        field: &str,
        mut feedback: Feedback,
    ) -> anyhow::Result<Option<Answer<P>>> {
        let checked = Failures::ClearIfRight;
        if account_checked(call, viewer, password, field, &mut feedback, checked).await?.is_none() {
            return Ok(Some(Answer::Go("/login".into())));
        }
        Ok(feedback.has_errors().then_some(Answer::Rejected(feedback)))
    }

    /// A ceremony's options as JSON text, with its id (`ceremony`), which
    /// the page sends back with the browser's answer: another tab's
    /// ceremony may have begun since.
    pub fn with_ceremony(options: &impl serde::Serialize, id: String) -> serde_json::Result<String> {
        let mut json = serde_json::to_value(options)?;
        if let Some(members) = json.as_object_mut() {
            members.insert(super::fields::CEREMONY.to_owned(), id.into());
        }
        serde_json::to_string(&json)
    }

    /// JSON from the browser or the database; anything else is None.
    pub fn parse<T: serde::de::DeserializeOwned>(json: &str) -> Option<T> {
        serde_json::from_str(json).ok()
    }

    /// The account's WebAuthn user handle, made on first use.
    pub async fn user_handle(conn: &mut sqlx::AnyConnection, user_id: i64) -> anyhow::Result<Uuid> {
        if rows::webauthn_id(&mut *conn, user_id).await?.is_none() {
            rows::set_webauthn_id(&mut *conn, user_id, &Uuid::new_v4().to_string()).await?;
        }
        let handle = rows::webauthn_id(&mut *conn, user_id).await?.unwrap_or_default();
        Ok(Uuid::parse_str(&handle)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The browser side posts by these names; serde names the server
    /// functions' arguments after their parameters, so a renamed parameter
    /// fails here instead of arriving as an empty default.
    #[test]
    fn the_shared_field_names_are_the_server_functions_arguments() {
        let add = AddPasskey { name: String::new(), credential: String::new(), ceremony: None };
        let sign_in = PasskeySignIn { credential: String::new(), next: None, remember: None, ceremony: None };
        let names = |value: serde_json::Value| {
            let mut names: Vec<String> = value.as_object().unwrap().keys().cloned().collect();
            names.sort();
            names
        };
        let mut expected_add = vec![fields::NAME, fields::CREDENTIAL, fields::CEREMONY];
        expected_add.sort();
        assert_eq!(names(serde_json::to_value(add).unwrap()), expected_add);
        let mut expected_sign_in = vec![fields::CREDENTIAL, fields::NEXT, fields::REMEMBER, fields::CEREMONY];
        expected_sign_in.sort();
        assert_eq!(names(serde_json::to_value(sign_in).unwrap()), expected_sign_in);
    }
}
