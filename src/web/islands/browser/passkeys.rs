//! The passkey ceremonies in the browser: a server function's options go
//! to `navigator.credentials`, and what the authenticator answers goes to
//! the server function that verifies it. Both travel as JSON that the
//! browser itself reads and writes (`PublicKeyCredential.parse…FromJSON`
//! and `toJSON()`); where a browser lacks those, the few binary members
//! are converted by hand.

use std::{
    cell::RefCell,
    sync::atomic::{AtomicU32, Ordering},
    time::Duration,
};

use js_sys::{Array, Function, JSON, Object, Promise, Reflect, Uint8Array};
use leptos::{
    prelude::{document, set_timeout, window},
    server_fn::ServerFn,
    task::spawn_local,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{JsFuture, future_to_promise};
use web_sys::{
    AbortController, AbortSignal, Element, Event, HtmlFormElement, HtmlInputElement, UrlSearchParams,
};

use super::{
    client::{field, json_string, post},
    dom::{Note, show},
    submit::{apply, encode as encode_form},
};
use crate::{
    actions::passkeys::{
        AddPasskey, NAME_RULE, PasskeyCreationOptions, PasskeyRequestOptions, PasskeySignIn, fields,
        passkey_name,
    },
    domain::{
        answer::json::{ERROR, GO, NOTICE, PAGE, REJECTED},
        i18n::{Key, Message},
    },
    web::islands::{
        base64url,
        contract::passkey_words::{HELD_ALREADY, NO_ANSWER, NOT_ADDED, NOT_USED, WORDS_ID},
        words::said,
    },
};

const FORM: &str = "application/x-www-form-urlencoded";

thread_local! {
    /// The autofill's ceremony while it waits for the user: its number
    /// (a restart for fresh options replaces only its own one), the controller
    /// that puts it away, and the promise of its end, which resolves to its
    /// options if they went unused (the button takes them on: one
    /// ceremony, and no second request in flight to cross it), or `true`
    /// if it signed in.
    static AUTOFILL: RefCell<Option<(u32, AbortController, Promise)>> = const { RefCell::new(None) };
}

/// Numbers the autofills, for [`AUTOFILL`].
static AUTOFILLS: AtomicU32 = AtomicU32::new(0);

/// How long the autofill keeps one ceremony: less than the server's five
/// minutes, so a passkey picked from it is never answered "too late".
const AUTOFILL_FRESH: Duration = Duration::from_secs(240);

/// Why a ceremony stopped before the server answered its end.
enum Stop {
    /// The server's answer (a refusal): shown as a form's answer is.
    Answer(JsValue),
    /// Said in the page's notice.
    Say(Key),
    /// Nothing to say (the user is told next to a field already).
    Quiet,
}

/// Shows the form or the button, and no longer the note for browsers
/// without passkeys; on the sign-in page, offers the autofill.
pub fn start() {
    if public_key_credential().is_none() || credentials().is_none() {
        return;
    }
    for element in all("[data-passkey]") {
        let _ = element.remove_attribute("hidden");
    }
    for element in all("[data-passkey-fallback]") {
        let _ = element.set_attribute("hidden", "");
    }
    if !all("[data-passkey-sign-in]").is_empty() {
        autofill();
    }
}

/// Settings' "Add a passkey": its name and the password, then the ceremony.
pub fn add(ev: &Event) {
    let Some(form) = ev.target().and_then(|t| t.dyn_into::<HtmlFormElement>().ok()) else { return };
    if form.get_attribute("data-passkey").as_deref() != Some("add") {
        return;
    }
    ev.prevent_default();
    if form.has_attribute("aria-busy") {
        return;
    }
    let _ = form.set_attribute("aria-busy", "true");
    spawn_local(async move {
        let ended = adding(&form).await;
        let _ = form.remove_attribute("aria-busy");
        answered(&form, ended);
    });
}

async fn adding(form: &HtmlFormElement) -> Result<JsValue, Stop> {
    let input =
        form.query_selector("input").ok().flatten().and_then(|i| i.dyn_into::<HtmlInputElement>().ok());
    let typed = input.as_ref().map(HtmlInputElement::value).unwrap_or_default();
    let Some(name) = passkey_name(&typed) else {
        if let Some(input) = input {
            show(&input, Some(Note::Error(words(NAME_RULE.key()))));
            let _ = input.focus();
        }
        return Err(Stop::Quiet);
    };
    // The form's fields: the server function checks the password.
    let fields = encode_form(form).unwrap_or_default();
    let public_key = options(PasskeyCreationOptions::PATH, fields, "parseCreationOptionsFromJSON").await?;
    let credential =
        ceremony("create", &public_key, None).await.map_err(|error| match error_name(&error).as_str() {
            "InvalidStateError" => Stop::Say(HELD_ALREADY),
            "NotAllowedError" | "AbortError" => Stop::Say(NOT_ADDED),
            _ => Stop::Say(NO_ANSWER),
        })?;
    let json = credential_json(&credential).ok_or(Stop::Say(NO_ANSWER))?;
    let ceremony = ceremony_id(&public_key);
    post(
        AddPasskey::PATH,
        FORM,
        encode(&[(fields::NAME, &name), (fields::CREDENTIAL, &json), (fields::CEREMONY, &ceremony)]),
    )
    .await
    .ok_or(Stop::Say(NO_ANSWER))
}

/// `/login`'s "Sign in with a passkey": puts the autofill away (the browser
/// runs one request at a time) and takes on its ceremony, runs it in the
/// browser's dialog, and offers the autofill again if the sign-in did not
/// go on.
pub fn clicked(ev: &Event) {
    let Some(button) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let Some(button) = button.closest("[data-passkey-sign-in]").ok().flatten() else { return };
    if button.has_attribute("aria-busy") {
        return;
    }
    let _ = button.set_attribute("aria-busy", "true");
    spawn_local(async move {
        let left = match AUTOFILL.with(|a| a.borrow_mut().take()) {
            Some((_, controller, ended)) => {
                controller.abort();
                JsFuture::from(ended).await.unwrap_or_default()
            }
            None => JsValue::UNDEFINED,
        };
        if left.is_truthy() && !left.is_object() {
            return; // The autofill signed in: the page is going on.
        }
        let public_key = match left.is_object() {
            true => Ok(left),
            false => options(PasskeyRequestOptions::PATH, String::new(), "parseRequestOptionsFromJSON").await,
        };
        let ended = match public_key {
            Ok(public_key) => signing_in(&public_key, None).await,
            Err(stop) => Err(stop),
        };
        let _ = button.remove_attribute("aria-busy");
        let going = matches!(&ended, Ok(answer) if field(answer, GO).is_some());
        if let Some(form) = sign_in_form() {
            answered(&form, ended);
        }
        if !going {
            autofill();
        }
    });
}

/// Asks the browser to offer this site's passkeys in the username field's
/// autofill (`autocomplete="username webauthn"`) while the page is open,
/// where it can; again with fresh options before the server forgets them.
fn autofill() {
    let Some(class) = public_key_credential() else { return };
    let Some(available) = method(&class, "isConditionalMediationAvailable") else { return };
    let Ok(controller) = AbortController::new() else { return };
    let signal = controller.signal();
    let ended = future_to_promise(async move { Ok(autofilling(&class, &available, signal).await) });
    let number = AUTOFILLS.fetch_add(1, Ordering::Relaxed);
    AUTOFILL.with(|a| *a.borrow_mut() = Some((number, controller, ended)));
    set_timeout(
        move || {
            let Some((_, controller, ended)) =
                AUTOFILL.with(|a| a.borrow_mut().take_if(|(n, _, _)| *n == number))
            else {
                return; // The button took it, or another replaced it.
            };
            controller.abort();
            spawn_local(async move {
                let _ = JsFuture::from(ended).await;
                autofill();
            });
        },
        AUTOFILL_FRESH,
    );
}

/// The autofill's ceremony, quiet until the user picks a passkey (nothing
/// it fails at was asked for); see [`AUTOFILL`] for what it resolves to.
async fn autofilling(class: &JsValue, available: &Function, signal: AbortSignal) -> JsValue {
    let available = available.call0(class).ok().and_then(|p| p.dyn_into::<Promise>().ok());
    let Some(available) = available else { return JsValue::UNDEFINED };
    if JsFuture::from(available).await.ok().and_then(|a| a.as_bool()) != Some(true) {
        return JsValue::UNDEFINED;
    }
    let body = encode(&[("conditional", "yes")]);
    let Ok(public_key) = options(PasskeyRequestOptions::PATH, body, "parseRequestOptionsFromJSON").await
    else {
        return JsValue::UNDEFINED;
    };
    let ended = match signing_in(&public_key, Some(&signal)).await {
        Err(_) if signal.aborted() => return public_key,
        Err(_) => return JsValue::UNDEFINED,
        Ok(answer) => answer,
    };
    // Not offered again after a refusal: the button remains.
    let going = field(&ended, GO).is_some();
    if let Some(form) = sign_in_form() {
        answered(&form, Ok(ended));
    }
    JsValue::from_bool(going)
}

/// A passkey sign-in with the ceremony's options: in the browser's
/// dialog, or with the autofill's `signal`, in the username field's
/// autofill.
async fn signing_in(public_key: &JsValue, autofill: Option<&AbortSignal>) -> Result<JsValue, Stop> {
    let credential =
        ceremony("get", public_key, autofill).await.map_err(|error| match error_name(&error).as_str() {
            "NotAllowedError" | "AbortError" => Stop::Say(NOT_USED),
            _ => Stop::Say(NO_ANSWER),
        })?;
    let json = credential_json(&credential).ok_or(Stop::Say(NO_ANSWER))?;
    // The password form's other choices: where to go on to, and whether
    // to remember this browser.
    let next = input_value("input[name=next]").unwrap_or_default();
    let remember = document()
        .get_element_by_id("remember")
        .and_then(|r| r.dyn_into::<HtmlInputElement>().ok())
        .is_some_and(|r| r.checked());
    let ceremony = ceremony_id(public_key);
    let mut posted =
        vec![(fields::CREDENTIAL, json.as_str()), (fields::NEXT, &next), (fields::CEREMONY, &ceremony)];
    if remember {
        posted.push((fields::REMEMBER, "on"));
    }
    post(PasskeySignIn::PATH, FORM, encode(&posted)).await.ok_or(Stop::Say(NO_ANSWER))
}

/// Shows how a ceremony ended, as a form's answer.
fn answered(form: &HtmlFormElement, ended: Result<JsValue, Stop>) {
    let answer = match ended {
        Ok(answer) | Err(Stop::Answer(answer)) => answer,
        Err(Stop::Say(said)) => refusal(said),
        Err(Stop::Quiet) => return,
    };
    if !apply(form, &answer) {
        apply(form, &refusal(NO_ANSWER));
    }
}

fn refusal(said: Key) -> JsValue {
    let text = words(said.key());
    JSON::parse(&format!(r#"{{"{REJECTED}":{{"{NOTICE}":{{"{ERROR}":{}}}}}}}"#, json_string(&text)))
        .unwrap_or_default()
}

/// The words the page rendered for `key` (`islands::Passkeys`).
fn words(key: &str) -> String {
    document().get_element_by_id(WORDS_ID).map(|words| said(&words, key)).unwrap_or_default()
}

/// Asks the server function at `path` for a ceremony's options, and makes
/// them what `navigator.credentials` takes with `parse`.
async fn options(path: &str, body: String, parse: &str) -> Result<JsValue, Stop> {
    let answer = post(path, FORM, body).await.ok_or(Stop::Say(NO_ANSWER))?;
    let Some(json) = field(&answer, PAGE).and_then(|p| p.as_string()) else {
        return Err(Stop::Answer(answer));
    };
    let answered = JSON::parse(&json).map_err(|_| Stop::Say(NO_ANSWER))?;
    let options =
        field(&answered, "publicKey").and_then(|o| from_json(o, parse)).ok_or(Stop::Say(NO_ANSWER))?;
    // The ceremony's id travels with its options (the browser ignores a
    // member it does not know) to go back with the answer.
    set(&options, fields::CEREMONY, &field(&answered, fields::CEREMONY).unwrap_or_default());
    Ok(options)
}

/// The id of the ceremony `options` belong to.
fn ceremony_id(options: &JsValue) -> String {
    field(options, fields::CEREMONY).and_then(|id| id.as_string()).unwrap_or_default()
}

/// The options as `navigator.credentials` takes them: the browser's own
/// `parse…FromJSON`, or else each binary member decoded here.
fn from_json(options: JsValue, parse: &str) -> Option<JsValue> {
    let class = public_key_credential()?;
    if let Some(parse) = method(&class, parse) {
        return parse.call1(&class, &options).ok();
    }
    to_bytes(&options, "challenge")?;
    if let Some(user) = field(&options, "user") {
        to_bytes(&user, "id")?;
    }
    for list in ["excludeCredentials", "allowCredentials"] {
        for descriptor in field(&options, list).map(|l| Array::from(&l)).unwrap_or_default().iter() {
            to_bytes(&descriptor, "id")?;
        }
    }
    Some(options)
}

fn to_bytes(object: &JsValue, name: &str) -> Option<()> {
    let bytes = base64url::decode(&field(object, name)?.as_string()?)?;
    Reflect::set(object, &name.into(), &Uint8Array::from(bytes.as_slice())).ok().map(drop)
}

/// The authenticator's answer as the JSON the server reads: the browser's
/// `toJSON()`, or else the same members encoded here.
fn credential_json(credential: &JsValue) -> Option<String> {
    let json = match method(credential, "toJSON") {
        Some(to_json) => to_json.call0(credential).ok()?,
        None => {
            let response = field(credential, "response")?;
            let encoded = Object::new();
            for name in
                ["clientDataJSON", "attestationObject", "authenticatorData", "signature", "userHandle"]
            {
                if let Some(buffer) = field(&response, name) {
                    set(&encoded, name, &base64url::encode(&Uint8Array::new(&buffer).to_vec()).into());
                }
            }
            let json = Object::new();
            let id = field(credential, "id")?;
            set(&json, "id", &id);
            set(&json, "rawId", &id);
            set(&json, "type", &"public-key".into());
            set(&json, "response", &encoded);
            json.into()
        }
    };
    JSON::stringify(&json).ok()?.as_string()
}

/// `navigator.credentials[name]({publicKey})`, awaited; with a signal, as
/// the autofill (conditional mediation).
async fn ceremony(
    name: &str,
    public_key: &JsValue,
    autofill: Option<&AbortSignal>,
) -> Result<JsValue, JsValue> {
    let request = Object::new();
    set(&request, "publicKey", public_key);
    if let Some(signal) = autofill {
        set(&request, "mediation", &"conditional".into());
        set(&request, "signal", signal);
    }
    let credentials = credentials().ok_or(JsValue::NULL)?;
    let call = method(&credentials, name).ok_or(JsValue::NULL)?;
    let promise = call.call1(&credentials, &request)?.dyn_into::<Promise>()?;
    JsFuture::from(promise).await
}

fn error_name(error: &JsValue) -> String {
    field(error, "name").and_then(|n| n.as_string()).unwrap_or_default()
}

fn public_key_credential() -> Option<JsValue> {
    field(&window(), "PublicKeyCredential")
}

fn credentials() -> Option<JsValue> {
    field(&field(&window(), "navigator")?, "credentials")
}

fn method(object: &JsValue, name: &str) -> Option<Function> {
    field(object, name)?.dyn_into::<Function>().ok()
}

fn set(object: &JsValue, name: &str, value: &JsValue) {
    let _ = Reflect::set(object, &name.into(), value);
}

fn sign_in_form() -> Option<HtmlFormElement> {
    document().query_selector(r#"form[action="/login"]"#).ok()??.dyn_into::<HtmlFormElement>().ok()
}

fn input_value(selector: &str) -> Option<String> {
    Some(document().query_selector(selector).ok()??.dyn_into::<HtmlInputElement>().ok()?.value())
}

fn all(selector: &str) -> Vec<Element> {
    let Ok(list) = document().query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

fn encode(fields: &[(&str, &str)]) -> String {
    let Ok(params) = UrlSearchParams::new() else { return String::new() };
    for (name, value) in fields {
        params.append(name, value);
    }
    params.to_string().into()
}
