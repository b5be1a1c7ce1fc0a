//! The source tree's layers import only downward, and no files import one
//! another round a circle. README "Layout" names the layers; this test reads
//! every `crate::`, `super::` and `self::` path in `src/` (in `use` lines and
//! in code), follows `pub use` re-exports to the file that defines the item,
//! and fails on an import from a lower layer to a higher one or on a circle.
//!
//! It reads the code as text, so it needs no feature and no build of the crate.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// Each layer by its folder (or file), lowest first. A file may import its
/// own layer and those below it.
const LAYERS: &[(&str, &[&str])] = &[
    ("domain", &["src/domain/"]),
    ("infra", &["src/infra/"]),
    ("services", &["src/services/"]),
    ("actions", &["src/actions/"]),
    ("web", &["src/web/"]),
    ("entry", &["src/lib.rs", "src/main.rs", "src/cli.rs"]),
];

fn layer_of(file: &str) -> usize {
    LAYERS
        .iter()
        .position(|(_, places)| places.iter().any(|place| file.starts_with(place) || file == *place))
        .unwrap_or_else(|| panic!("{file} is in no layer: put it in one of the folders of LAYERS"))
}

#[test]
fn layers_import_only_downward_and_files_form_no_circle() {
    let tree = SourceTree::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let edges = tree.imports();
    assert!(edges.len() > 100, "the reader found only {} imports: it is broken", edges.len());
    assert!(
        edges.contains(&("src/actions/register.rs".into(), "src/domain/email.rs".into())),
        "the reader missed a known import (the register action's use of the address type)"
    );

    let upward: Vec<String> = edges
        .iter()
        .filter(|(from, to)| layer_of(to) > layer_of(from))
        .map(|(from, to)| {
            format!("{from} ({}) imports {to} ({})", LAYERS[layer_of(from)].0, LAYERS[layer_of(to)].0)
        })
        .collect();
    assert!(upward.is_empty(), "imports from a lower layer to a higher one:\n{}", upward.join("\n"));

    let circles = circles(&edges);
    assert!(
        circles.is_empty(),
        "files that import one another round a circle:\n{}",
        circles.iter().map(|files| files.join(" -> ")).collect::<Vec<_>>().join("\n")
    );
}

/// A module path from the crate root, e.g. `["infra", "db", "users"]`.
type ModulePath = Vec<String>;

struct SourceTree {
    root: PathBuf,
    /// Each file's module path.
    files: BTreeMap<String, ModulePath>,
    /// Module path to file.
    modules: HashMap<ModulePath, String>,
}

/// One path an import names, as written, with where it was written.
struct Named {
    /// The module the path is written in (the file's, and inline `mod`s).
    module: ModulePath,
    segments: Vec<String>,
    /// Written in a `pub use`: a re-export under this name.
    reexport_as: Option<String>,
}

impl SourceTree {
    fn read(root: PathBuf) -> Self {
        let mut files = BTreeMap::new();
        let mut stack = vec![root.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("src/ is readable") {
                let path = entry.expect("src/ is readable").path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|ext| ext == "rs") {
                    let relative = path
                        .strip_prefix(&root)
                        .expect("the walk stays under src/")
                        .to_string_lossy()
                        .replace('\\', "/");
                    let module = module_path(&relative);
                    files.insert(format!("src/{relative}"), module);
                }
            }
        }
        // `main.rs` is a crate of its own: the root module is `lib.rs`.
        let modules = files
            .iter()
            .filter(|(file, _)| file.as_str() != "src/main.rs")
            .map(|(file, module)| (module.clone(), file.clone()))
            .collect();
        Self { root, files, modules }
    }

    /// Every (importing file, imported file) pair, without a file's imports
    /// of itself.
    fn imports(&self) -> BTreeSet<(String, String)> {
        let mut named = Vec::new();
        for (file, module) in &self.files {
            let text = std::fs::read_to_string(self.root.join(file.trim_start_matches("src/")))
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            // Only the binary names the library by its crate name.
            let crate_names: &[&str] =
                if file == "src/main.rs" { &["crate", "accounts"] } else { &["crate"] };
            let is_child = |child: &str| {
                let mut path = module.clone();
                path.push(child.to_owned());
                self.modules.contains_key(&path)
            };
            let found = paths_in(&tokens(&strip(&text)), module, crate_names, is_child);
            named.extend(found.into_iter().map(|n| (file.clone(), n)));
        }
        // Re-exports: the path an item is exported at, to the path it is
        // defined at.
        let mut reexports: HashMap<ModulePath, ModulePath> = HashMap::new();
        for (_, n) in &named {
            if let Some(name) = &n.reexport_as
                && let Some(target) = absolute(&n.module, &n.segments)
            {
                let mut at = n.module.clone();
                at.push(name.clone());
                reexports.insert(at, target);
            }
        }
        let mut edges = BTreeSet::new();
        for (file, n) in &named {
            let Some(path) = absolute(&n.module, &n.segments) else { continue };
            if let Some(target) = self.file_of(&path, &reexports, 0)
                && &target != file
            {
                edges.insert((file.clone(), target));
            }
        }
        edges
    }

    /// The file that defines what `path` names, through re-exports.
    fn file_of(
        &self,
        path: &[String],
        reexports: &HashMap<ModulePath, ModulePath>,
        depth: usize,
    ) -> Option<String> {
        if depth > 8 {
            return None;
        }
        for k in (1..=path.len()).rev() {
            if let Some(target) = reexports.get(&path[..k])
                && target.as_slice() != &path[..k]
            {
                let mut followed = target.clone();
                followed.extend_from_slice(&path[k..]);
                return self.file_of(&followed, reexports, depth + 1);
            }
        }
        (0..=path.len()).rev().find_map(|k| self.modules.get(&path[..k]).cloned())
    }
}

