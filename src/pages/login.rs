use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::form::{NoticeBanner, PostForm, TextField, use_feedback};
use crate::api::{answer::Notice, session::SignIn};

#[component]
pub fn Login() -> impl IntoView {
    let feedback = use_feedback();
    let query = use_query_map();
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
            <PostForm action="/login" api=Some(SignIn::PATH)>
                <input type="hidden" name="next" value=next/>
                <TextField
                    name="login"
                    label="Email or username"
                    autocomplete="username"
                    value=feedback.value("login")
                />
                <TextField name="password" label="Password" kind="password" autocomplete="current-password"/>
                <div class="field checkbox">
                    <input type="checkbox" id="remember" name="remember" value="on"/>
                    <label for="remember">"Remember me on this device"</label>
                </div>
                <button type="submit" class="button primary wide">"Sign in"</button>
            </PostForm>
            <p class="muted">
                <a href="/forgot">"Forgot your password?"</a>
                " · "
                <a href="/register">"Create an account"</a>
            </p>
        </section>
    }
}
