//! The live checks: each field's rule, applied as the user types.

use std::time::Duration;

use leptos::{
    prelude::{document, set_timeout},
    server_fn::ServerFn,
    task::spawn_local,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, HtmlInputElement};

use super::{
    client::{field, json_string, post},
    dom::{Note, element, input_by_id, say, show},
};
use crate::{
    actions::check::{CHECK_DONE, FINE, LABEL, PasswordStrength, SAID, SCORE, UsernameAvailability, WRONG},
    domain::{
        Email, PasswordError, Username,
        email::DID_YOU_MEAN,
        i18n::Message,
        password::{CONFIRMATION_MATCHES, check_confirmation, check_length},
        suggest_domain,
    },
    web::islands::LiveCheck,
};

/// How long typing must pause before the server is asked.
const PAUSE: Duration = Duration::from_millis(300);

pub fn typed(ev: &Event) {
    let Some(input) = input_of(ev) else { return };
    check(&input);
    // A changed password changes whether its confirmation matches.
    if check_of(&input) == Some(LiveCheck::NewPassword)
        && let Some(confirmation) = confirmation_of(&input)
        && !confirmation.value().is_empty()
    {
        check(&confirmation);
    }
}

pub fn left(ev: &Event) {
    let Some(input) = input_of(ev) else { return };
    if input.has_attribute("data-touched") {
        return;
    }
    let _ = input.set_attribute("data-touched", "");
    // Only what waited for the user to leave: a valid username or password
    // keeps the answer the server gave while typing.
    let waiting = match check_of(&input) {
        Some(LiveCheck::Username) => Username::parse(&input.value()).is_err(),
        Some(LiveCheck::NewPassword) => check_length(&input.value()).is_err(),
        _ => true,
    };
    if waiting {
        check(&input);
    }
}

/// "Did you mean …?" buttons put the corrected address in their field.
pub fn clicked(ev: &Event) {
    let Some(button) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let (Some(fix), Some(field)) = (button.get_attribute("data-fill"), button.get_attribute("data-for"))
    else {
        return;
    };
    if let Some(input) = input_by_id(&field) {
        input.set_value(&fix);
        check(&input);
        let _ = input.focus();
    }
}

fn check(input: &HtmlInputElement) {
    let value = input.value();
    let touched = input.has_attribute("data-touched");
    match check_of(input) {
        Some(LiveCheck::Email) => email(input, &value, touched),
        Some(LiveCheck::Username) => username(input, &value, touched),
        Some(LiveCheck::NewPassword) => new_password(input, &value, touched),
        Some(LiveCheck::Confirm) => confirmation(input, touched),
        None => {}
    }
}

fn email(input: &HtmlInputElement, value: &str, touched: bool) {
    match Email::parse(value) {
        Err(e) => show(input, touched.then(|| Note::Error(say(input, e.key())))),
        Ok(email) => {
            show(input, None);
            if let (Some(domain), Some((local, _))) =
                (suggest_domain(&email), email.as_str().rsplit_once('@'))
            {
                offer(input, &format!("{local}@{domain}"));
            }
        }
    }
}

