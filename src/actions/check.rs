//! Live checks behind the registration and new-password forms. They are
//! public: usernames are public anyway, and a password's strength says
//! nothing about any account. Each call counts against a per-address limit,
//! generous enough for typing and low enough to make scraping slow.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The answer to a live check: a verdict, or why there is none. Input a
/// check cannot judge is answered too, never with an error status. Its
/// words are in the caller's language: the browser shows them as they come.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Check<T> {
    Done(T),
    Refused(String),
}

/// What a check says of a field's value.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Said {
    Fine(String),
    Wrong(String),
}

/// The strength meter's reading: its score (0-4), its word ("Strength:
/// Strong"), and what to say next to the field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub score: u8,
    pub label: String,
    pub said: Said,
}

/// The names in the JSON the browser reads (see `domain::answer::json`;
/// the test below holds serde to them).
pub const CHECK_DONE: &str = "Done";
pub const FINE: &str = "Fine";
pub const WRONG: &str = "Wrong";
pub const SCORE: &str = "score";
pub const LABEL: &str = "label";
pub const SAID: &str = "said";

/// Whether a username is free. The form decides again when it is posted.
#[server(prefix = "/api/check", endpoint = "username", input = server_fn::codec::Json)]
pub async fn username_availability(username: String) -> Result<Check<Said>, ServerFnError> {
    use crate::{
        actions::call::{Call, unexpected, within_check_limit},
        domain::{Username, username},
        infra::db::users,
    };
    let call = Call::current()?;
    let state = &call.state;
    if !within_check_limit(&call).await? {
        return Ok(Check::Refused(call.t("checks-too-many")));
    }
    let name = match Username::parse(&username) {
        Ok(name) => name,
        Err(e) => return Ok(Check::Refused(call.say(&e))),
    };
    let taken = users::username_taken(state.db.pool(), &name).await.map_err(unexpected)?;
    Ok(Check::Done(if taken {
        Said::Wrong(call.say(&username::TAKEN))
    } else {
        Said::Fine(call.t_with("username-available", &[("name", name.as_str().into())]))
    }))
}

/// How guessable `password` is to someone who knows `related` (the username
/// and address typed in the same form). Posted as JSON, never in a URL.
#[server(prefix = "/api/check", endpoint = "password", input = server_fn::codec::Json)]
pub async fn password_strength(
    password: String,
    related: Vec<String>,
) -> Result<Check<Verdict>, ServerFnError> {
    use crate::{
        actions::call::{Call, within_check_limit},
        domain::password,
        services::strength,
    };
    let call = Call::current()?;
    if !within_check_limit(&call).await? {
        return Ok(Check::Refused(call.t("checks-too-many")));
    }
    if let Err(e) = password::check_length(&password) {
        return Ok(Check::Refused(call.say(&e)));
    }
    // A form has at most a username and an address to compare with.
    let related = related.into_iter().take(2).map(|w| w.chars().take(254).collect()).collect::<Vec<String>>();
    let strength = strength::assess(&password, &related).await;
    let label = call.t_with("strength-label", &[("label", call.say(&strength.label()).into())]);
    let said = match strength.refusal(call.language()) {
        Some(refusal) => Said::Wrong(refusal),
        None => Said::Fine(call.t("strength-accepted")),
    };
    Ok(Check::Done(Verdict { score: strength.score, label, said }))
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_json_uses_the_names_the_browser_reads() {
        let verdict = Verdict { score: 3, label: "l".into(), said: Said::Fine("f".into()) };
        let done = serde_json::to_value(Check::Done(verdict)).unwrap_or_default();
        assert_eq!(done[CHECK_DONE][SCORE], 3);
        assert_eq!(done[CHECK_DONE][LABEL], "l");
        assert_eq!(done[CHECK_DONE][SAID][FINE], "f");
        let wrong = serde_json::to_value(Said::Wrong("w".into())).unwrap_or_default();
        assert_eq!(wrong[WRONG], "w");
    }
}
