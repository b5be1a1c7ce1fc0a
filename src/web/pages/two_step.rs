use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::form::{
    CodeField, CurrentPasswordField, NoticeBanner, OutcomeCard, PostForm, use_feedback, use_outcome,
};
use crate::{
    actions::{sign_in::SecondStep as SecondStepFn, two_step::EnableTwoStep},
    web::i18n::t,
};

/// The second step of a sign-in, after a right password.
#[component]
pub fn SecondStep() -> impl IntoView {
    let feedback = use_feedback();
    view! {
        <Title text=t("two-step-title")/>
        <section class="card narrow">
            <h1>{t("two-step-title")}</h1>
            <NoticeBanner notice=feedback.notice.clone()/>
            <p>{t("two-step-enter-code")}</p>
            <PostForm action=SecondStepFn::PATH>
                <CodeField label=t("two-step-code-label") hint=t("two-step-code-hint")/>
                <button type="submit" class="button primary wide">{t("sign-in-submit")}</button>
            </PostForm>
            <p class="muted"><a href="/login">{t("two-step-start-again")}</a></p>
        </section>
    }
}

/// What `/settings/two-step` shows: the key being set up.
#[derive(Clone, Debug, serde::Deserialize)]
pub struct TwoStepSetupView {
    /// The `otpauth://` URI as a QR code, inline SVG made on the server.
    pub qr_svg: String,
    /// The key for typing into the app, in groups of four.
    pub secret: String,
}

/// Setting up an authenticator app: scan or type the key, then prove it
/// with a code. Once on, the recovery codes take the card's place.
#[component]
pub fn TwoStepSetup() -> impl IntoView {
    if let Some(outcome) = use_outcome() {
        return view! { <OutcomeCard outcome/> }.into_any();
    }
    let feedback = use_feedback();
    let Some(view) = use_context::<TwoStepSetupView>() else {
        return ().into_any();
    };
    view! {
        <Title text=t("two-step-setup-title")/>
        <section class="card narrow">
            <h1>{t("two-step-setup-title")}</h1>
            <NoticeBanner notice=feedback.notice.clone()/>
            <p>{t("two-step-setup-scan")}</p>
            <div class="qr" role="img" aria-label=t("two-step-setup-qr-label") inner_html=view.qr_svg></div>
            <p>{t("two-step-setup-type-key")}</p>
            <p><code class="secret" data-secret>{view.secret}</code></p>
            <PostForm action=EnableTwoStep::PATH>
                <CodeField label=t("two-step-code-from-app") hint=t("two-step-setup-code-hint")/>
                <CurrentPasswordField name="enable_password"/>
                <button type="submit" class="button primary">{t("two-step-turn-on")}</button>
            </PostForm>
            <p class="muted"><a href="/settings">{t("two-step-cancel")}</a></p>
        </section>
    }
    .into_any()
}
