use http::{HeaderMap, header};

/// The value of the first cookie called `name` in a request's headers.
/// Browsers may send several Cookie headers (HTTP/2) and list many cookies
/// in each; a pair that is not `name=value` is skipped.
pub fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find_map(|(k, v)| (k == name).then_some(v))
}

#[cfg(test)]
mod tests {
    use http::HeaderValue;

    use super::*;

    #[test]
    fn finds_a_cookie_among_others_and_across_headers() {
        let mut headers = HeaderMap::new();
        headers.append(header::COOKIE, HeaderValue::from_static("a=1; broken; session=abc"));
        headers.append(header::COOKIE, HeaderValue::from_static("reset_token=xyz"));
        assert_eq!(cookie_value(&headers, "session"), Some("abc"));
        assert_eq!(cookie_value(&headers, "reset_token"), Some("xyz"));
        assert_eq!(cookie_value(&headers, "sess"), None);
        assert_eq!(cookie_value(&HeaderMap::new(), "session"), None);
    }
}
