//! Live checks behind the registration and new-password forms. They are
//! public: usernames are public anyway, and a password's strength says
//! nothing about any account. Each call counts against a per-address limit,
//! generous enough for typing and low enough to make scraping slow.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::Strength;

/// The answer to a live check: a verdict, or why there is none. Input a
/// check cannot judge is answered too, never with an error status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Check<T> {
    Done(T),
    Refused(String),
}

/// The variant's name in the JSON the browser reads (see
/// `domain::answer::json`; the test below holds serde to it).
pub const CHECK_DONE: &str = "Done";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Availability {
    Available,
    Taken,
}

/// Whether a username is free. The form decides again when it is posted.
#[server(prefix = "/api/check", endpoint = "username", input = server_fn::codec::Json)]
pub async fn username_availability(username: String) -> Result<Check<Availability>, ServerFnError> {
    use crate::{
        actions::call::{Call, unexpected, within_check_limit},
        domain::Username,
        infra::db::users,
    };
    let call = Call::current()?;
    let state = &call.state;
    if !within_check_limit(&call).await? {
        return Ok(Check::Refused(TOO_MANY.into()));
    }
    let name = match Username::parse(&username) {
        Ok(name) => name,
        Err(e) => return Ok(Check::Refused(e.to_string())),
    };
    let taken = users::username_taken(state.db.pool(), &name).await.map_err(unexpected)?;
    Ok(Check::Done(if taken { Availability::Taken } else { Availability::Available }))
}

/// How guessable `password` is to someone who knows `related` (the username
/// and address typed in the same form). Posted as JSON, never in a URL.
#[server(prefix = "/api/check", endpoint = "password", input = server_fn::codec::Json)]
pub async fn password_strength(
    password: String,
    related: Vec<String>,
) -> Result<Check<Strength>, ServerFnError> {
    use crate::{
        actions::call::{Call, within_check_limit},
        domain::password,
        services::strength,
    };
    let call = Call::current()?;
    if !within_check_limit(&call).await? {
        return Ok(Check::Refused(TOO_MANY.into()));
    }
    if let Err(e) = password::check_length(&password) {
        return Ok(Check::Refused(e.to_string()));
    }
    // A form has at most a username and an address to compare with.
    let related = related.into_iter().take(2).map(|w| w.chars().take(254).collect()).collect::<Vec<String>>();
    Ok(Check::Done(strength::assess(&password, &related).await))
}

#[cfg(feature = "ssr")]
const TOO_MANY: &str = "Too many checks for now. The form is still checked when you send it.";

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_json_uses_the_name_the_browser_reads() {
        let done = serde_json::to_value(Check::Done(Availability::Taken)).unwrap_or_default();
        assert_eq!(done[CHECK_DONE], "Taken");
    }
}
