//! The languages the application speaks, and which one a request gets.
//!
//! Each language is one line of [`LANGUAGES`] and one folder of Fluent
//! files in `locales/` (README, "Adding a language"); the messages
//! themselves are in `domain::i18n`.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Which way a language's text runs, as `<html dir>` says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::LeftToRight => "ltr",
            Self::RightToLeft => "rtl",
        }
    }
}

/// A language with a catalogue: its BCP 47 primary subtag and direction.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Language {
    code: &'static str,
    direction: Direction,
}

/// Every language shipped, English first: it is the fallback and the one
/// the catalogue's keys are checked against.
pub const LANGUAGES: &[Language] = &[
    Language::ENGLISH,
    Language { code: "de", direction: Direction::LeftToRight },
    Language { code: "fr", direction: Direction::LeftToRight },
    Language { code: "es", direction: Direction::LeftToRight },
    Language { code: "ar", direction: Direction::RightToLeft },
];

/// What `Accept-Language` is read up to: a browser sends a few dozen
/// bytes; anything longer is not a browser's, and is not parsed further.
const MAX_HEADER: usize = 1024;
const MAX_RANGES: usize = 32;

impl Language {
    pub const ENGLISH: Language = Language { code: "en", direction: Direction::LeftToRight };

    /// The language of a code the application wrote (a cookie, a saved
    /// setting, a form's choice): exactly one of [`LANGUAGES`]' codes.
    pub fn from_code(code: &str) -> Option<Language> {
        LANGUAGES.iter().copied().find(|language| language.code == code)
    }

    /// The language a BCP 47 tag asks for: `de-CH` is German, `DE` too.
    fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next()?;
        LANGUAGES.iter().copied().find(|language| language.code.eq_ignore_ascii_case(primary))
    }

    /// The best of [`LANGUAGES`] for an `Accept-Language` header: the
    /// ranges by their q-values (ties in the order given), each matched by
    /// its primary subtag; `*`, q=0, and anything malformed match nothing.
    /// None when nothing matches.
    pub fn negotiate(accept_language: &str) -> Option<Language> {
        let end = (0..=MAX_HEADER.min(accept_language.len()))
            .rev()
            .find(|&i| accept_language.is_char_boundary(i))
            .unwrap_or_default();
        let header = &accept_language[..end];
        let mut ranges: Vec<(Language, u16)> = header
            .split(',')
            .take(MAX_RANGES)
            .filter_map(|range| {
                let mut parts = range.split(';').map(str::trim);
                let tag = parts.next()?;
                let weight = match parts.next() {
                    None => 1000,
                    Some(q) => quality(q)?,
                };
                let well_formed = !tag.is_empty()
                    && tag.len() <= 35
                    && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
                (well_formed && weight > 0).then(|| Some((Language::from_tag(tag)?, weight))).flatten()
            })
            .collect();
        // Stable: among equal weights, the order the browser gave.
        ranges.sort_by_key(|&(_, weight)| std::cmp::Reverse(weight));
        ranges.first().map(|&(language, _)| language)
    }

    pub const fn code(self) -> &'static str {
        self.code
    }

    pub const fn direction(self) -> Direction {
        self.direction
    }
}

/// A `q=` parameter in thousandths (RFC 9110 §12.4.2: at most three
/// decimals, between 0 and 1); None when it is anything else.
fn quality(parameter: &str) -> Option<u16> {
    let value = parameter.strip_prefix("q=").or_else(|| parameter.strip_prefix("Q="))?;
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

impl Default for Language {
    fn default() -> Self {
        Self::ENGLISH
    }
}

impl fmt::Debug for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

impl Serialize for Language {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code)
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Language::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom("not a language of this application"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn negotiated(header: &str) -> Option<&'static str> {
        Language::negotiate(header).map(Language::code)
    }

    #[test]
    fn the_highest_q_value_wins_and_regions_fall_back_to_their_language() {
        assert_eq!(negotiated("de-CH"), Some("de"));
        assert_eq!(negotiated("fr;q=0.5, ar;q=0.9, en;q=0.8"), Some("ar"));
        assert_eq!(negotiated("ja, es-MX;q=0.7, de;q=0.7"), Some("es"));
        assert_eq!(negotiated("EN-gb"), Some("en"));
        assert_eq!(negotiated("de;q=0, fr;q=0.1"), Some("fr"));
        assert_eq!(negotiated("de;q=1.000"), Some("de"));
    }

    #[test]
    fn what_is_not_a_language_range_of_ours_matches_nothing() {
        for header in [
            "",
            "*",
            "ja, zh-CN",
            "de;q=2",
            "de;q=0.5000",
            "de;q=-1",
            "de;q=abc",
            "de;q=0",
            "d\u{e9}, <script>",
            ";;;,,,",
            "deu",
            "x-klingon",
        ] {
            assert_eq!(negotiated(header), None, "{header:?}");
        }
        // Past the first kilobyte nothing is read.
        assert_eq!(negotiated(&format!("{}, de", "ja,".repeat(1000))), None);
        // A multi-byte character at the cut does not panic.
        assert_eq!(negotiated(&format!("a{}", "é".repeat(MAX_HEADER))), None);
    }

    #[test]
    fn a_code_is_one_of_ours_exactly() {
        assert_eq!(Language::from_code("ar").map(Language::direction), Some(Direction::RightToLeft));
        assert_eq!(Language::from_code("AR"), None);
        assert_eq!(Language::from_code("de-CH"), None);
        assert_eq!(serde_json::to_string(&Language::ENGLISH).unwrap(), r#""en""#);
        assert!(serde_json::from_str::<Language>(r#""xx""#).is_err());
    }
}
