//! Submitting a form in place. The form posts the same fields it would
//! post without JavaScript, url-encoded, to its server function (named in
//! `data-api`), and applies the typed answer (`domain::answer::Answer`) to the
//! page instead of loading a new one. Anything unexpected (no network, an
//! error status, an answer it does not know) falls back to the native
//! submit, which the page route answers as it always does.

use js_sys::Array;
use leptos::{
    prelude::{document, window},
    task::spawn_local,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, FormData, HtmlFormElement, UrlSearchParams};

use super::{
    checks::restore,
    client::{field, post},
    dom::{Note, element, focus, inputs_in, show},
    refresh::refresh,
};
use crate::domain::answer::json::{
    DONE, ERROR, ERRORS, GO, HREF, LABEL, LINK, NOTED, NOTICE, PAGE, PARAGRAPHS, PLAIN, REJECTED, STRONG,
    SUCCESS, TITLE,
};

pub fn submitted(ev: &Event) {
    let Some(form) = ev.target().and_then(|t| t.dyn_into::<HtmlFormElement>().ok()) else { return };
    let Some(api) = form.get_attribute("data-api") else { return };
    ev.prevent_default();
    // A second click while the first is on its way changes nothing.
    if form.has_attribute("aria-busy") {
        return;
    }
    let Some(body) = encode(&form) else {
        let _ = form.submit();
        return;
    };
    let _ = form.set_attribute("aria-busy", "true");
    spawn_local(async move {
        let answer = post(&api, "application/x-www-form-urlencoded", body).await;
        let _ = form.remove_attribute("aria-busy");
        if !answer.is_some_and(|answer| apply(&form, &answer)) {
            // `submit()` fires no submit event, so this cannot loop.
            let _ = form.submit();
        }
    });
}

/// The fields as a plain form post sends them.
pub(super) fn encode(form: &HtmlFormElement) -> Option<String> {
    let data = FormData::new_with_form(form).ok()?;
    Some(UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?.to_string().into())
}

/// Shows the answer; false when it is not one this page knows.
pub(super) fn apply(form: &HtmlFormElement, answer: &JsValue) -> bool {
    if let Some(feedback) = field(answer, REJECTED) {
        rejected(form, &feedback);
    } else if let Some(notice) = field(answer, NOTED) {
        form.reset();
        inputs_in(form).iter().for_each(restore);
        show_notice(Some(&notice));
        spawn_local(refresh());
    } else if let Some(outcome) = field(answer, DONE) {
        return done(form, &outcome);
    } else if let Some(to) = field(answer, GO).and_then(|to| to.as_string()) {
        // Only ever a path of this application.
        if !to.starts_with('/') || to.starts_with("//") || to.contains('\\') {
            return false;
        }
        return window().location().assign(&to).is_ok();
    } else if field(answer, PAGE).is_some() {
        // The flow's own page (a link that died meanwhile): the page route
        // shows it.
        return window().location().assign(&form.action()).is_ok();
    } else {
        return false;
    }
    true
}

/// Errors next to their fields, the notice, and focus on the first error.
fn rejected(form: &HtmlFormElement, feedback: &JsValue) {
    let errors = field(feedback, ERRORS);
    let mut first = None;
    for input in inputs_in(form) {
        match errors.as_ref().and_then(|e| field(e, &input.name())).and_then(|e| e.as_string()) {
            Some(error) => {
                show(&input, Some(Note::Error(error)));
                first.get_or_insert(input);
            }
            None => show(&input, None),
        }
    }
    let notice = show_notice(field(feedback, NOTICE).as_ref());
    match (first, notice) {
        (Some(input), _) => {
            let _ = input.focus();
        }
        (None, Some(notice)) => focus(&notice),
        (None, None) => {}
    }
}

/// Puts the notice in the page's notice slot (announced: it is a status or
/// an alert), or empties the slot.
fn show_notice(notice: Option<&JsValue>) -> Option<Element> {
    let slot = document().get_element_by_id("notice")?;
    slot.set_text_content(None);
    let notice = notice?;
    let (class, role, text) = match (field(notice, SUCCESS), field(notice, ERROR)) {
        (Some(text), _) => ("notice success", "status", text.as_string()?),
        (_, Some(text)) => ("notice error", "alert", text.as_string()?),
        _ => return None,
    };
    let paragraph = element("p", class, &text)?;
    let _ = paragraph.set_attribute("role", role);
    let _ = slot.append_child(&paragraph);
    Some(paragraph)
}

/// The outcome takes the place of the form's card, as the page route
/// renders it without JavaScript.
fn done(form: &HtmlFormElement, outcome: &JsValue) -> bool {
    let (Some(card), Some(title)) =
        (form.closest("section").ok().flatten(), field(outcome, TITLE).and_then(|t| t.as_string()))
    else {
        return false;
    };
    let Some(heading) = element("h1", "", &title) else { return false };
    card.set_text_content(None);
    let _ = card.append_child(&heading);
    let paragraphs = field(outcome, PARAGRAPHS).map(|p| Array::from(&p)).unwrap_or_default();
    for pieces in paragraphs.iter() {
        let Some(paragraph) = element("p", "", "") else { continue };
        for piece in Array::from(&pieces).iter() {
            let node = match (field(&piece, PLAIN), field(&piece, STRONG)) {
                (Some(text), _) => text.as_string().map(|t| document().create_text_node(&t).into()),
                (_, Some(text)) => text.as_string().and_then(|t| element("strong", "", &t)).map(Into::into),
                _ => None,
            };
            if let Some::<web_sys::Node>(node) = node {
                let _ = paragraph.append_child(&node);
            }
        }
        let _ = card.append_child(&paragraph);
    }
    if let Some(link) = field(outcome, LINK)
        && let (Some(label), Some(href)) =
            (field(&link, LABEL).and_then(|l| l.as_string()), field(&link, HREF).and_then(|h| h.as_string()))
        && let (Some(paragraph), Some(anchor)) = (element("p", "", ""), element("a", "button", &label))
    {
        let _ = anchor.set_attribute("href", &href);
        let _ = paragraph.append_child(&anchor);
        let _ = card.append_child(&paragraph);
    }
    // The tab's title keeps the site's name as the page's language put it
    // (the catalogue's `page-title`: the page's title, " · ", the name).
    let current = document().title();
    let site = current.split_once(" · ").map_or(current.as_str(), |(_, site)| site);
    document().set_title(&format!("{title} · {site}"));
    focus(&heading);
    true
}
