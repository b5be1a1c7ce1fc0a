use std::fmt;

use strsim::osa_distance;

use super::i18n::{Arg, Key, Message};

/// The most characters an address may have (RFC 5321 path limit less `<>`).
const MAX_LEN: usize = 254;
/// The most characters before the `@` (RFC 5321).
const MAX_LOCAL_LEN: usize = 64;
/// The most characters in one DNS label.
const MAX_LABEL_LEN: usize = 63;

/// An email address as the user typed it (trimmed), checked against the
/// syntax of the WHATWG `<input type=email>` and the RFC 5321 length limits.
///
/// The address is kept exactly as typed, because mail must go to the address
/// the user gave us; comparisons between accounts use [`Email::normalized`].
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.key())]
pub enum EmailError {
    Empty,
    TooLong,
    MissingAt,
    LocalTooLong,
    InvalidLocal,
    InvalidDomain,
}

impl EmailError {
    pub const ALL: &[EmailError] = &[
        Self::Empty,
        Self::TooLong,
        Self::MissingAt,
        Self::LocalTooLong,
        Self::InvalidLocal,
        Self::InvalidDomain,
    ];
}

impl Message for EmailError {
    fn key(&self) -> &'static str {
        match self {
            Self::Empty => "email-empty",
            Self::TooLong => "email-too-long",
            Self::MissingAt => "email-missing-at",
            Self::LocalTooLong => "email-local-too-long",
            Self::InvalidLocal => "email-invalid-local",
            Self::InvalidDomain => "email-invalid-domain",
        }
    }

    fn args(&self) -> Vec<(&'static str, Arg<'static>)> {
        match self {
            Self::TooLong => vec![("max", MAX_LEN.into())],
            Self::LocalTooLong => vec![("max", MAX_LOCAL_LEN.into())],
            _ => Vec::new(),
        }
    }
}

/// "Did you mean <the fixed address>?", around the address the live check
/// offers as a button.
pub const DID_YOU_MEAN: (Key, Key) = (Key("email-did-you-mean-before"), Key("email-did-you-mean-after"));

impl Email {
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let address = input.trim();
        if address.is_empty() {
            return Err(EmailError::Empty);
        }
        if address.chars().count() > MAX_LEN {
            return Err(EmailError::TooLong);
        }
        let (local, domain) = address.split_once('@').ok_or(EmailError::MissingAt)?;
        if local.is_empty() || !local.chars().all(is_local_char) {
            return Err(EmailError::InvalidLocal);
        }
        if local.len() > MAX_LOCAL_LEN {
            return Err(EmailError::LocalTooLong);
        }
        if !is_valid_domain(domain) {
            return Err(EmailError::InvalidDomain);
        }
        Ok(Self(address.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form two addresses are compared in: lower case, so that
    /// `Ada@Example.com` and `ada@example.com` are one account.
    pub fn normalized(&self) -> String {
        // Addresses are ASCII (WHATWG syntax), so ASCII folding is complete.
        self.0.to_ascii_lowercase()
    }

    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(_, domain)| domain)
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Email({:?})", self.0)
    }
}

impl AsRef<str> for Email {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// The characters WHATWG allows before the `@` (ASCII only, no quoting).
fn is_local_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || ".!#$%&'*+/=?^_`{|}~-".contains(c)
}

/// WHATWG domain: dot-separated labels of ASCII letters, digits and inner
/// hyphens, each 1 to 63 characters.
fn is_valid_domain(domain: &str) -> bool {
    !domain.is_empty()
        && domain.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= MAX_LABEL_LEN
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// Mail providers common enough that a near miss is more likely a typo than
/// a real domain.
const COMMON_DOMAINS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "hotmail.com",
    "outlook.com",
    "live.com",
    "icloud.com",
    "me.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "gmx.com",
    "gmx.de",
    "web.de",
    "yandex.ru",
    "mail.ru",
    "qq.com",
    "fastmail.com",
];

/// "Did you mean gmail.com?": the common domain one or two edits away from
/// what was typed, if there is exactly one closest such domain. An edit is
/// an insertion, a deletion, a substitution or a swap of neighbours
/// ("gmial" is one edit from "gmail"): the optimal string alignment distance.
pub fn suggest_domain(email: &Email) -> Option<&'static str> {
    let typed = email.domain().to_ascii_lowercase();
    if COMMON_DOMAINS.contains(&typed.as_str()) {
        return None;
    }
    let mut best: Option<(&'static str, usize)> = None;
    let mut tie = false;
    for &candidate in COMMON_DOMAINS {
        let distance = osa_distance(&typed, candidate);
        if distance == 0 || distance > 2 {
            continue;
        }
        match best {
            Some((_, d)) if distance > d => {}
            Some((_, d)) if distance == d => tie = true,
            _ => {
                best = Some((candidate, distance));
                tie = false;
            }
        }
    }
    best.filter(|_| !tie).map(|(domain, _)| domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_addresses_the_browser_accepts() {
        for ok in ["ada@example.com", "a.b+tag@sub.example.co.uk", "x@localhost", "  ada@example.com "] {
            assert!(Email::parse(ok).is_ok(), "{ok} should parse");
        }
        assert_eq!(Email::parse(" Ada@Example.com ").unwrap().as_str(), "Ada@Example.com");
    }

    #[test]
    fn rejects_what_the_browser_rejects() {
        assert_eq!(Email::parse("   "), Err(EmailError::Empty));
        assert_eq!(Email::parse("ada.example.com"), Err(EmailError::MissingAt));
        assert_eq!(Email::parse("a da@example.com"), Err(EmailError::InvalidLocal));
        assert_eq!(Email::parse("ada@exa_mple.com"), Err(EmailError::InvalidDomain));
        assert_eq!(Email::parse("ada@-example.com"), Err(EmailError::InvalidDomain));
        assert_eq!(Email::parse("ada@example..com"), Err(EmailError::InvalidDomain));
        assert_eq!(Email::parse("ada@example.com\r\nBcc: x@y.z"), Err(EmailError::InvalidDomain));
        assert_eq!(Email::parse("adä@example.com"), Err(EmailError::InvalidLocal));
    }

    #[test]
    fn enforces_rfc_5321_lengths() {
        let local = "a".repeat(65);
        assert_eq!(Email::parse(&format!("{local}@example.com")), Err(EmailError::LocalTooLong));
        let label = "b".repeat(60);
        let long = format!("a@{label}.{label}.{label}.{label}.{label}");
        assert_eq!(Email::parse(&long), Err(EmailError::TooLong));
    }

    #[test]
    fn suggests_common_domains_for_near_misses() {
        let suggest = |s: &str| suggest_domain(&Email::parse(s).unwrap());
        assert_eq!(suggest("ada@gmial.com"), Some("gmail.com"));
        assert_eq!(suggest("ada@gmail.con"), Some("gmail.com"));
        assert_eq!(suggest("ada@hotmial.com"), Some("hotmail.com"));
        assert_eq!(suggest("ada@gmail.com"), None);
        assert_eq!(suggest("ada@example.com"), None);
    }
}
