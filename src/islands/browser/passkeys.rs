//! The passkey ceremonies in the browser: a server function's options go
//! to `navigator.credentials`, and what the authenticator answers goes to
//! the server function that verifies it. Both travel as JSON that the
//! browser itself reads and writes (`PublicKeyCredential.parse…FromJSON`
//! and `toJSON()`); where a browser lacks those, the few binary members
//! are converted by hand.

use std::cell::RefCell;

use js_sys::{Array, Function, JSON, Object, Promise, Reflect, Uint8Array};
use leptos::{
    prelude::{document, window},
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
    submit::apply,
};
use crate::api::passkeys::{
    AddPasskey, NAME_RULE, PasskeyCreationOptions, PasskeyRequestOptions, PasskeySignIn, passkey_name,
};
use crate::islands::base64url;

const FORM: &str = "application/x-www-form-urlencoded";
const NO_ANSWER: &str = "Something went wrong. Please try again.";
const NOT_ADDED: &str = "No passkey was added: the browser's dialog was closed or timed out.";
const HELD_ALREADY: &str = "This device already holds a passkey for this account.";
const NOT_USED: &str = "No passkey was used: the browser's dialog was closed or timed out.";

thread_local! {
    /// The autofill ceremony waiting for the user to pick a passkey, and
    /// the promise of its end: the button puts it away before its own.
    static AUTOFILL: RefCell<Option<(AbortController, Promise)>> = const { RefCell::new(None) };
}

/// Why a ceremony stopped before the server answered its end.
enum Stop {
    /// The server's answer (a refusal): shown as a form's answer is.
    Answer(JsValue),
    /// Said in the page's notice.
    Say(&'static str),
    /// Put away on purpose: nothing to say.
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

/// Settings' "Add a passkey": its name, then the ceremony.
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
            show(&input, Some(Note::Error(NAME_RULE.to_owned())));
            let _ = input.focus();
        }
        return Err(Stop::Quiet);
    };
    let public_key =
        options(PasskeyCreationOptions::PATH, String::new(), "parseCreationOptionsFromJSON").await?;
    let request = Object::new();
    set(&request, "publicKey", &public_key);
    let credential =
        ceremony("create", &request).await.map_err(|error| match error_name(&error).as_str() {
            "InvalidStateError" => Stop::Say(HELD_ALREADY),
            "NotAllowedError" | "AbortError" => Stop::Say(NOT_ADDED),
            _ => Stop::Say(NO_ANSWER),
        })?;
    let json = credential_json(&credential).ok_or(Stop::Say(NO_ANSWER))?;
    post(AddPasskey::PATH, FORM, encode(&[("name", &name), ("credential", &json)]))
        .await
        .ok_or(Stop::Say(NO_ANSWER))
}

