//! Base64url without padding, as WebAuthn's JSON writes binary: for the
//! passkey ceremonies in browsers that cannot convert it themselves.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let bits = chunk.iter().enumerate().fold(0u32, |bits, (i, b)| bits | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            text.push(char::from(ALPHABET[(bits >> (18 - 6 * i) & 63) as usize]));
        }
    }
    text
}

/// None for a character outside the alphabet; padding is allowed.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    let (mut bits, mut count) = (0u32, 0);
    for c in text.trim_end_matches('=').bytes() {
        let value = ALPHABET.iter().position(|a| *a == c)? as u32;
        bits = (bits << 6 | value) & 0xffff;
        count += 6;
        if count >= 8 {
            count -= 8;
            bytes.push((bits >> count) as u8);
        }
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};

    use super::*;

    #[test]
    fn agrees_with_the_base64_crate_both_ways() {
        let bytes = (0..=255u8).rev().collect::<Vec<_>>();
        for len in 0..40 {
            let slice = &bytes[len * 5 % 200..][..len];
            let text = URL_SAFE_NO_PAD.encode(slice);
            assert_eq!(encode(slice), text);
            assert_eq!(decode(&text).as_deref(), Some(slice));
        }
        assert_eq!(decode("AQ=="), Some(vec![1]));
        assert_eq!(decode("a+b"), None, "standard base64's + is not url-safe");
    }
}