/// `infra/db/mod.rs` is `infra::db`; `lib.rs` and `main.rs` are the root.
fn module_path(relative: &str) -> ModulePath {
    let without = relative.trim_end_matches(".rs");
    let mut segments: Vec<String> = without.split('/').map(str::to_owned).collect();
    if matches!(segments.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        segments.pop();
    }
    segments
}

/// A path from the crate root, from one written in `module`.
fn absolute(module: &[String], segments: &[String]) -> Option<ModulePath> {
    let mut at: ModulePath = module.to_vec();
    let mut rest = segments;
    match rest.first().map(String::as_str) {
        // `accounts::` is the crate's own name, as `main.rs` writes it.
        Some("crate" | "accounts") => {
            at.clear();
            rest = &rest[1..];
        }
        Some("self") => rest = &rest[1..],
        Some("super") => {
            while rest.first().map(String::as_str) == Some("super") {
                at.pop()?;
                rest = &rest[1..];
            }
        }
        _ => {}
    }
    at.extend(rest.iter().filter(|s| s.as_str() != "self").cloned());
    Some(at)
}

/// The text with comments, strings and character literals blanked out.
fn strip(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !prev_is_ident(&chars, i) {
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' {
            // A character literal ('a', '\n', '\u{..}'), or a lifetime ('a).
            if next == Some('\\') {
                // Past the quote, the backslash and the escaped character.
                i += 3;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
                out.push_str("' '");
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
                out.push_str("' '");
            } else {
                out.push(c);
                i += 1;
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn prev_is_ident(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

fn tokens(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            tokens.push(chars[start..i].iter().collect());
        } else if c == ':' && chars.get(i + 1) == Some(&':') {
            tokens.push("::".into());
            i += 2;
        } else if c.is_whitespace() {
            i += 1;
        } else {
            tokens.push(c.to_string());
            i += 1;
        }
    }
    tokens
}

/// Every path in the tokens of a file whose module is `module`. `is_child`
/// tells whether a name is a child module (a `use` may start with one).
fn paths_in(
    tokens: &[String],
    module: &ModulePath,
    crate_names: &[&str],
    is_child: impl Fn(&str) -> bool,
) -> Vec<Named> {
    let mut found = Vec::new();
    // Inline modules: (name, brace depth inside them).
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0;
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i].as_str();
        match token {
            "{" => depth += 1,
            "}" => {
                if inline.last().is_some_and(|(_, d)| *d == depth) {
                    inline.pop();
                }
                depth = depth.saturating_sub(1);
            }
            "mod" if tokens.get(i + 2).map(String::as_str) == Some("{") => {
                inline.push((tokens[i + 1].clone(), depth + 1));
            }
            _ => {}
        }
        let here = || {
            let mut here = module.clone();
            here.extend(inline.iter().map(|(name, _)| name.clone()));
            here
        };
        let after_path_sep = i > 0 && tokens[i - 1] == "::";
        let in_use = i > 0 && tokens[i - 1] == "use";
        let starts_path = (matches!(token, "super" | "self") || crate_names.contains(&token))
            && tokens.get(i + 1).map(String::as_str) == Some("::")
            || in_use && tokens.get(i + 1).map(String::as_str) == Some("::") && is_child(token);
        if starts_path && !after_path_sep {
            let public = in_use && i >= 2 && is_pub(tokens, i - 1);
            let mut leaves = Vec::new();
            let end = use_tree(tokens, i, Vec::new(), &mut leaves);
            let here = here();
            for (segments, name) in leaves {
                let reexport_as = if public { name } else { None };
                found.push(Named { module: here.clone(), segments, reexport_as });
            }
            i = end;
            continue;
        }
        i += 1;
    }
    found
}