fn username(input: &HtmlInputElement, value: &str, touched: bool) {
    let name = match Username::parse(value) {
        Ok(name) => name,
        Err(e) => return show(input, touched.then(|| Note::Error(say(input, e.key())))),
    };
    show(input, None);
    when_paused(input, value, move |input| async move {
        let body = format!(r#"{{"username":{}}}"#, json_string(name.as_str()));
        let note = note_from(&call(UsernameAvailability::PATH, body).await?)?;
        Some((input, note))
    });
}

fn new_password(input: &HtmlInputElement, value: &str, touched: bool) {
    show_strength(input, None);
    match check_length(value) {
        Err(PasswordError::Empty) => return show(input, None),
        Err(e) => return show(input, touched.then(|| Note::Error(say(input, e.key())))),
        Ok(()) => show(input, None),
    }
    let related = related_words(input).iter().map(|w| json_string(w)).collect::<Vec<_>>().join(",");
    let body = format!(r#"{{"password":{},"related":[{related}]}}"#, json_string(value));
    when_paused(input, value, move |input| async move {
        let verdict = call(PasswordStrength::PATH, body).await?;
        let note = note_from(&field(&verdict, SAID)?)?;
        show_strength(&input, Some(&verdict));
        Some((input, note))
    });
}

fn confirmation(input: &HtmlInputElement, touched: bool) {
    let Some(password) = input.get_attribute("data-confirms").and_then(|id| input_by_id(&id)) else { return };
    let (typed, again) = (password.value(), input.value());
    let note = match check_confirmation(&typed, &again) {
        _ if again.is_empty() => None,
        Ok(()) => Some(Note::Fine(say(input, CONFIRMATION_MATCHES.key()))),
        // Say so early only once the confirmation can no longer match.
        Err(e) if touched || !typed.starts_with(&again) => Some(Note::Error(say(input, e.key()))),
        Err(_) => None,
    };
    show(input, note);
}

/// Runs `ask` once typing has paused with `typed` still in the field, and
/// shows its note if the field still holds `typed` when the answer comes.
/// No answer (offline, over the limit) leaves the hint: the form is checked
/// again when it is posted.
fn when_paused<F, Fut>(input: &HtmlInputElement, typed: &str, ask: F)
where
    F: FnOnce(HtmlInputElement) -> Fut + 'static,
    Fut: Future<Output = Option<(HtmlInputElement, Note)>> + 'static,
{
    let (input, typed) = (input.clone(), typed.to_owned());
    set_timeout(
        move || {
            if input.value() != typed {
                return; // A later keystroke has its own timer.
            }
            spawn_local(async move {
                if let Some((input, note)) = ask(input).await
                    && input.value() == typed
                {
                    show(&input, Some(note));
                }
            });
        },
        PAUSE,
    );
}

/// Posts a JSON body to a check and returns the `Done` half of its answer.
async fn call(path: &str, body: String) -> Option<JsValue> {
    field(&post(path, "application/json", body).await?, CHECK_DONE)
}

/// What a check said of the value, in the words the server chose.
fn note_from(said: &JsValue) -> Option<Note> {
    if let Some(fine) = field(said, FINE) {
        return Some(Note::Fine(fine.as_string()?));
    }
    Some(Note::Error(field(said, WRONG)?.as_string()?))
}

/// The words a new password must not be built from: given in `data-related`,
/// or typed into the inputs `data-related-fields` names.
fn related_words(input: &HtmlInputElement) -> Vec<String> {
    let mut words = input
        .get_attribute("data-related")
        .map(|w| w.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        .unwrap_or_default();
    if let Some(fields) = input.get_attribute("data-related-fields") {
        words.extend(
            fields.split_whitespace().filter_map(input_by_id).map(|i| i.value()).filter(|v| !v.is_empty()),
        );
    }
    words
}

/// Adds "Did you mean <button>fixed</button>?" to the field's message slot.
fn offer(input: &HtmlInputElement, fixed: &str) {
    let doc = document();
    let (Some(slot), Some(hint), Ok(button)) = (
        doc.get_element_by_id(&format!("{}-message", input.id())),
        element("span", "hint", &say(input, DID_YOU_MEAN.0.key())),
        doc.create_element("button"),
    ) else {
        return;
    };
    let _ = button.set_attribute("type", "button");
    let _ = button.set_attribute("class", "link");
    let _ = button.set_attribute("data-fill", fixed);
    let _ = button.set_attribute("data-for", &input.id());
    button.set_text_content(Some(fixed));
    let _ = hint.append_child(&button);
    let _ = hint.append_child(&doc.create_text_node(&say(input, DID_YOU_MEAN.1.key())));
    slot.set_text_content(None);
    let _ = slot.append_child(&hint);
}

/// Puts a field back as the server rendered it: its hint, no meter.
pub fn restore(input: &HtmlInputElement) {
    show(input, None);
    show_strength(input, None);
    let _ = input.remove_attribute("data-touched");
}

/// Shows the server's verdict on the meter below a new password, or hides it.
fn show_strength(input: &HtmlInputElement, verdict: Option<&JsValue>) {
    let Some(meter) = document().get_element_by_id(&format!("{}-strength", input.id())) else { return };
    let Some(verdict) = verdict else {
        let _ = meter.set_attribute("hidden", "");
        return;
    };
    // A whole number 0-4: as an integer, so the bundle needs no float formatting (17 KB).
    let score = field(verdict, SCORE).and_then(|s| s.as_f64()).unwrap_or_default() as u8;
    if let Ok(Some(gauge)) = meter.query_selector("meter") {
        let _ = gauge.set_attribute("value", &score.to_string());
    }
    if let Ok(Some(label)) = meter.query_selector("span") {
        label.set_text_content(field(verdict, LABEL).and_then(|l| l.as_string()).as_deref());
    }
    let _ = meter.remove_attribute("hidden");
}

fn check_of(input: &HtmlInputElement) -> Option<LiveCheck> {
    LiveCheck::parse(&input.get_attribute("data-check")?)
}

fn input_of(ev: &Event) -> Option<HtmlInputElement> {
    ev.target()?.dyn_into::<HtmlInputElement>().ok()
}

fn confirmation_of(password: &HtmlInputElement) -> Option<HtmlInputElement> {
    let selector = format!(r#"[data-confirms="{}"]"#, password.id());
    document().query_selector(&selector).ok()??.dyn_into::<HtmlInputElement>().ok()
}
