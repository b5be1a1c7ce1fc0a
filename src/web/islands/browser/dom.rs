//! Reading and writing the server-rendered fields: each input has a message
//! slot (`{id}-message`, aria-live) that shows its hint, an error or a note.

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use crate::web::islands::words::said;

/// What a field's message slot says.
pub enum Note {
    Error(String),
    Fine(String),
}

/// Writes the field's message slot: the note, or the field's standing hint.
pub fn show(input: &HtmlInputElement, note: Option<Note>) {
    let _ = input
        .set_attribute("aria-invalid", if matches!(note, Some(Note::Error(_))) { "true" } else { "false" });
    let Some(slot) = message_slot(input) else { return };
    let (class, text) = match note {
        Some(Note::Error(text)) => ("error", text),
        Some(Note::Fine(text)) => ("fine", text),
        None => ("muted", input.get_attribute("data-hint").unwrap_or_default()),
    };
    slot.set_text_content(None);
    if let Some(span) = element("span", class, &text) {
        let _ = slot.append_child(&span);
    }
}

/// The words the page rendered beside the field for the message `key`
/// (`islands::Words`), in the page's language.
pub fn say(input: &HtmlInputElement, key: &str) -> String {
    input
        .parent_element()
        .and_then(|field| field.query_selector("template.live-words").ok()?)
        .map(|words| said(&words, key))
        .unwrap_or_default()
}

pub fn message_slot(input: &HtmlInputElement) -> Option<Element> {
    document().get_element_by_id(&format!("{}-message", input.id()))
}

pub fn input_by_id(id: &str) -> Option<HtmlInputElement> {
    document().get_element_by_id(id)?.dyn_into::<HtmlInputElement>().ok()
}

/// Every input inside `root` that has an id, and so a message slot.
pub fn inputs_in(root: &Element) -> Vec<HtmlInputElement> {
    let Ok(list) = root.query_selector_all("input[id]") else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlInputElement>().ok()).collect()
}

/// A new `<tag class=…>text</tag>`.
pub fn element(tag: &str, class: &str, text: &str) -> Option<Element> {
    let element = document().create_element(tag).ok()?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    element.set_text_content(Some(text));
    Some(element)
}

/// Moves focus to an element that is not focusable by itself.
pub(super) fn focus(element: &Element) {
    let _ = element.set_attribute("tabindex", "-1");
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
}
