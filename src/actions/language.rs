//! The language the pages are in: chosen in the footer by anyone, and in
//! settings; a signed-in account keeps it as its own (its emails follow).

use leptos::prelude::*;

use crate::domain::answer::Answer;

/// Switches to `language` and goes back to the page at `back`. The choice
/// is kept in a cookie for the browser, and saved to the account when one
/// is signed in (an account's saved language comes before the cookie).
#[server(prefix = "/api", endpoint = "language")]
pub async fn choose_language(
    #[server(default)] language: String,
    #[server(default)] back: String,
) -> Result<Answer, ServerFnError> {
    use crate::{
        actions::call::{Call, run},
        domain::{Language, answer::Notice, next::safe_next},
        infra::{cookies, db::users},
    };
    let call = Call::current()?;
    run("choose_language", async {
        let Some(chosen) = Language::from_code(&language) else {
            return Ok(Answer::Noted(Notice::Error(call.t("language-unknown"))));
        };
        call.set_cookie(cookies::language(&call.state, chosen)?);
        if let Some(viewer) = call.viewer() {
            users::set_language(call.state.db.pool(), viewer.user_id, chosen).await?;
        }
        Ok(Answer::Go(safe_next(&back).unwrap_or("/").to_owned()))
    })
    .await
}
