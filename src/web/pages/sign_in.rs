use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::form::{NoticeBanner, PostForm, TextField, use_feedback};
use crate::{actions::sign_in::SignIn, domain::answer::Notice, web::islands::Passkeys};

#[component]
pub fn SignIn() -> impl IntoView {
    let feedback = use_feedback();
    let query = use_query_map();
    // Where the site can be a passkeys' relying party (see `services::passkeys`).
    #[cfg(feature = "ssr")]
    let passkeys = use_context::<crate::infra::state::AppState>().is_some_and(|s| s.passkeys.is_some());
    #[cfg(not(feature = "ssr"))]
    let passkeys = false;
    let next = feedback.value("next").or_else(|| query.with_untracked(|q| q.get("next")));
    // After a reset the browser is sent here, signed out, with a notice; and
    // so is a second step whose sign-in expired.
    let notice = feedback.notice.clone().or_else(|| {
        query.with_untracked(|q| q.get("notice")).and_then(|n| match n.as_str() {
            "password-changed" => {
                Some(Notice::Success("Your password was changed. Sign in with the new one.".into()))
            }
            "sign-in-again" => {
                Some(Notice::Error("That sign-in took too long. Please sign in again.".into()))
            }
            _ => None,
        })
    });
    view! {
        <Title text="Sign in"/>
        <section class="card narrow">
            <h1>"Sign in"</h1>
            <NoticeBanner notice/>
            <PostForm action=SignIn::PATH>
                <input type="hidden" name="next" value=next/>
                <TextField
                    name="login"
                    label="Email or username"
                    autocomplete=if passkeys { "username webauthn" } else { "username" }
                    value=feedback.value("login")
                />
                <TextField name="password" label="Password" kind="password" autocomplete="current-password"/>
                <div class="field checkbox">
                    <input type="checkbox" id="remember" name="remember" value="on"/>
                    <label for="remember">"Remember me on this device"</label>
                </div>
                <button type="submit" class="button primary wide">"Sign in"</button>
            </PostForm>
            // Shown by the island where the browser has passkeys; without
            // JavaScript the password form is the whole page.
            {passkeys
                .then(|| {
                    view! {
                        <Passkeys>
                            <p data-passkey hidden>
                                <button type="button" class="button wide" data-passkey-sign-in>
                                    "Sign in with a passkey"
                                </button>
                            </p>
                        </Passkeys>
                    }
                })}
            <p class="muted">
                <a href="/forgot">"Forgot your password?"</a>
                " · "
                <a href="/register">"Create an account"</a>
            </p>
        </section>
    }
}