/// Whether the `use` at `use_at` is public (`pub use`, `pub(crate) use`).
fn is_pub(tokens: &[String], use_at: usize) -> bool {
    let before = &tokens[..use_at];
    match before {
        [.., p] if p == "pub" => true,
        [.., p, open, _, close] if p == "pub" && open == "(" && close == ")" => true,
        _ => false,
    }
}

/// Parses a use tree from `i`; pushes each leaf's whole path and the name it
/// is imported as (none for a glob). Returns the index after the tree.
fn use_tree(
    tokens: &[String],
    mut i: usize,
    mut prefix: Vec<String>,
    leaves: &mut Vec<(Vec<String>, Option<String>)>,
) -> usize {
    loop {
        let Some(token) = tokens.get(i) else { return i };
        if token == "{" {
            i += 1;
            loop {
                match tokens.get(i).map(String::as_str) {
                    Some("}") => return i + 1,
                    Some(",") => i += 1,
                    Some(_) => i = use_tree(tokens, i, prefix.clone(), leaves),
                    None => return i,
                }
            }
        }
        if token == "*" {
            leaves.push((prefix, None));
            return i + 1;
        }
        if !token.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_') {
            if !prefix.is_empty() {
                let name = prefix.last().cloned();
                leaves.push((prefix, name));
            }
            return i;
        }
        prefix.push(token.clone());
        i += 1;
        match tokens.get(i).map(String::as_str) {
            Some("::") => i += 1,
            Some("as") => {
                let name = tokens.get(i + 1).cloned();
                leaves.push((prefix, name));
                return i + 2;
            }
            _ => {
                let name = prefix.last().filter(|n| n.as_str() != "self").cloned().or_else(|| {
                    // `use a::b::{self}` imports `b`.
                    prefix.iter().rev().nth(1).cloned()
                });
                leaves.push((prefix, name));
                return i;
            }
        }
    }
}

/// The groups of files that import one another round a circle (Tarjan's
/// strongly connected components with more than one file).
fn circles(edges: &BTreeSet<(String, String)>) -> Vec<Vec<String>> {
    let mut graph: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (from, to) in edges {
        graph.entry(from).or_default().push(to);
        graph.entry(to).or_default();
    }
    struct Walk<'a> {
        graph: &'a BTreeMap<&'a str, Vec<&'a str>>,
        index: HashMap<&'a str, usize>,
        low: HashMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, node: &'a str) {
            let n = self.index.len();
            self.index.insert(node, n);
            self.low.insert(node, n);
            self.stack.push(node);
            self.on_stack.insert(node);
            for &next in &self.graph[node] {
                if !self.index.contains_key(next) {
                    self.visit(next);
                    let low = self.low[node].min(self.low[next]);
                    self.low.insert(node, low);
                } else if self.on_stack.contains(next) {
                    let low = self.low[node].min(self.index[next]);
                    self.low.insert(node, low);
                }
            }
            if self.low[node] == self.index[node] {
                let mut group = Vec::new();
                while let Some(top) = self.stack.pop() {
                    self.on_stack.remove(top);
                    group.push(top.to_owned());
                    if top == node {
                        break;
                    }
                }
                if group.len() > 1 {
                    group.sort();
                    self.found.push(group);
                }
            }
        }
    }
    let mut walk = Walk {
        graph: &graph,
        index: HashMap::new(),
        low: HashMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for &node in graph.keys() {
        if !walk.index.contains_key(node) {
            walk.visit(node);
        }
    }
    walk.found
}
