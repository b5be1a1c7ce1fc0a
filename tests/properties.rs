//! Properties of the shared validators and of token parsing, over inputs
//! far stranger than anyone would think to write by hand.

use accounts::{
    domain::{Email, Username, next::safe_next, password},
    infra::crypto::tokens::{EmailCode, PlainToken},
};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn email_parsing_never_panics_and_what_it_accepts_fits_the_rules(input in "\\PC{0,300}") {
        if let Ok(email) = Email::parse(&input) {
            let text = email.as_str();
            prop_assert!(text.chars().count() <= 254);
            let (local, domain) = text.split_once('@').expect("an @");
            prop_assert!(!local.is_empty() && local.len() <= 64);
            prop_assert!(!domain.is_empty() && !domain.contains('@'));
            prop_assert!(text.is_ascii(), "only ASCII addresses: {text:?}");
            prop_assert!(!text.chars().any(|c| c.is_control() || c.is_whitespace()), "{text:?}");
            prop_assert_eq!(text, input.trim());
        }
    }

    #[test]
    fn emails_are_one_account_whatever_their_case(local in "[a-zA-Z0-9._%+-]{1,64}", domain in "[a-zA-Z0-9]{1,20}\\.[a-zA-Z]{2,6}") {
        let email = Email::parse(&format!("{local}@{domain}")).expect("a valid address");
        let shouted = Email::parse(&email.as_str().to_uppercase()).expect("still valid");
        prop_assert_eq!(email.normalized(), shouted.normalized());
        prop_assert_eq!(email.normalized(), email.normalized().to_ascii_lowercase());
    }

    #[test]
    fn usernames_are_3_to_32_safe_characters(input in "\\PC{0,60}") {
        if let Ok(name) = Username::parse(&input) {
            let text = name.as_str();
            prop_assert!((3..=32).contains(&text.chars().count()));
            prop_assert!(text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'));
            prop_assert_eq!(name.normalized(), text.to_ascii_lowercase());
        }
    }

    #[test]
    fn password_length_is_counted_in_code_points(input in "\\PC{0,1100}") {
        let chars = input.chars().count();
        let accepted = password::check_length(&input).is_ok();
        prop_assert_eq!(accepted, (password::MIN_LEN..=password::MAX_LEN).contains(&chars));
    }

    #[test]
    fn token_parsing_accepts_only_the_tokens_it_issues(input in "\\PC{0,80}") {
        if let Some(token) = PlainToken::parse(&input) {
            prop_assert_eq!(token.expose().len(), 43);
            prop_assert!(token.expose().chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        }
    }

    #[test]
    fn code_parsing_never_panics_and_what_it_accepts_reads_back_the_same(input in "[0-9A-Za-z -]{0,20}|\\PC{0,20}") {
        if let Some(code) = EmailCode::parse(&input) {
            let shown = code.display();
            prop_assert_eq!(shown.len(), 9);
            prop_assert!(shown.chars().all(|c| c == '-' || c.is_ascii_digit() || "ABCDEFGHJKMNPQRSTVWXYZ".contains(c)));
            prop_assert_eq!(EmailCode::parse(&shown), Some(code));
        }
    }

    #[test]
    fn issued_tokens_always_parse_back(_seed in any::<u8>()) {
        let token = PlainToken::generate().expect("the OS has randomness");
        prop_assert_eq!(PlainToken::parse(token.expose()), Some(token));
    }

    #[test]
    fn next_never_leaves_the_application(input in "\\PC{0,100}") {
        if let Some(next) = safe_next(&input) {
            prop_assert!(next.starts_with('/'));
            prop_assert!(!next.starts_with("//"));
            prop_assert!(!next.contains('\\'));
            prop_assert!(!next.chars().any(char::is_control));
        }
    }
}
