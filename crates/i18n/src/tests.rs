//! Completeness checks: every language has every message with the same variables,
//! and every id used in the code exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use fluent_syntax::parser;

use super::*;

/// message id → names of the variables it uses.
fn messages(source: &str, file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{file}: syntax errors {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(pattern) = &message.value {
                collect_vars(pattern, &mut vars);
            }
            let id = message.id.name.to_string();
            assert!(
                out.insert(id.clone(), vars).is_none(),
                "{file}: duplicate message `{id}`"
            );
        }
    }
    out
}

fn collect_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, vars);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, vars),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, vars);
            for variant in variants {
                collect_vars(&variant.value, vars);
            }
        }
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, vars),
        _ => {}
    }
}

/// The Fluent files of a language on disk (name, text), whether compiled in or not.
fn files_on_disk(lang: Language) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang.code());
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            (name, text)
        })
        .collect();
    files.sort();
    files
}

/// Every message of a language (all files on disk, including `mail.ftl`).
fn all_messages(lang_index: usize) -> BTreeMap<String, BTreeSet<String>> {
    let lang = SOURCES[lang_index].0;
    let mut merged = BTreeMap::new();
    for (file, source) in files_on_disk(lang) {
        for (id, vars) in messages(&source, &format!("{lang}/{file}")) {
            assert!(
                merged.insert(id.clone(), vars).is_none(),
                "{lang}: `{id}` defined in two files"
            );
        }
    }
    merged
}

#[test]
fn every_file_on_disk_is_compiled_in() {
    for (lang, compiled) in SOURCES {
        for (name, text) in files_on_disk(lang) {
            if name == "mail.ftl" && !cfg!(feature = "mail") {
                continue;
            }
            assert!(
                compiled.iter().any(|(n, t)| *n == name && *t == text),
                "{lang}/{name} is not in `SOURCES`"
            );
        }
    }
}

/// The SPA is built without the mails' texts: it must not ask for one of them.
#[test]
fn the_spa_uses_no_mail_message() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut used = BTreeSet::new();
    collect_used_ids(&root.join("frontend/src"), &mut used);
    let mail: BTreeSet<String> = files_on_disk(Language::En)
        .into_iter()
        .filter(|(name, _)| name == "mail.ftl")
        .flat_map(|(name, text)| messages(&text, &name).into_keys())
        .collect();
    assert!(!mail.is_empty(), "mail.ftl has messages");
    let wrong: Vec<_> = used.intersection(&mail).collect();
    assert!(wrong.is_empty(), "the SPA uses mail texts: {wrong:?}");
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let reference = all_messages(2); // English
    for (index, (lang, _)) in SOURCES.iter().enumerate() {
        let lang = *lang;
        let other = all_messages(index);
        let missing: Vec<_> = reference
            .keys()
            .filter(|k| !other.contains_key(*k))
            .collect();
        let extra: Vec<_> = other
            .keys()
            .filter(|k| !reference.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks messages: {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has messages English lacks: {extra:?}"
        );
        for (id, vars) in &reference {
            assert_eq!(
                &other[id], vars,
                "{lang}: `{id}` uses other variables than in English"
            );
        }
        // Compiled-in messages format to something (mails only with the feature `mail`).
        for id in other.keys().filter(|id| has(lang, id)) {
            assert!(!t(lang, id).trim().is_empty(), "{lang}: `{id}` is empty");
        }
    }
}

#[cfg(feature = "mail")]
#[test]
fn mail_messages_format_with_arguments() {
    assert_eq!(
        t_args(Language::De, "mail-greeting", &[("name", "Jana".into())]),
        "Hallo Jana,"
    );
    assert_eq!(
        t_args(Language::Cs, "mail-greeting", &[("name", "Jana".into())]),
        "Dobrý den, Jana,"
    );
}

#[test]
fn messages_fall_back_to_their_id() {
    assert_eq!(t(Language::En, "no-such-message"), "no-such-message");
    assert!(has(Language::Cs, "error-not_found"));
    assert_eq!(has(Language::De, "mail-greeting"), cfg!(feature = "mail"));
}

#[test]
fn every_domain_error_has_a_field_message() {
    for error in glokal_domain::DomainError::ALL {
        for lang in Language::ALL {
            assert!(
                has(lang, &format!("field-{}", error.code())),
                "{lang}: field-{} missing",
                error.code()
            );
        }
    }
}

/// Every literal message id used in the SPA and the server exists in every language.
#[test]
fn every_id_used_in_code_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut used = BTreeSet::new();
    for dir in ["frontend/src", "crates/api/src", "crates/server/src"] {
        collect_used_ids(&root.join(dir), &mut used);
    }
    let known = all_messages(2);
    let unknown: Vec<_> = used.iter().filter(|id| !known.contains_key(*id)).collect();
    assert!(
        unknown.is_empty(),
        "message ids used in code but not defined: {unknown:?}"
    );
}

fn collect_used_ids(dir: &Path, used: &mut BTreeSet<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_used_ids(&path, used);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            used.extend(literal_ids(&text));
        }
    }
}

/// Finds `t("id")`, `t_args(lang, "id"` and `t(lang, "id")` shaped calls: the last string literal
/// before the first `)`/`,&[`, when it looks like a message id.
fn literal_ids(text: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for marker in ["t(", "t_args(", "tr("] {
        let mut rest = text;
        while let Some(pos) = rest.find(marker) {
            let before = rest[..pos].chars().last();
            rest = &rest[pos + marker.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue; // part of a longer identifier such as `set(`
            }
            let call: String = rest.chars().take(120).collect();
            let args = call.split(')').next().unwrap_or("");
            if let Some(start) = args.find('"') {
                let literal: String = args[start + 1..]
                    .chars()
                    .take_while(|c| *c != '"')
                    .collect();
                let looks_like_id = !literal.is_empty()
                    && literal.contains('-')
                    && literal.chars().all(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
                    });
                if looks_like_id {
                    ids.push(literal);
                }
            }
        }
    }
    ids
}
