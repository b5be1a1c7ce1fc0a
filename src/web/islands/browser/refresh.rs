//! Parts of a page that an action changes, such as the list of passkeys in
//! settings, are marked `data-refresh` with the URL of their page (and an
//! id). After an action answered in place, that page is fetched again as
//! the server renders it now, and each marked part is put in place of the
//! old one. The islands listen on elements around these parts, so their
//! forms stay live; focus stays on the same element, or on the part.

use leptos::prelude::{document, window};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomParser, Element, Response, SupportedType};

use super::dom::focus;

pub async fn refresh() {
    let Ok(stale) = document().query_selector_all("[data-refresh][id]") else { return };
    let stale =
        (0..stale.length()).filter_map(|i| stale.item(i)?.dyn_into::<Element>().ok()).collect::<Vec<_>>();
    let Some(url) = stale.first().and_then(|part| part.get_attribute("data-refresh")) else { return };
    let Some(html) = page(&url).await else { return };
    let Ok(fresh) = DomParser::new().and_then(|p| p.parse_from_string(&html, SupportedType::TextHtml)) else {
        return;
    };
    let focused = document().active_element();
    for old in stale {
        let Some(new) = fresh.get_element_by_id(&old.id()) else { continue };
        let Some(new) =
            document().import_node_with_deep(&new, true).ok().and_then(|n| n.dyn_into::<Element>().ok())
        else {
            continue;
        };
        let _ = old.replace_with_with_node_1(&new);
        if let Some(focused) = focused.as_ref().filter(|f| old.contains(Some(f))) {
            let same =
                (!focused.id().is_empty()).then(|| document().get_element_by_id(&focused.id())).flatten();
            focus(&same.unwrap_or(new));
        }
    }
}

/// The page at `url` as the server renders it now, if it answered.
async fn page(url: &str) -> Option<String> {
    let response = JsFuture::from(window().fetch_with_str(url)).await.ok()?;
    let response = response.dyn_into::<Response>().ok().filter(Response::ok)?;
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
