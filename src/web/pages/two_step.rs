use leptos::{prelude::*, server_fn::ServerFn};
use leptos_meta::Title;

use super::form::{
    CodeField, CurrentPasswordField, NoticeBanner, OutcomeCard, PostForm, use_feedback, use_outcome,
};
use crate::actions::{sign_in::SecondStep as SecondStepFn, two_step::EnableTwoStep};

/// The second step of a sign-in, after a right password.
#[component]
pub fn SecondStep() -> impl IntoView {
    let feedback = use_feedback();
    view! {
        <Title text="Two-step sign-in"/>
        <section class="card narrow">
            <h1>"Two-step sign-in"</h1>
            <NoticeBanner notice=feedback.notice.clone()/>
            <p>"Enter the code your authenticator app shows for this account."</p>
            <PostForm action=SecondStepFn::PATH>
                <CodeField label="Code" hint="6 digits from the app, or one of your recovery codes."/>
                <button type="submit" class="button primary wide">"Sign in"</button>
            </PostForm>
            <p class="muted"><a href="/login">"Start again"</a></p>
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
        <Title text="Set up two-step sign-in"/>
        <section class="card narrow">
            <h1>"Set up two-step sign-in"</h1>
            <NoticeBanner notice=feedback.notice.clone()/>
            <p>"Scan this code with an authenticator app on your phone (any app for one-time codes, such as Aegis, FreeOTP or Google Authenticator):"</p>
            <div class="qr" role="img" aria-label="QR code of the key for your authenticator app" inner_html=view.qr_svg></div>
            <p>"Cannot scan it? Type this key into the app instead:"</p>
            <p><code class="secret" data-secret>{view.secret}</code></p>
            <PostForm action=EnableTwoStep::PATH>
                <CodeField label="Code from the app" hint="The 6 digits the app now shows for this account."/>
                <CurrentPasswordField name="enable_password"/>
                <button type="submit" class="button primary">"Turn on"</button>
            </PostForm>
            <p class="muted"><a href="/settings">"Cancel"</a></p>
        </section>
    }
    .into_any()
}
