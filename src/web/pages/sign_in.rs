use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::form::{NoticeBanner, PostForm, TextField, use_feedback};
use crate::{
    actions::sign_in::SignIn,
    domain::answer::Notice,
    web::{i18n::t, islands::Passkeys},
};

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
            "password-changed" => Some(Notice::Success(t("sign-in-password-changed"))),
            "sign-in-again" => Some(Notice::Error(t("sign-in-took-too-long"))),
            _ => None,
        })
    });
    view! {
        <Title text=t("sign-in-title")/>
        <section class="card narrow">
            <h1>{t("sign-in-title")}</h1>
            <NoticeBanner notice/>
            <PostForm action=SignIn::PATH>
                <input type="hidden" name="next" value=next/>
                <TextField
                    name="login"
                    label=t("sign-in-login-label")
                    autocomplete=if passkeys { "username webauthn" } else { "username" }
                    value=feedback.value("login")
                />
                <TextField name="password" label=t("password-label") kind="password" autocomplete="current-password"/>
                <div class="field checkbox">
                    <input type="checkbox" id="remember" name="remember" value="on"/>
                    <label for="remember">{t("sign-in-remember")}</label>
                </div>
                <button type="submit" class="button primary wide">{t("sign-in-submit")}</button>
            </PostForm>
            // Shown by the island where the browser has passkeys; without
            // JavaScript the password form is the whole page.
            {passkeys
                .then(|| {
                    view! {
                        <Passkeys>
                            <p data-passkey hidden>
                                <button type="button" class="button wide" data-passkey-sign-in>
                                    {t("sign-in-with-passkey")}
                                </button>
                            </p>
                        </Passkeys>
                    }
                })}
            <p class="muted">
                <a href="/forgot">{t("sign-in-forgot")}</a>
                " · "
                <a href="/register">{t("sign-in-create-account")}</a>
            </p>
        </section>
    }
}
