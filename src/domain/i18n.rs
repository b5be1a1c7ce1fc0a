//! The message catalogue: every word a user reads, by key, in each of
//! [`LANGUAGES`](super::language::LANGUAGES), from the Fluent files in
//! `locales/<code>/` (compiled into the binary). Plurals and arguments are
//! Fluent's own: `{ $seconds -> [one] … *[other] … }`.
//!
//! Pages, emails and server functions look messages up here, on the
//! server; the browser bundle holds none of it (an island reads its words
//! from the HTML the server rendered in the reader's language).

use std::{borrow::Cow, collections::HashMap};

use fluent_templates::{LanguageIdentifier, Loader, static_loader};

pub use fluent_templates::fluent_bundle::FluentValue as Arg;

use super::Language;

static_loader! {
    static CATALOGUE = {
        locales: "./locales",
        fallback_language: "en",
        // No Unicode isolation marks around arguments: the pages and
        // emails put a right-to-left reader's arguments (usernames,
        // addresses, links) in elements and lines of their own instead.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A private-use character no message contains: a message is formatted
/// with it standing for an argument that is markup (a link, a word in
/// bold), then cut at it.
pub const MARK: &str = "\u{E000}";

/// Something the user is told, named by its catalogue key, with its
/// arguments: the domain's refusals (a username too short) are these. The
/// server looks them up with [`say`]; a page renders the ones a live
/// check may show next to its field, where the browser finds them by key.
pub trait Message {
    fn key(&self) -> &'static str;

    fn args(&self) -> Vec<(&'static str, Arg<'static>)> {
        Vec::new()
    }
}

/// A message with no arguments, named by its key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key(pub &'static str);

impl Message for Key {
    fn key(&self) -> &'static str {
        self.0
    }
}

/// `message` in `language`.
pub fn say(language: Language, message: &(impl Message + ?Sized)) -> String {
    text_with(language, message.key(), &message.args())
}

/// The message `key` in `language`, or English where that language lacks
/// it (the catalogue test holds every language complete).
pub fn text(language: Language, key: &str) -> String {
    lookup(language, key, None)
}

/// The message `key` with its arguments, e.g. `&[("seconds", 40.into())]`.
pub fn text_with(language: Language, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    let args: HashMap<Cow<'static, str>, Arg<'_>> =
        args.iter().map(|(name, value)| (Cow::Owned((*name).to_owned()), value.clone())).collect();
    lookup(language, key, Some(&args))
}

fn lookup(language: Language, key: &str, args: Option<&HashMap<Cow<'static, str>, Arg<'_>>>) -> String {
    let id = identifier(language);
    // A key no file has is a bug the catalogue test catches; a page shows
    // the key rather than fail.
    CATALOGUE.try_lookup_complete(&id, key, args).unwrap_or_else(|| key.to_owned())
}

fn identifier(language: Language) -> LanguageIdentifier {
    language.code().parse().unwrap_or_default()
}
