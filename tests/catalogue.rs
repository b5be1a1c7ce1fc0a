//! The message catalogue (`locales/<code>/*.ftl`) is whole: every file
//! parses, every language has exactly English's keys, a translation uses
//! only arguments its English message is given, every key is used by the
//! code or the email templates, and every key the code names exists.
//!
//! It reads the files as text, so it needs no feature and no build of the crate.

#![allow(clippy::unwrap_used)]

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::{Path, PathBuf},
};

/// Each language's messages: key → the arguments its text names.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn languages() -> Vec<String> {
    let mut codes: Vec<String> = fs::read_dir("locales")
        .expect("locales/")
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    codes
}

fn messages(code: &str) -> Messages {
    let mut messages = Messages::new();
    for entry in fs::read_dir(Path::new("locales").join(code)).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = fs::read_to_string(&path).unwrap();
        if let Err((_, errors)) = fluent_syntax::parser::parse(source.as_str()) {
            panic!("{} does not parse: {errors:?}", path.display());
        }
        let mut current: Option<String> = None;
        for line in source.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if !line.starts_with(' ')
                && let Some((key, _)) = line.split_once('=')
            {
                let key = key.trim().to_owned();
                assert!(
                    messages.insert(key.clone(), BTreeSet::new()).is_none(),
                    "{key} is in {code} twice ({})",
                    path.display()
                );
                current = Some(key);
            }
            if let Some(key) = &current {
                messages.get_mut(key).unwrap().extend(arguments(line));
            }
        }
    }
    messages
}

/// The `$names` a line of a message uses.
fn arguments(line: &str) -> Vec<String> {
    line.split('$')
        .skip(1)
        .map(|rest| {
            rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect()
        })
        .collect()
}

#[test]
fn every_language_has_every_key_and_no_other() {
    let english = messages("en");
    assert!(english.len() > 100, "English has {} keys", english.len());
    let mut problems = Vec::new();
    for code in languages().iter().filter(|c| *c != "en") {
        let theirs = messages(code);
        for key in english.keys().filter(|k| !theirs.contains_key(*k)) {
            problems.push(format!("{code} is missing {key}"));
        }
        for key in theirs.keys().filter(|k| !english.contains_key(*k)) {
            problems.push(format!("{code} has {key}, which English does not"));
        }
        for (key, args) in &theirs {
            if let Some(given) = english.get(key) {
                for arg in args.difference(given) {
                    problems
                        .push(format!("{code}'s {key} uses ${arg}, which its English message is not given"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn at_least_four_translations_one_right_to_left() {
    let codes = languages();
    assert!(codes.len() >= 5, "{codes:?}");
    assert!(codes.iter().any(|c| c == "ar" || c == "he"), "{codes:?}");
    // Each folder is one line of LANGUAGES, and each line a folder.
    let list = fs::read_to_string("src/domain/language.rs").unwrap();
    for code in &codes {
        assert!(list.contains(&format!("code: \"{code}\"")), "locales/{code} is not in LANGUAGES");
    }
}

/// Every text file of the code and the email templates, with its path.
fn sources() -> Vec<(PathBuf, String)> {
    let mut found = Vec::new();
    let mut stack = vec![PathBuf::from("src"), PathBuf::from("templates")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(source) = fs::read_to_string(&path) {
                found.push((path, source));
            }
        }
    }
    found
}

/// Every string literal of the code and the templates that looks like a key.
fn literals() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (_, source) in sources() {
        for (i, piece) in source.split('"').enumerate() {
            let looks_like_key = !piece.is_empty()
                && piece.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if i % 2 == 1 && looks_like_key {
                found.insert(piece.to_owned());
            }
        }
    }
    found
}

#[test]
fn every_key_is_used() {
    let used = literals();
    let unused: Vec<_> = messages("en").into_keys().filter(|key| !used.contains(key)).collect();
    assert!(unused.is_empty(), "keys no code or template names: {unused:?}");
}

#[test]
fn every_key_the_code_names_exists() {
    let english = messages("en");
    let mut missing = BTreeSet::new();
    // The calls that take a key: t("…"), t_with("…", …), Key("…"), and
    // the catalogue's own text(language, "…") / text_with(language, "…", …).
    let openings = ["t(\"", "t_with(\"", "Key(\"", "text(language, \"", "text_with(language, \""];
    for (path, source) in sources() {
        for opening in openings {
            for (at, _) in source.match_indices(opening) {
                // A call of that name, not the end of another (`split("`).
                let before = source[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let key: String = source[at + opening.len()..].chars().take_while(|c| *c != '"').collect();
                if !english.contains_key(&key) {
                    missing.insert(format!("{key} ({})", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "keys named in the code that English lacks: {missing:?}");
}
