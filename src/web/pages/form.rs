use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    domain::{
        answer::{Feedback, Notice, Outcome, Text},
        i18n::{Key, say},
        language::LANGUAGES,
    },
    web::{
        forms::action_of,
        i18n::{t, use_language},
        islands::{LiveCheck, LiveFields, Words},
    },
};

/// What the last post of a form on this page answered, if it was not
/// accepted or left a notice: the page route puts it in context.
pub fn use_feedback() -> Feedback {
    use_context::<Feedback>().unwrap_or_default()
}

/// The result of a finished action, shown where its form was.
pub fn use_outcome() -> Option<Outcome> {
    use_context::<Outcome>()
}

/// A labelled, server-rendered input with its message slot
/// (`{name}-message`, tied to the input and announced when it changes).
///
/// `check` names the rule the `LiveFields` island applies while the user
/// types; the island finds
/// everything else it needs in the attributes rendered here, so the form
/// works the same without JavaScript and the island needs no props.
#[component]
pub fn TextField(
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(default = None)] value: Option<String>,
    #[prop(default = None)] error: Option<String>,
    #[prop(optional, into)] hint: String,
    #[prop(default = None)] check: Option<LiveCheck>,
    /// For `confirm`: the id of the password it must repeat.
    #[prop(default = None)]
    confirms: Option<&'static str>,
    /// For `new-password`: ids of inputs whose values it must not be built from.
    #[prop(default = None)]
    related_fields: Option<&'static str>,
    /// For `new-password`: words it must not be built from (the account's
    /// username and address), separated by spaces, which neither can contain.
    #[prop(default = None)]
    related: Option<String>,
) -> impl IntoView {
    let message_id = format!("{name}-message");
    let invalid = error.is_some().to_string();
    // Names, addresses and emailed codes: no spelling fixes, no capitals added.
    let plain_text = kind == "email" || check == Some(LiveCheck::Username) || autocomplete == "one-time-code";
    let data_hint = (!hint.is_empty()).then(|| hint.clone());
    view! {
        <div class="field">
            <label for=name>{label}</label>
            <input
                id=name
                name=name
                type=kind
                autocomplete=autocomplete
                value=value
                required
                spellcheck=plain_text.then_some("false")
                autocapitalize=plain_text.then_some("none")
                aria-invalid=invalid
                aria-describedby=message_id.clone()
                data-check=check.map(LiveCheck::as_str)
                data-hint=data_hint
                data-confirms=confirms
                data-related-fields=related_fields
                data-related=related
            />
            <p id=message_id class="field-message" aria-live="polite">
                {match error {
                    Some(e) => view! { <span class="error">{e}</span> }.into_any(),
                    None => view! { <span class="muted">{hint}</span> }.into_any(),
                }}
            </p>
            {check.map(|check| view! { <Words messages=check.messages()/> })}
        </div>
    }
}

/// An email field that checks itself while the user types, with the value
/// and error the last post left for `name`, or else the `prefill` value.
#[component]
pub fn EmailField(
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(default = None)] prefill: Option<String>,
) -> impl IntoView {
    let feedback = use_feedback();
    let (value, error) = (feedback.value(name).or(prefill), feedback.error_for(name));
    view! { <TextField name label kind="email" autocomplete="email" value error check=Some(LiveCheck::Email)/> }
}

/// The field for a typed code (from an email, an authenticator app, or a
/// recovery code), `code` unless named, with what the last post left in it.
#[component]
pub fn CodeField(
    #[prop(default = "code")] name: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] hint: String,
) -> impl IntoView {
    let feedback = use_feedback();
    let (value, error) = (feedback.value(name), feedback.error_for(name));
    view! { <TextField name label autocomplete="one-time-code" value error hint/> }
}

/// The account's current password, asked to confirm an action, with the
/// error the last post left for `name` (never its value).
#[component]
pub fn CurrentPasswordField(
    name: &'static str,
    /// "Current password" unless given.
    #[prop(optional, into)]
    label: Option<String>,
    #[prop(optional, into)] hint: String,
) -> impl IntoView {
    let error = use_feedback().error_for(name);
    let label = label.unwrap_or_else(|| t("current-password"));
    view! { <TextField name label kind="password" autocomplete="current-password" error hint/> }
}

