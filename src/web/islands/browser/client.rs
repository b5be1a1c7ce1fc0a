//! Calls to server functions. Answers are parsed by the browser's own JSON
//! parser and read field by field: serde_json would cost the bundle more
//! than all the islands' logic.

use js_sys::{JSON, Reflect};
use wasm_bindgen::JsValue;

/// Posts `body` to the server function at `path` and returns its answer,
/// or nothing if the network, the server or the answer failed.
pub async fn post(path: &str, content_type: &str, body: String) -> Option<JsValue> {
    let response = gloo_net::http::Request::post(path)
        .header("content-type", content_type)
        .header("accept", "application/json")
        .body(body)
        .ok()?
        .send()
        .await
        .ok()?;
    if !response.ok() {
        return None;
    }
    JSON::parse(&response.text().await.ok()?).ok()
}

/// `value[name]`, if it is there.
pub fn field(value: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(value, &JsValue::from_str(name)).ok().filter(|v| !v.is_undefined() && !v.is_null())
}

pub fn json_string(text: &str) -> String {
    JSON::stringify(&JsValue::from_str(text)).map(String::from).unwrap_or_else(|_| "\"\"".to_owned())
}
