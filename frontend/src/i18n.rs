//! The UI language: chosen from `navigator.languages`, remembered in `localStorage`,
//! and texts looked up in the shared Fluent files (`glokal-i18n`).

use glokal_domain::Language;
use glokal_i18n::FluentValue;
use leptos::prelude::*;

/// `localStorage` key of the language the person chose.
const STORAGE_KEY: &str = "glokal.lang";

/// Handle to the current UI language; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Language>,
}

impl I18n {
    /// The current language (tracked).
    pub fn lang(&self) -> Language {
        self.lang.get()
    }

    /// The current language without subscribing to changes.
    pub fn lang_untracked(&self) -> Language {
        self.lang.get_untracked()
    }

    /// The message `id` in the current language (tracked).
    pub fn t(&self, id: &str) -> String {
        glokal_i18n::t(self.lang.get(), id)
    }

    /// The message `id` with variables in the current language (tracked).
    pub fn t_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        glokal_i18n::t_args(self.lang.get(), id, args)
    }

    /// Switches the UI language and remembers the choice in this browser.
    pub fn set_lang(&self, lang: Language) {
        if let Some(storage) = local_storage() {
            // A full or disabled storage only means the choice is not remembered.
            let _ = storage.set_item(STORAGE_KEY, lang.code());
        }
        self.lang.set(lang);
    }
}

/// Creates the language state, provides it as context and keeps `<html lang>` in sync.
pub fn provide_i18n() -> I18n {
    let i18n = I18n {
        lang: RwSignal::new(initial_language()),
    };
    provide_context(i18n);
    Effect::new(move |_| {
        let lang = i18n.lang();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
    });
    i18n
}

/// The language state provided by the app shell.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A reactive translated text for views and attributes: `{tr("nav-home")}`.
pub fn tr(id: &'static str) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(id)
}

/// Sets the document title to the translated page title followed by the product name.
pub fn use_page_title(title: impl Fn() -> String + Send + Sync + 'static) {
    Effect::new(move |_| {
        let title = title();
        document().set_title(&format!("{title} · Glokal"));
    });
}

/// A date in the usual short form of the language, in the browser's time zone
/// (27.11.2026, 27. 11. 2026, 27 Nov 2026).
pub fn format_date(lang: Language, date: chrono::DateTime<chrono::Utc>) -> String {
    let local = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        date.timestamp_millis() as f64
    ));
    format_ymd(
        lang,
        local.get_full_year(),
        local.get_month() + 1,
        local.get_date(),
    )
}

/// A calendar day (e.g. an expiry date) in the usual short form of the language.
/// A text version named by its date (`2026-11-28`) as a day in the language; other names as
/// they are.
pub fn version_label(lang: Language, version: &str) -> String {
    chrono::NaiveDate::parse_from_str(version, "%Y-%m-%d")
        .map(|day| format_day(lang, day))
        .unwrap_or_else(|_| version.to_owned())
}

pub fn format_day(lang: Language, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format_ymd(lang, date.year() as u32, date.month(), date.day())
}

/// Today in the browser's time zone.
pub fn today() -> Option<chrono::NaiveDate> {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}

fn format_ymd(lang: Language, year: u32, month: u32, day: u32) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match lang {
        Language::De => format!("{day:02}.{month:02}.{year}"),
        Language::Cs => format!("{day}. {month}. {year}"),
        Language::En => format!("{day} {} {year}", MONTHS[(month as usize).clamp(1, 12) - 1]),
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Stored choice, else the browser's preferred languages, else German.
fn initial_language() -> Language {
    let stored = local_storage()
        .and_then(|storage| storage.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|code| code.parse::<Language>().ok());
    if let Some(lang) = stored {
        return lang;
    }
    let preferred: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    Language::negotiate(&preferred.join(",")).unwrap_or_default()
}

/// A variable of a translated message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Num(f64),
    Text(String),
}

/// A reactive translated text with variables: `t_args("directory-count", vec![("count", Arg::Num(3.0))])`.
/// (All such texts share one closure type, which keeps the bundle small.)
pub fn t_args(
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let i18n = use_i18n();
    move || {
        let values: Vec<(&str, FluentValue<'_>)> = args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Num(n) => FluentValue::from(*n),
                    Arg::Text(s) => FluentValue::from(s.as_str()),
                };
                (*name, value)
            })
            .collect();
        i18n.t_args(id, &values)
    }
}

/// A text that is either a message (id known at compile time or built at run time), reference
/// data with its three labels, or fixed text.
#[derive(Clone, Debug, PartialEq)]
pub enum Label {
    /// A message id.
    Id(&'static str),
    /// A message id built at run time, with the text to show when no such message exists.
    Dyn(String, String),
    /// Reference data labels.
    Labels(glokal_api_types::Labels),
    /// The same text in every language.
    Plain(String),
}

impl Label {
    /// The text in `lang`.
    pub fn text_in(&self, lang: Language) -> String {
        match self {
            Label::Id(id) => glokal_i18n::t(lang, id),
            Label::Dyn(id, fallback) if glokal_i18n::has(lang, id) => glokal_i18n::t(lang, id),
            Label::Dyn(_, fallback) => fallback.clone(),
            Label::Labels(labels) => match lang {
                Language::De => labels.de.clone(),
                Language::Cs => labels.cs.clone(),
                Language::En => labels.en.clone(),
            },
            Label::Plain(text) => text.clone(),
        }
    }
}

/// A reactive text of a [`Label`] in the UI language.
pub fn tr_label(label: Label) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let i18n = use_i18n();
    move || label.text_in(i18n.lang())
}

/// A reactive text of any closure, as the one closure type all such texts share (views
/// instantiate their update code once per closure type; this keeps the bundle small).
pub fn dyn_text(
    text: impl Fn() -> String + Send + Sync + 'static,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let text: std::sync::Arc<dyn Fn() -> String + Send + Sync> = std::sync::Arc::new(text);
    move || text()
}

/// A reactive yes/no (for `hidden`, `class:…`), as one shared closure type (see [`dyn_text`]).
pub fn dyn_flag(
    flag: impl Fn() -> bool + Send + Sync + 'static,
) -> impl Fn() -> bool + Clone + Send + Sync + 'static {
    let flag: std::sync::Arc<dyn Fn() -> bool + Send + Sync> = std::sync::Arc::new(flag);
    move || flag()
}
