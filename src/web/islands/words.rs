//! The words an island may show, rendered by the server in the page's
//! language and found by the browser by catalogue key: the bundle carries
//! no catalogue, and a rule broken while typing reads exactly as the server
//! says it after a post.
//!
//! They are in a `<template>`: inert HTML that is not shown, not read out by
//! a screen reader and not found by a search of the page's text.

use leptos::prelude::*;

use crate::{
    domain::i18n::{Message, say},
    web::i18n::use_language,
};

/// `messages` in the page's language, each as `<span data-say="key">`.
#[component]
pub fn Words(
    messages: Vec<&'static dyn Message>,
    #[prop(optional)] id: Option<&'static str>,
) -> impl IntoView {
    let language = use_language();
    view! {
        <template class="live-words" id=id>
            {messages
                .into_iter()
                .map(|message| view! { <span data-say=message.key()>{say(language, message)}</span> })
                .collect_view()}
        </template>
    }
}

/// The words `words` (a [`Words`] template) holds for `key`, or nothing.
#[cfg(feature = "hydrate")]
pub fn said(words: &web_sys::Element, key: &str) -> String {
    use wasm_bindgen::JsCast;
    words
        .dyn_ref::<web_sys::HtmlTemplateElement>()
        .and_then(|template| template.content().query_selector(&format!(r#"[data-say="{key}"]"#)).ok()?)
        .and_then(|said| said.text_content())
        .unwrap_or_default()
}