/// `/login`'s "Sign in with a passkey": puts the autofill away (the browser
/// runs one request at a time), runs the ceremony in the browser's dialog,
/// and offers the autofill again if the sign-in did not go on.
pub fn clicked(ev: &Event) {
    let Some(button) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let Some(button) = button.closest("[data-passkey-sign-in]").ok().flatten() else { return };
    if button.has_attribute("aria-busy") {
        return;
    }
    let _ = button.set_attribute("aria-busy", "true");
    spawn_local(async move {
        if let Some((controller, ended)) = AUTOFILL.with(|a| a.borrow_mut().take()) {
            controller.abort();
            let _ = JsFuture::from(ended).await;
        }
        let ended = signing_in(None).await;
        let _ = button.remove_attribute("aria-busy");
        let going = matches!(&ended, Ok(answer) if field(answer, "Go").is_some());
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
/// where it can.
fn autofill() {
    let Some(class) = public_key_credential() else { return };
    let Some(available) = method(&class, "isConditionalMediationAvailable") else { return };
    spawn_local(async move {
        let Some(promise) = available.call0(&class).ok().and_then(|p| p.dyn_into::<Promise>().ok()) else {
            return;
        };
        if JsFuture::from(promise).await.ok().and_then(|a| a.as_bool()) != Some(true) {
            return;
        }
        let Ok(controller) = AbortController::new() else { return };
        let signal = controller.signal();
        let ended = future_to_promise(async move {
            let ended = signing_in(Some(signal)).await;
            if let Some(form) = sign_in_form() {
                answered(&form, ended);
            }
            Ok(JsValue::UNDEFINED)
        });
        AUTOFILL.with(|a| *a.borrow_mut() = Some((controller, ended)));
    });
}

/// A passkey sign-in: in the browser's dialog, or with `autofill`'s
/// signal, in the username field's autofill.
async fn signing_in(autofill: Option<AbortSignal>) -> Result<JsValue, Stop> {
    let body = if autofill.is_some() { encode(&[("conditional", "yes")]) } else { String::new() };
    let public_key = options(PasskeyRequestOptions::PATH, body, "parseRequestOptionsFromJSON").await?;
    let request = Object::new();
    set(&request, "publicKey", &public_key);
    if let Some(signal) = &autofill {
        set(&request, "mediation", &"conditional".into());
        set(&request, "signal", signal);
    }
    let credential = ceremony("get", &request).await.map_err(|error| {
        match (autofill.is_some(), error_name(&error).as_str()) {
            // Put away for the button, or the autofill's own end.
            (true, _) => Stop::Quiet,
            (false, "NotAllowedError" | "AbortError") => Stop::Say(NOT_USED),
            (false, _) => Stop::Say(NO_ANSWER),
        }
    })?;
    let json = credential_json(&credential).ok_or(Stop::Say(NO_ANSWER))?;
    // Where the password form would go on to (`?next=`), empty for home.
    let next = document()
        .query_selector("input[name=next]")
        .ok()
        .flatten()
        .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
        .map(|n| n.value())
        .unwrap_or_default();
    let body = encode(&[("credential", &json), ("next", &next)]);
    post(PasskeySignIn::PATH, FORM, body).await.ok_or(Stop::Say(NO_ANSWER))
}

/// Shows how a ceremony ended, as a form's answer.
fn answered(form: &HtmlFormElement, ended: Result<JsValue, Stop>) {
    let answer = match ended {
        Ok(answer) | Err(Stop::Answer(answer)) => answer,
        Err(Stop::Say(text)) => refusal(text),
        Err(Stop::Quiet) => return,
    };
    if !apply(form, &answer) {
        apply(form, &refusal(NO_ANSWER));
    }
}

fn refusal(text: &str) -> JsValue {
    JSON::parse(&format!(r#"{{"Rejected":{{"notice":{{"Error":{}}}}}}}"#, json_string(text)))
        .unwrap_or_default()
}

/// Asks the server function at `path` for a ceremony's options, and makes
/// them what `navigator.credentials` takes with `parse`.
async fn options(path: &str, body: String, parse: &str) -> Result<JsValue, Stop> {
    let answer = post(path, FORM, body).await.ok_or(Stop::Say(NO_ANSWER))?;
    let Some(json) = field(&answer, "Page").and_then(|p| p.as_string()) else {
        return Err(Stop::Answer(answer));
    };
    let options = JSON::parse(&json).ok().and_then(|o| field(&o, "publicKey"));
    options.and_then(|o| from_json(o, parse)).ok_or(Stop::Say(NO_ANSWER))
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

/// `navigator.credentials[name](request)`, awaited.
async fn ceremony(name: &str, request: &Object) -> Result<JsValue, JsValue> {
    let credentials = credentials().ok_or(JsValue::NULL)?;
    let call = method(&credentials, name).ok_or(JsValue::NULL)?;
    let promise = call.call1(&credentials, request)?.dyn_into::<Promise>()?;
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
    document().query_selector("form[data-api]").ok()??.dyn_into::<HtmlFormElement>().ok()
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
