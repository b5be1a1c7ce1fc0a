//! Random secrets handed to users (emailed links and the codes beside
//! them, session cookies) and the keyed hashes stored in their place.

use std::fmt;

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// 256 bits: far past the 128 the spec requires, at no cost.
const TOKEN_BYTES: usize = 32;

/// A secret as the user holds it. Never logged, never stored.
#[derive(Clone, PartialEq, Eq)]
pub struct PlainToken(String);

impl PlainToken {
    /// Fresh random bytes from the operating system's CSPRNG, URL-safe.
    pub fn generate() -> anyhow::Result<Self> {
        let mut bytes = [0u8; TOKEN_BYTES];
        getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("OS random source: {e}"))?;
        Ok(Self(URL_SAFE_NO_PAD.encode(bytes)))
    }

    /// What a user sent back. Anything that is not the shape of a token we
    /// issue is refused before it reaches a hash or a query.
    pub fn parse(input: &str) -> Option<Self> {
        let input = input.trim();
        let decoded = URL_SAFE_NO_PAD.decode(input).ok()?;
        (decoded.len() == TOKEN_BYTES).then(|| Self(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for PlainToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PlainToken([redacted])")
    }
}

/// The short code mailed beside a link, typed where the form is when the
/// link opens on another device: 8 characters of Crockford's base32 (no
/// I, L, O or U), 40 bits. Its strength is in the few tries it allows, not
/// in its length: it is tied to one account and purpose and dies after
/// [`EmailCode::MAX_TRIES`].
#[derive(Clone, PartialEq, Eq)]
pub struct EmailCode(String);

impl EmailCode {
    pub const LENGTH: usize = 8;
    /// Tries, right or wrong, before a code dies: a guess has a 1 in 2^40
    /// chance, five of them 1 in 2^37.7.
    pub const MAX_TRIES: i64 = 5;

    pub fn generate() -> anyhow::Result<Self> {
        crockford::generate(Self::LENGTH).map(Self)
    }

    /// What a user typed: any case, with spaces or dashes anywhere, and the
    /// letters people mistake for digits (I, L, O) read as those digits.
    pub fn parse(input: &str) -> Option<Self> {
        crockford::parse(input, Self::LENGTH).map(Self)
    }

    /// As the email shows it: two groups of four, easy to read out.
    pub fn display(&self) -> String {
        format!("{}-{}", &self.0[..4], &self.0[4..])
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for EmailCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EmailCode([redacted])")
    }
}

/// A single-use code that passes the second step of a sign-in in place of
/// the authenticator app's: 10 characters of Crockford's base32 (50 bits),
/// shown once when made, then kept only as a keyed hash.
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryCode(String);

impl RecoveryCode {
    pub const LENGTH: usize = 10;

    pub fn generate() -> anyhow::Result<Self> {
        crockford::generate(Self::LENGTH).map(Self)
    }

    /// Typed as shown or not: case, spaces and dashes do not matter.
    pub fn parse(input: &str) -> Option<Self> {
        crockford::parse(input, Self::LENGTH).map(Self)
    }

    /// As shown to be written down: two groups of five.
    pub fn display(&self) -> String {
        format!("{}-{}", &self.0[..5], &self.0[5..])
    }

    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryCode([redacted])")
    }
}

/// Crockford's base32 for codes people read and type: no I, L, O or U.
mod crockford {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    pub fn generate(length: usize) -> anyhow::Result<String> {
        let mut bytes = vec![0u8; length];
        getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("OS random source: {e}"))?;
        // 256 is a multiple of 32: every character is equally likely.
        Ok(bytes.iter().map(|b| char::from(ALPHABET[usize::from(b % 32)])).collect())
    }

    /// Any case, spaces and dashes anywhere; I and L read as 1, O as 0.
    pub fn parse(input: &str, length: usize) -> Option<String> {
        let mut code = String::with_capacity(length);
        for c in input.chars().filter(|c| !c.is_whitespace() && *c != '-') {
            let c = match c.to_ascii_uppercase() {
                'I' | 'L' => '1',
                'O' => '0',
                c if c.is_ascii() && ALPHABET.contains(&(c as u8)) => c,
                _ => return None,
            };
            if code.len() == length {
                return None;
            }
            code.push(c);
        }
        (code.len() == length).then_some(code)
    }
}

