//! Translations for everything a person sees, in German, Czech and English.
//!
//! The messages live in `locales/{de,cs,en}/*.ftl` (Project Fluent syntax, which
//! handles Czech plural forms). They are compiled into the binary, so the server
//! and the WebAssembly SPA share one source. The mails' texts (`mail.ftl`) are compiled in
//! only with the feature `mail` (the API server), which keeps them out of the SPA's bundle.
//! Tests check that every language has every message with the same variables.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::FluentValue;
use fluent_bundle::{FluentArgs, FluentResource};
use glokal_domain::Language;

/// The Fluent files of one language: errors shared by API and UI, mails (feature `mail`),
/// the SPA's texts, and the SPA's moderation and CRM-integration pages (files of their own).
macro_rules! sources {
    ($lang:literal) => {
        &[
            (
                "common.ftl",
                include_str!(concat!("../locales/", $lang, "/common.ftl")),
            ),
            #[cfg(feature = "mail")]
            (
                "mail.ftl",
                include_str!(concat!("../locales/", $lang, "/mail.ftl")),
            ),
            (
                "ui.ftl",
                include_str!(concat!("../locales/", $lang, "/ui.ftl")),
            ),
            (
                "moderation.ftl",
                include_str!(concat!("../locales/", $lang, "/moderation.ftl")),
            ),
            (
                "crm.ftl",
                include_str!(concat!("../locales/", $lang, "/crm.ftl")),
            ),
        ]
    };
}

/// Fluent sources of each language (file name, text) compiled in, in `Language::ALL` order.
pub const SOURCES: [(Language, &[(&str, &str)]); 3] = [
    (Language::De, sources!("de")),
    (Language::Cs, sources!("cs")),
    (Language::En, sources!("en")),
];

struct Bundles {
    de: FluentBundle<FluentResource>,
    cs: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

fn bundle_for(lang: Language, files: &[(&str, &str)]) -> FluentBundle<FluentResource> {
    let locale: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    bundle.set_use_isolating(false);
    for (_, source) in files {
        let resource = match FluentResource::try_new((*source).to_owned()) {
            Ok(resource) => resource,
            // Syntax errors are caught by the tests; keep the messages that parsed.
            Err((resource, _errors)) => resource,
        };
        // Duplicate ids are caught by the tests too; overriding never fails.
        bundle.add_resource_overriding(resource);
    }
    bundle
}

fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| Bundles {
        de: bundle_for(Language::De, SOURCES[0].1),
        cs: bundle_for(Language::Cs, SOURCES[1].1),
        en: bundle_for(Language::En, SOURCES[2].1),
    })
}

fn bundle(lang: Language) -> &'static FluentBundle<FluentResource> {
    let all = bundles();
    match lang {
        Language::De => &all.de,
        Language::Cs => &all.cs,
        Language::En => &all.en,
    }
}

/// Whether a message with this id exists in the given language.
pub fn has(lang: Language, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// The message `id` in `lang`; falls back to English, then to the id itself.
pub fn t(lang: Language, id: &str) -> String {
    t_args(lang, id, &[])
}

/// The message `id` in `lang` with variables, e.g. `t_args(lang, "mail-greeting", &[("name", "Jana".into())])`.
pub fn t_args(lang: Language, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    format_in(lang, id, args)
        .or_else(|| format_in(Language::En, id, args))
        .unwrap_or_else(|| id.to_owned())
}

fn format_in(lang: Language, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

#[cfg(test)]
mod tests;