/// The form of the server function at `action` (its `ServerFn::PATH`), as
/// the `LiveFields` island makes it live. Without JavaScript it posts to
/// the path `web::forms` gives that action, whose answer is a page; with
/// JavaScript, unless `in_place` is off, the island posts to the server
/// function itself and shows the answer in place.
#[component]
pub fn PostForm(
    action: &'static str,
    /// Off for a form whose answer changes more of the page than the
    /// island redraws: the browser loads the page it answers with.
    #[prop(default = true)]
    in_place: bool,
    /// Leave the checking to the server and the island, as the page says
    /// more than the browser's own bubbles.
    #[prop(default = false)]
    novalidate: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <LiveFields>
            <form method="post" action=action_of(action) data-api=in_place.then_some(action) novalidate=novalidate>
                {children()}
            </form>
        </LiveFields>
    }
}

/// A new password and its confirmation, with a strength meter the `LiveFields` island fills in once the server
/// has judged the password.
#[component]
pub fn NewPasswordFields(
    name: &'static str,
    confirm_name: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] confirm_label: String,
    /// The rule of a strong password unless given.
    #[prop(optional, into)]
    hint: Option<String>,
    #[prop(default = None)] related_fields: Option<&'static str>,
    #[prop(default = None)] related: Option<String>,
) -> impl IntoView {
    let feedback = use_feedback();
    let hint = hint.unwrap_or_else(|| t("password-hint"));
    view! {
        <TextField
            name
            label
            kind="password"
            autocomplete="new-password"
            error=feedback.error_for(name)
            hint
            check=Some(LiveCheck::NewPassword)
            related_fields
            related
        />
        <div class="strength" id=format!("{name}-strength") hidden>
            <meter min="0" max="4" low="2" high="3" optimum="4" aria-label=t("strength-meter-label")></meter>
            <span></span>
        </div>
        <TextField
            name=confirm_name
            label=confirm_label
            kind="password"
            autocomplete="new-password"
            error=feedback.error_for(confirm_name)
            check=Some(LiveCheck::Confirm)
            confirms=Some(name)
        />
    }
}

/// The page's slot for the message about a whole form, announced to
/// screen readers; a form that submits in place writes its notice here.
#[component]
pub fn NoticeBanner(notice: Option<Notice>) -> impl IntoView {
    let notice = notice.map(|notice| match notice {
        Notice::Success(text) => view! { <p class="notice success" role="status">{text}</p> }.into_any(),
        Notice::Error(text) => view! { <p class="notice error" role="alert">{text}</p> }.into_any(),
    });
    view! { <div id="notice" aria-live="polite">{notice}</div> }
}

/// A finished action's result in a card of its own: the same structure the
/// island builds when the form was submitted in place.
#[component]
pub fn OutcomeCard(outcome: Outcome) -> impl IntoView {
    let title = outcome.title.clone();
    view! {
        <Title text=title/>
        <section class="card narrow">
            <h1>{outcome.title}</h1>
            {outcome
                .paragraphs
                .into_iter()
                .map(|pieces| {
                    let pieces = pieces
                        .into_iter()
                        .map(|piece| match piece {
                            Text::Plain(text) => text.into_any(),
                            Text::Strong(text) => view! { <strong>{text}</strong> }.into_any(),
                        })
                        .collect_view();
                    view! { <p>{pieces}</p> }
                })
                .collect_view()}
            {outcome.link.map(|link| view! { <p><a class="button" href=link.href>{link.label}</a></p> })}
        </section>
    }
}

/// The `<option>`s of a choice of language, the page's own selected. Each
/// language is named in itself, as a reader looks for their own.
#[component]
pub fn LanguageOptions() -> impl IntoView {
    let current = use_language();
    LANGUAGES
        .iter()
        .map(|&language| {
            view! {
                <option value=language.code() lang=language.code() selected=(language == current).then_some("")>
                    {say(language, &Key("language-name"))}
                </option>
            }
        })
        .collect_view()
}
