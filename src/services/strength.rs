//! Password strength, estimated with zxcvbn on the server only: its word
//! lists would be most of the browser bundle. Forms check it when they are
//! posted; the strength meter asks for it through `actions::check`.

use zxcvbn::{
    feedback::{Suggestion, Warning},
    zxcvbn,
};

use crate::domain::Strength;

/// Estimates how guessable `password` is for an attacker who also knows
/// `related` words: the account's username and address, so that
/// "ada.lovelace.2024" is weak for Ada.
pub fn estimate(password: &str, related: &[String]) -> Strength {
    let words = related_words(related);
    let words = words.iter().map(String::as_str).collect::<Vec<_>>();
    // zxcvbn reads the first 100 characters only, which bounds its work.
    let mut entropy = zxcvbn(password, &words);
    // Separators between the account's own words add little for someone who
    // knows them, though zxcvbn counts them as random characters: when the
    // account's words show once the separators are out, judge the password
    // that way too, and keep the lower verdict. Symbols that are not
    // separators ("🦀🌋🎻…", "#%&*(+=…") are left to count for what they are.
    let joined = without_separators(password);
    let lowered = joined.to_lowercase();
    if joined != password && words.iter().any(|w| lowered.contains(w)) {
        let without_separators = zxcvbn(&joined, &words);
        if without_separators.score() < entropy.score() {
            entropy = without_separators;
        }
    }
    let feedback = entropy.feedback();
    Strength {
        score: u8::from(entropy.score()),
        warning: feedback.and_then(|f| f.warning()).map(warning_key),
        suggestions: feedback
            .map(|f| f.suggestions().iter().map(suggestion_key).collect())
            .unwrap_or_default(),
    }
}

/// zxcvbn's advice in the catalogue: its own words are English only.
fn warning_key(warning: Warning) -> &'static str {
    match warning {
        Warning::StraightRowsOfKeysAreEasyToGuess => "zxcvbn-warning-straight-rows",
        Warning::ShortKeyboardPatternsAreEasyToGuess => "zxcvbn-warning-short-keyboard-patterns",
        Warning::RepeatsLikeAaaAreEasyToGuess => "zxcvbn-warning-repeats-aaa",
        Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => "zxcvbn-warning-repeats-abcabc",
        Warning::ThisIsATop10Password => "zxcvbn-warning-top-10",
        Warning::ThisIsATop100Password => "zxcvbn-warning-top-100",
        Warning::ThisIsACommonPassword => "zxcvbn-warning-common",
        Warning::ThisIsSimilarToACommonlyUsedPassword => "zxcvbn-warning-similar-to-common",
        Warning::SequencesLikeAbcAreEasyToGuess => "zxcvbn-warning-sequences",
        Warning::RecentYearsAreEasyToGuess => "zxcvbn-warning-recent-years",
        Warning::AWordByItselfIsEasyToGuess => "zxcvbn-warning-single-word",
        Warning::DatesAreOftenEasyToGuess => "zxcvbn-warning-dates",
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess => "zxcvbn-warning-names",
        Warning::CommonNamesAndSurnamesAreEasyToGuess => "zxcvbn-warning-common-names",
    }
}

fn suggestion_key(suggestion: &Suggestion) -> &'static str {
    match suggestion {
        Suggestion::UseAFewWordsAvoidCommonPhrases => "zxcvbn-suggestion-few-words",
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => "zxcvbn-suggestion-no-need-for-symbols",
        Suggestion::AddAnotherWordOrTwo => "zxcvbn-suggestion-add-a-word",
        Suggestion::CapitalizationDoesntHelpVeryMuch => "zxcvbn-suggestion-capitalization",
        Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => "zxcvbn-suggestion-all-uppercase",
        Suggestion::ReversedWordsArentMuchHarderToGuess => "zxcvbn-suggestion-reversed-words",
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => "zxcvbn-suggestion-substitutions",
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => "zxcvbn-suggestion-longer-keyboard-pattern",
        Suggestion::AvoidRepeatedWordsAndCharacters => "zxcvbn-suggestion-avoid-repeats",
        Suggestion::AvoidSequences => "zxcvbn-suggestion-avoid-sequences",
        Suggestion::AvoidRecentYears => "zxcvbn-suggestion-avoid-recent-years",
        Suggestion::AvoidYearsThatAreAssociatedWithYou => "zxcvbn-suggestion-avoid-your-years",
        Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => "zxcvbn-suggestion-avoid-dates",
    }
}

