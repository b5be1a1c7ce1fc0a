//! The built assets under `/pkg/` (the WASM bundle, its JS and the CSS),
//! served from memory. They are read once at start, with the brotli and
//! gzip copies the release build made beside them, so a request costs a
//! lookup and a choice of encoding: no file is opened and nothing is
//! compressed while serving. (A rebuild needs a restart, which
//! `cargo leptos watch` does by itself.)

use std::{collections::HashMap, path::Path, sync::Arc};

use anyhow::Context;
use axum::{
    body::Body,
    extract::{Path as UrlPath, State},
    response::{IntoResponse, Response},
};
use http::{HeaderMap, HeaderValue, StatusCode, header};
use sha2::{Digest, Sha256};

/// One asset: its type, its validator and its bytes in each encoding the
/// build made, best first.
struct Asset {
    content_type: HeaderValue,
    etag: HeaderValue,
    /// (`Content-Encoding`, bytes): brotli, then gzip, when present.
    encoded: Vec<(&'static str, Bytes)>,
    identity: Bytes,
}

type Bytes = axum::body::Bytes;

/// Held in the application state, which is shared already.
#[derive(Default)]
pub struct Assets(HashMap<String, Asset>);

impl Assets {
    /// Reads every file of `dir` (not its compressed copies, which go with
    /// their originals). A missing folder serves nothing.
    pub fn load(dir: &Path) -> anyhow::Result<Self> {
        let mut assets = HashMap::new();
        let Ok(entries) = std::fs::read_dir(dir) else {
            tracing::warn!(dir = %dir.display(), "no built assets to serve: run the release build");
            return Ok(Self::default());
        };
        for entry in entries {
            let path = entry?.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else { continue };
            if !path.is_file() || name.ends_with(".br") || name.ends_with(".gz") {
                continue;
            }
            let identity =
                Bytes::from(std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?);
            let encoded = [("br", "br"), ("gzip", "gz")]
                .into_iter()
                .filter_map(|(encoding, suffix)| {
                    std::fs::read(dir.join(format!("{name}.{suffix}")))
                        .ok()
                        .map(|bytes| (encoding, Bytes::from(bytes)))
                })
                .collect();
            let etag = format!("\"{}\"", hex::encode(&Sha256::digest(&identity)[..16]));
            let asset = Asset {
                content_type: HeaderValue::from_static(content_type(&name)),
                etag: HeaderValue::from_str(&etag)?,
                encoded,
                identity,
            };
            assets.insert(name, asset);
        }
        Ok(Self(assets))
    }
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("css") => "text/css",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("ts") => "application/typescript",
        _ => "application/octet-stream",
    }
}

/// `GET /pkg/{file}`: the smallest encoding the browser accepts, or 304
/// when it holds the same bytes already.
pub async fn serve(
    State(assets): State<Arc<Assets>>,
    UrlPath(file): UrlPath<String>,
    request: HeaderMap,
) -> Response {
    let Some(asset) = assets.0.get(&file) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let mut response = if request.get(header::IF_NONE_MATCH) == Some(&asset.etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        let accepted = request.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or_default();
        let chosen = asset.encoded.iter().find(|(encoding, _)| accepts(accepted, encoding));
        let mut response = match chosen {
            Some((encoding, bytes)) => {
                let mut response = Body::from(bytes.clone()).into_response();
                response.headers_mut().insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
                response
            }
            None => Body::from(asset.identity.clone()).into_response(),
        };
        response.headers_mut().insert(header::CONTENT_TYPE, asset.content_type.clone());
        response
    };
    let headers = response.headers_mut();
    headers.insert(header::ETAG, asset.etag.clone());
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    // The names do not change with the content: check before each use.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// Whether an `Accept-Encoding` value takes `encoding` (and not at q=0).
fn accepts(accepted: &str, encoding: &str) -> bool {
    accepted.split(',').any(|item| {
        let mut parts = item.split(';').map(str::trim);
        let named = parts.next().is_some_and(|name| name.eq_ignore_ascii_case(encoding));
        let refused = parts.any(|param| {
            param.strip_prefix("q=").and_then(|q| q.parse::<f32>().ok()).is_some_and(|q| q <= 0.0)
        });
        named && !refused
    })
}

#[cfg(test)]
mod tests {
    use super::accepts;

    #[test]
    fn accept_encoding_is_read_with_its_weights() {
        assert!(accepts("gzip, deflate, br", "br"));
        assert!(accepts("br;q=0.5, gzip", "br"));
        assert!(!accepts("gzip", "br"));
        assert!(!accepts("br;q=0, gzip", "br"));
        assert!(!accepts("br;q=0.0", "br"));
        assert!(accepts("BR", "br"));
    }
}
