//! Parts of a page that an action changes, such as the list of passkeys in
//! settings, are marked `data-refresh` (with an id). After an action
//! answered in place, the page is fetched again as the server renders it
//! now, and each marked part is put in place of the old one. The islands
//! listen on elements around these parts, so their forms stay live.

use leptos::prelude::{document, window};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomParser, Element, Response, SupportedType};

pub async fn refresh() {
    let Ok(stale) = document().query_selector_all("[data-refresh][id]") else { return };
    if stale.length() == 0 {
        return;
    }
    let Some(html) = page().await else { return };
    let Ok(fresh) = DomParser::new().and_then(|p| p.parse_from_string(&html, SupportedType::TextHtml)) else {
        return;
    };
    for old in (0..stale.length()).filter_map(|i| stale.item(i)?.dyn_into::<Element>().ok()) {
        if let Some(new) = fresh.get_element_by_id(&old.id())
            && let Ok(new) = document().import_node_with_deep(&new, true)
        {
            let _ = old.replace_with_with_node_1(&new);
        }
    }
}

/// This page as the server renders it now, if it answered.
async fn page() -> Option<String> {
    let window = window();
    let response = JsFuture::from(window.fetch_with_str(&window.location().href().ok()?)).await.ok()?;
    let response = response.dyn_into::<Response>().ok().filter(Response::ok)?;
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
