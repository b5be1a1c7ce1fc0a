//! Registration: a new, unconfirmed account and the email that confirms it.

use leptos::prelude::*;

use crate::domain::answer::Answer;

/// Creates an unconfirmed account and queues its confirmation email. An
/// address that already has an account gets the same answer, and its owner
/// a notice instead of a second account.
#[server(prefix = "/api", endpoint = "register")]
pub async fn register(
    #[server(default)] username: String,
    #[server(default)] email: String,
    #[server(default)] password: String,
    #[server(default)] password_confirm: String,
) -> Result<Answer, ServerFnError> {
    use self::ssr::*;
    let call = Call::current()?;
    let client = call.client()?;
    let language = call.language();
    let state = &call.state;
    run("register", async move {
        let mut feedback = Feedback::default().keep("username", &username).keep("email", &email);
        let name = Username::parse(&username).map_err(|e| feedback.error("username", say(language, &e))).ok();
        let address = Email::parse(&email).map_err(|e| feedback.error("email", say(language, &e))).ok();
        let fields = NewPasswordFields { password: "password", confirmation: "password_confirm" };
        let related = [username.clone(), email.clone()];
        check_new_password(&mut feedback, language, fields, &password, &password_confirm, &related).await;
        // Usernames are public, so saying one is taken reveals nothing private.
        if let Some(name) = &name
            && users::username_taken(state.db.pool(), name).await?
        {
            feedback.error("username", say(language, &USERNAME_TAKEN));
        }
        let (Some(name), Some(address), false) = (name, address, feedback.has_errors()) else {
            return Ok(Answer::Rejected(feedback));
        };

        // Over the limit, the answer is the usual one, and nothing happens.
        if !state.settings.limits.register().allow(state, &client).await? {
            return Ok(check_inbox(language, &address));
        }
        // Hashed whether or not the address is new, so both take the same time.
        let password_hash = state.hasher.hash(&SecretString::from(password)).await?;
        let mut tx = state.db.begin_write().await?;
        match users::find_by_email(&mut *tx, &address).await? {
            // Registered before but never confirmed: the first registration
            // may not be the address owner's, and neither may this one. No
            // password is kept; whoever reads the inbox chooses it.
            //
            // The new link it mails waits out the account's cooldown and
            // counts toward its hourly limit like any link. Held back, the
            // password and sessions go all the same (whoever registered
            // first keeps no hold), the live links stay (the inbox's owner
            // finishes with the last one), the name is held as a new
            // address's would be, and the answer is the same.
            Some(owner) if !owner.is_confirmed() => {
                // The gate takes the account's lock first, as every path
                // that ends its sessions does; each update below holds only
                // while it is still unconfirmed.
                let open = links::gate(state, &mut tx, owner.id, REGISTRATION_MAIL).await? == Gate::Open;
                let restarted = open && users::restart_unconfirmed(&mut *tx, owner.id, &name).await?;
                if restarted || users::forget_unconfirmed_password(&mut *tx, owner.id).await? {
                    sessions::delete_for_user(&mut *tx, owner.id, None).await?;
                }
                if restarted {
                    links::kill_all(&mut tx, owner.id).await?;
                    let to = Recipient { user_id: owner.id, username: name.as_str(), email: &owner.email };
                    links::send_finish_registration(state, &mut tx, to).await?;
                } else {
                    let until = clock::now() + state.settings.confirm_token_secs;
                    users::reserve_username(&mut *tx, &name, until).await?;
                }
            }
            Some(owner) => {
                // The name is held as a new account's would be: the live
                // username check must not tell whether the address was new.
                let until = clock::now() + state.settings.confirm_token_secs;
                users::reserve_username(&mut *tx, &name, until).await?;
                queue_address_taken_notice(state, &mut tx, &owner).await?;
            }
            None => {
                let new_user = users::NewUser {
                    username: &name,
                    email: &address,
                    password_hash: &password_hash,
                    confirmed_at: None,
                    // The language registration was in: the emails follow it.
                    language,
                };
                match users::insert(&mut *tx, new_user, clock::now()).await {
                    Ok(user_id) => {
                        // Its first email counts toward its hourly limit
                        // too; a new account always has room for it.
                        links::count_mail(state, &mut tx, user_id).await?;
                        let to = Recipient { user_id, username: name.as_str(), email: address.as_str() };
                        links::send(state, &mut tx, Purpose::Confirm, to).await?;
                    }
                    // Another request took the name or the address a moment ago.
                    Err(e) if db::is_unique_violation(&e) => {
                        tx.rollback().await?;
                        if users::username_taken(state.db.pool(), &name).await? {
                            feedback.error("username", say(language, &USERNAME_TAKEN));
                            return Ok(Answer::Rejected(feedback));
                        }
                        return Ok(check_inbox(language, &address));
                    }
                    Err(e) => return Err(e.into()),
                }
            }
        }
        links::commit(state, tx).await?;
        Ok(check_inbox(language, &address))
    })
    .await
}

#[cfg(feature = "ssr")]
mod ssr {
    pub use secrecy::SecretString;

    pub use crate::{
        actions::call::{Call, run},
        domain::{
            Email, Language, Username,
            answer::{Answer, Feedback, Link, Outcome, Text},
            i18n::{say, text},
            username::TAKEN as USERNAME_TAKEN,
        },
        infra::{
            clock,
            crypto::tokens::Purpose,
            db::{self, sessions, users},
        },
        services::{
            accounts::{NewPasswordFields, check_new_password, queue_address_taken_notice},
            links::{self, Gate, Recipient},
        },
    };

    /// What an unconfirmed account has been mailed on registering: its
    /// confirmation, or the link that finishes registering again.
    pub const REGISTRATION_MAIL: &[Purpose] = &[Purpose::Confirm, Purpose::Reset];

    /// The same for every address, new or not: the page must not tell
    /// anyone which addresses have accounts.
    pub fn check_inbox(language: Language, email: &Email) -> Answer {
        Answer::Done(Outcome {
            title: text(language, "register-check-inbox"),
            paragraphs: vec![
                Text::emphasised(language, "register-sent-to", "email", email.as_str()),
                Text::paragraph(text(language, "register-open-the-link")),
            ],
            link: Some(Link { label: text(language, "nav-sign-in"), href: "/login".into() }),
        })
    }
}
