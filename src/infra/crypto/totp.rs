//! Authenticator-app codes: TOTP as RFC 6238 defines it and every app
//! implements it by default (HMAC-SHA1, six digits, 30-second steps), with
//! the `otpauth://` URI apps read from a QR code. The codes come from
//! `totp-rs`; what is the application's own is around them: the secret
//! sealed and never logged, the drift allowed, and which steps a typed code
//! matches, so the caller can refuse a step already used.

use std::fmt;

use data_encoding::BASE32_NOPAD;
use totp_rs::{Algorithm, TOTP};

pub const STEP_SECS: i64 = 30;
const DIGITS: usize = 6;
/// A phone's clock a step ahead or behind still signs in.
pub const DRIFT_STEPS: i64 = 1;
/// 160 bits, the size RFC 4226 recommends for HMAC-SHA1.
const SECRET_BYTES: usize = 20;

/// The key an authenticator app and the server share. Never logged; stored
/// sealed (`crypto::sealed`).
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret(Vec<u8>);

impl TotpSecret {
    pub fn generate() -> anyhow::Result<Self> {
        let mut bytes = vec![0u8; SECRET_BYTES];
        getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("OS random source: {e}"))?;
        Ok(Self(bytes))
    }

    pub fn from_bytes(bytes: Vec<u8>) -> Self {
        Self(bytes)
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The secret as apps take it typed in: base32, in groups of four.
    pub fn for_typing(&self) -> String {
        let encoded = BASE32_NOPAD.encode(&self.0);
        let groups: Vec<&str> =
            encoded.as_bytes().chunks(4).map(|c| std::str::from_utf8(c).unwrap_or_default()).collect();
        groups.join(" ")
    }

    /// The `otpauth://` URI of the QR code: the issuer and the account's
    /// name label the entry in the app.
    pub fn uri(&self, issuer: &str, account: &str) -> String {
        let label = |text: &str| {
            percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
        };
        let issuer = label(issuer);
        format!(
            "otpauth://totp/{issuer}:{}?secret={}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECS}",
            label(account),
            BASE32_NOPAD.encode(&self.0),
        )
    }

    /// The code of one time step.
    pub fn code_at(&self, step: i64) -> String {
        // totp-rs asks for a time; the step's first second gives its code.
        // Steps before 1970 have no code (none is ever asked for).
        let time = u64::try_from(step.saturating_mul(STEP_SECS)).unwrap_or_default();
        // No skew here: which steps are tried is `matching_steps`'s to say.
        TOTP::new_unchecked(Algorithm::SHA1, DIGITS, 0, STEP_SECS as u64, self.0.clone()).generate(time)
    }

    /// The steps `code` matches, the newest first, within the drift allowed
    /// around `now` (Unix seconds). The caller takes the first that is newer
    /// than the last step the account used, so no code works twice.
    pub fn matching_steps(&self, code: &TotpCode, now: i64) -> Vec<i64> {
        let current = step_of(now);
        (current - DRIFT_STEPS..=current + DRIFT_STEPS)
            .rev()
            .filter(|&step| constant_time_eq(self.code_at(step).as_bytes(), code.0.as_bytes()))
            .collect()
    }
}

impl fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TotpSecret([redacted])")
    }
}

/// The time step a Unix time falls in.
pub fn step_of(unix_secs: i64) -> i64 {
    unix_secs.div_euclid(STEP_SECS)
}

/// Six digits as typed: spaces (apps show `123 456`) are ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TotpCode(String);

impl TotpCode {
    pub fn parse(input: &str) -> Option<Self> {
        let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        (digits.len() == DIGITS && digits.bytes().all(|b| b.is_ascii_digit())).then_some(Self(digits))
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B: the SHA-1 key and the eight-digit codes, of
    /// which the last six digits are the six-digit code.
    #[test]
    fn rfc_6238_test_vectors() {
        let secret = TotpSecret::from_bytes(b"12345678901234567890".to_vec());
        for (time, eight) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(secret.code_at(step_of(time)), eight[2..], "at {time}");
        }
    }

    #[test]
    fn a_code_matches_one_step_either_side_and_no_further() {
        let secret = TotpSecret::generate().unwrap();
        let now = 1_700_000_000;
        let code = |offset: i64| TotpCode::parse(&secret.code_at(step_of(now) + offset)).unwrap();
        for offset in -1..=1 {
            assert!(secret.matching_steps(&code(offset), now).contains(&(step_of(now) + offset)));
        }
        for offset in [-2, 2] {
            assert!(!secret.matching_steps(&code(offset), now).contains(&(step_of(now) + offset)));
        }
    }

    #[test]
    fn codes_parse_with_spaces_and_nothing_else() {
        assert_eq!(TotpCode::parse(" 123 456 "), Some(TotpCode("123456".into())));
        for bad in ["", "12345", "1234567", "12345a", "１２３４５６"] {
            assert_eq!(TotpCode::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_uri_names_the_account_and_carries_the_secret() {
        let secret = TotpSecret::from_bytes(b"12345678901234567890".to_vec());
        assert_eq!(
            secret.uri("Accounts", "ada"),
            "otpauth://totp/Accounts:ada?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Accounts&algorithm=SHA1&digits=6&period=30"
        );
        assert_eq!(secret.for_typing(), "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
        assert!(!format!("{secret:?}").contains("GEZD"));
    }
}