/// What a secret turns into for storage: HMAC-SHA256 under the server key,
/// hex. A database copy without the key can neither use nor forge tokens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenHash(String);

impl TokenHash {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Clone)]
pub struct TokenKey(Hmac<Sha256>);

impl TokenKey {
    pub fn new(secret_key: &str) -> Self {
        Self(Hmac::new_from_slice(secret_key.as_bytes()).expect("HMAC accepts keys of any length"))
    }

    /// `domain` keeps hashes of different kinds of secret apart.
    pub fn hash(&self, domain: &str, token: &PlainToken) -> TokenHash {
        self.hash_text(domain, &token.0)
    }

    /// The same keyed hash of any text (a client address, an account name)
    /// that must be recognised later without being stored.
    pub fn hash_text(&self, domain: &str, text: &str) -> TokenHash {
        let mut mac = self.0.clone();
        mac.update(domain.as_bytes());
        mac.update(b":");
        mac.update(text.as_bytes());
        let digest = mac.finalize().into_bytes();
        TokenHash(hex::encode(digest))
    }
}

/// What an emailed token vouches for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Confirm,
    Reset,
    ChangeEmail,
    /// Sent to the current address when a change is asked for: it cancels it.
    CancelEmailChange,
}

impl Purpose {
    pub const ALL: [Self; 4] = [Self::Confirm, Self::Reset, Self::ChangeEmail, Self::CancelEmailChange];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Confirm => "confirm",
            Self::Reset => "reset",
            Self::ChangeEmail => "change_email",
            Self::CancelEmailChange => "cancel_email_change",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_url_safe_and_parse_back() {
        let a = PlainToken::generate().unwrap();
        let b = PlainToken::generate().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.expose().len(), 43);
        assert!(a.expose().chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_eq!(PlainToken::parse(a.expose()), Some(a));
    }

    #[test]
    fn malformed_tokens_are_refused() {
        for bad in ["", "abc", "' OR 1=1 --", &"A".repeat(44), &"%".repeat(43)] {
            assert_eq!(PlainToken::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn codes_use_the_unambiguous_alphabet_and_parse_back_as_typed() {
        let code = EmailCode::generate().unwrap();
        assert_eq!(code.expose().len(), EmailCode::LENGTH);
        assert!(code.expose().chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()));
        assert!(!code.expose().contains(['I', 'L', 'O', 'U']));
        assert_eq!(EmailCode::parse(&code.display()), Some(code.clone()));
        assert_eq!(EmailCode::parse(&code.display().to_lowercase()), Some(code.clone()));
        let typed = EmailCode::parse(" abcd efgh ").unwrap();
        assert_eq!(typed.display(), "ABCD-EFGH");
        assert_eq!(EmailCode::parse("oIl0-1234").unwrap().display(), "0110-1234");
        assert!(!format!("{code:?}").contains(code.expose()));
    }

    #[test]
    fn recovery_codes_are_ten_characters_apart_from_every_other_code() {
        let code = RecoveryCode::generate().unwrap();
        assert_eq!(code.expose().len(), RecoveryCode::LENGTH);
        assert_eq!(RecoveryCode::parse(&code.display().to_lowercase()), Some(code.clone()));
        assert_eq!(EmailCode::parse(&code.display()), None);
        assert_eq!(RecoveryCode::parse("123456"), None, "an app's code is not one");
        assert!(!format!("{code:?}").contains(code.expose()));
    }

    #[test]
    fn malformed_codes_are_refused() {
        for bad in ["", "ABCD-EFG", "ABCD-EFGHJ", "ABCD-EFGU", "ABCD_EFGH", "ABCD-ÉFGH", "' OR 1=1"] {
            assert_eq!(EmailCode::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn hashes_depend_on_key_and_domain_and_hide_the_token() {
        let token = PlainToken::generate().unwrap();
        let key = TokenKey::new("key one");
        let hash = key.hash("confirm", &token);
        assert_eq!(hash, key.hash("confirm", &token));
        assert_ne!(hash, key.hash("session", &token));
        assert_ne!(hash, TokenKey::new("key two").hash("confirm", &token));
        assert!(!hash.as_str().contains(token.expose()));
        assert!(!format!("{token:?}").contains(token.expose()));
    }
}