/// The password without the short runs of other characters (up to three)
/// that sit between letters or digits: "ada.lovelace-2024" → "adalovelace2024".
fn without_separators(password: &str) -> String {
    let chars = password.chars().collect::<Vec<_>>();
    let mut joined = String::with_capacity(password.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_alphanumeric() {
            joined.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && !chars[i].is_alphanumeric() {
            i += 1;
        }
        // Runs are maximal, so a letter or digit stands on each side of this one.
        let separates = start > 0 && i < chars.len() && i - start <= 3;
        if !separates {
            joined.extend(&chars[start..i]);
        }
    }
    joined
}

/// Runs the estimate off the async threads: a long password costs zxcvbn
/// milliseconds of CPU.
pub async fn assess(password: &str, related: &[String]) -> Strength {
    let (password, related) = (password.to_owned(), related.to_vec());
    tokio::task::spawn_blocking(move || estimate(&password, &related)).await.unwrap_or_else(|_| Strength {
        score: 0,
        warning: None,
        suggestions: Vec::new(),
    })
}

/// The words an attacker would try first against this account: each value
/// whole, and an address also as its local part and the pieces of it.
fn related_words(related: &[String]) -> Vec<String> {
    let mut words = Vec::new();
    let separators = ['.', '_', '-', '+'];
    for value in related.iter().map(|v| v.trim().to_lowercase()).filter(|v| !v.is_empty()) {
        let name = match value.rsplit_once('@') {
            Some((local, domain)) => {
                words.extend(domain.split('.').next().map(str::to_owned));
                local.to_owned()
            }
            None => value.clone(),
        };
        // "ada.lovelace" is tried as itself, as "adalovelace", and in pieces.
        words.extend(name.split(separators).map(str::to_owned));
        words.push(name.replace(separators, ""));
        words.push(name);
        words.push(value);
    }
    words.retain(|w| w.chars().count() >= 3);
    words.sort();
    words.dedup();
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(password: &str, related: &[&str]) -> u8 {
        estimate(password, &related.iter().map(|s| s.to_string()).collect::<Vec<_>>()).score
    }

    #[test]
    fn common_and_patterned_passwords_are_refused() {
        for weak in ["password1234", "qwertyuiop123", "aaaaaaaaaaaa", "123456789012", "iloveyou2024!"] {
            let strength = estimate(weak, &[]);
            assert!(!strength.is_acceptable(), "{weak} scored {}", strength.score);
            assert!(strength.refusal(crate::domain::Language::ENGLISH).is_some());
        }
    }

    #[test]
    fn passwords_built_from_the_account_are_refused() {
        let account = ["ada_lovelace", "ada.lovelace@example.com"];
        assert!(score("adalovelace1815", &[]) >= 3, "strong for a stranger");
        assert!(score("adalovelace1815", &account) < 3, "weak for someone who knows the account");
        assert!(score("ada.lovelace@example.com", &account) < 3);
        assert!(score("ada.lovelace.example", &account) < 3);
        assert!(score("correct horse battery staple", &account) >= 3, "unrelated words still count");
    }

    #[test]
    fn symbols_and_emoji_count_for_what_they_are() {
        let account = ["ada".to_owned(), "ada@example.com".to_owned()];
        for strong in ["🦀🌋🎻🧲🪁🥨🛶🧿🪐🦉🍄🗝", "#%&*(+=!?<{|}~]^@;:/$\\>)", "🦀 ☂ ⛵ 🎲 ✈ ⚓ 🌵 🎷"]
        {
            assert!(estimate(strong, &account).is_acceptable(), "{strong}");
        }
        assert_eq!(without_separators("ada.lovelace - 2024"), "adalovelace2024");
        assert_eq!(without_separators("🔑 violet"), "🔑 violet");
        assert_eq!(without_separators("a!!!!b"), "a!!!!b");
    }

    #[test]
    fn passphrases_are_accepted() {
        for strong in ["correct horse battery staple", "an entirely new passphrase", "🔑 violet cactus lamp"]
        {
            assert!(estimate(strong, &[]).is_acceptable(), "{strong}");
        }
    }

    #[test]
    fn related_words_include_the_pieces_of_an_address() {
        let words = related_words(&["Ada_L".into(), "Ada.Lovelace+x@Example.com".into()]);
        for expected in [
            "ada_l",
            "adal",
            "ada",
            "lovelace",
            "adalovelacex",
            "ada.lovelace+x",
            "example",
            "ada.lovelace+x@example.com",
        ] {
            assert!(words.iter().any(|w| w == expected), "{expected} missing from {words:?}");
        }
        assert!(!words.iter().any(|w| w == "x"), "too short to matter");
    }
}
