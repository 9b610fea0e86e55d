//! Field checks shared by the handlers' validators: each adds a stable error code per field
//! (the SPA translates `field-<code>`) and returns the normalised value.

use std::collections::BTreeMap;

use glokal_api_types::LocalizedText;
use glokal_domain::reference::nace::NaceCode;
use glokal_domain::reference::spoken_languages;
use glokal_domain::{DomainError, Email};

use crate::error::ApiError;

/// Collects one error code per field.
#[derive(Default)]
pub struct Errors(BTreeMap<String, String>);

impl Errors {
    /// Records `code` for `field` (the first error of a field wins).
    pub fn add(&mut self, field: impl Into<String>, code: &str) {
        self.0
            .entry(field.into())
            .or_insert_with(|| code.to_owned());
    }
}

/// Trims; blank becomes `None`; longer than `max` characters is an error; no control characters.
pub fn optional(
    errors: &mut Errors,
    field: &str,
    value: Option<String>,
    max: usize,
) -> Option<String> {
    checked(errors, field, value, max, false)
}

/// Like [`optional`] for long texts: line breaks are kept (`\r\n` becomes `\n`).
pub fn multiline(
    errors: &mut Errors,
    field: &str,
    value: Option<String>,
    max: usize,
) -> Option<String> {
    checked(
        errors,
        field,
        value.map(|v| v.replace("\r\n", "\n").replace('\r', "\n")),
        max,
        true,
    )
}

fn checked(
    errors: &mut Errors,
    field: &str,
    value: Option<String>,
    max: usize,
    line_breaks: bool,
) -> Option<String> {
    let value = value
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())?;
    if value.chars().count() > max {
        errors.add(field, "too_long");
    } else if value
        .chars()
        .any(|c| c.is_control() && !(line_breaks && c == '\n'))
    {
        errors.add(field, DomainError::ControlCharacters.code());
    }
    Some(value)
}

/// Like [`optional`], but blank is `required`.
pub fn required(errors: &mut Errors, field: &str, value: String, max: usize) -> String {
    let value = optional(errors, field, Some(value), max);
    if value.is_none() {
        errors.add(field, DomainError::Required.code());
    }
    value.unwrap_or_default()
}

/// An http(s) URL; `https://` is added when the scheme is missing.
pub fn website(errors: &mut Errors, field: &str, value: Option<String>) -> Option<String> {
    let value = optional(errors, field, value, 300)?;
    let url = if value.contains("://") {
        value
    } else {
        format!("https://{value}")
    };
    let host = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .map(|rest| rest.split(['/', '?', '#']).next().unwrap_or(""));
    let valid = host.is_some_and(|h| {
        h.contains('.')
            && !h.starts_with('.')
            && !h.ends_with('.')
            && h.chars().all(|c| c.is_alphanumeric() || ".-:".contains(c))
    });
    if !valid {
        errors.add(field, "invalid_url");
    }
    Some(url)
}

/// A phone number: digits and ` +-/().`, at least five digits.
pub fn phone(errors: &mut Errors, field: &str, value: Option<String>) -> Option<String> {
    let value = optional(errors, field, value, 50)?;
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if digits < 5
        || !value
            .chars()
            .all(|c| c.is_ascii_digit() || " +-/().".contains(c))
    {
        errors.add(field, "invalid_phone");
    }
    Some(value)
}

/// An e-mail address, lower-cased.
pub fn email(errors: &mut Errors, field: &str, value: Option<String>) -> Option<String> {
    let value = optional(errors, field, value, 254)?;
    match Email::parse(&value) {
        Ok(email) => Some(email.as_str().to_owned()),
        Err(e) => {
            errors.add(field, e.code());
            Some(value)
        }
    }
}

/// Codes from `list_languages`, lower-cased, without duplicates.
pub fn language_codes(errors: &mut Errors, field: &str, values: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for value in values {
        let code = value.trim().to_ascii_lowercase();
        if !spoken_languages::is_known(&code) {
            errors.add(field, DomainError::UnknownLanguage.code());
        } else if !out.contains(&code) {
            out.push(code);
        }
    }
    if out.len() > 20 {
        errors.add(field, "too_many");
    }
    out
}

/// A text per language, at least one (`text_required`), each up to `max` characters.
pub fn texts(errors: &mut Errors, field: &str, text: LocalizedText, max: usize) -> LocalizedText {
    let text = LocalizedText {
        de: multiline(errors, &format!("{field}.de"), text.de, max),
        cs: multiline(errors, &format!("{field}.cs"), text.cs, max),
        en: multiline(errors, &format!("{field}.en"), text.en, max),
    };
    if text.languages().is_empty() {
        errors.add(field, "text_required");
    }
    text
}

/// One NACE Rev. 2 code (any level), normalised to `22.29`; blank is `None`.
pub fn nace_code(errors: &mut Errors, field: &str, value: Option<String>) -> Option<String> {
    let code = value.as_deref().map(str::trim).filter(|c| !c.is_empty())?;
    match NaceCode::parse(code) {
        Ok(code) => Some(code.as_str().to_owned()),
        Err(err) => {
            errors.add(field, err.code());
            None
        }
    }
}

/// Up to 20 NACE codes without duplicates; a bad one is reported as `field[i]`.
pub fn nace_codes(errors: &mut Errors, field: &str, values: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, code) in values.iter().enumerate() {
        match NaceCode::parse(code) {
            Ok(code) if !out.iter().any(|c| c == code.as_str()) => {
                out.push(code.as_str().to_owned())
            }
            Ok(_) => {}
            Err(err) => errors.add(format!("{field}[{i}]"), err.code()),
        }
    }
    if out.len() > 20 {
        errors.add(field, "too_many");
    }
    out
}

/// Up to 30 trimmed keywords of at most 60 characters; blanks dropped.
pub fn keywords(errors: &mut Errors, field: &str, values: Vec<String>) -> Vec<String> {
    let keywords: Vec<String> = values
        .into_iter()
        .map(|k| k.trim().to_owned())
        .filter(|k| !k.is_empty())
        .collect();
    if keywords.len() > 30 {
        errors.add(field, "too_many");
    }
    if keywords.iter().any(|k| k.chars().count() > 60) {
        errors.add(field, "too_long");
    } else if keywords.iter().any(|k| k.chars().any(char::is_control)) {
        errors.add(field, DomainError::ControlCharacters.code());
    }
    keywords
}

impl Errors {
    /// `Ok(value)` when no field failed, else the 422 with every field's code.
    pub fn finish<T>(self, value: T) -> Result<T, ApiError> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(ApiError::Validation(self.0))
        }
    }
}

/// A NACE filter of a list query (`C`, `22`, `22.2`, `22.21`) as the code prefixes to look for
/// in `;a;b;` lists: a section stands for itself and all its divisions. Blank: no filter.
pub fn nace_prefixes(errors: &mut Errors, field: &str, value: Option<&str>) -> Vec<String> {
    let Some(code) = value.map(str::trim).filter(|c| !c.is_empty()) else {
        return Vec::new();
    };
    match NaceCode::parse(code) {
        Ok(code) => {
            let entry = code.entry();
            let mut prefixes = vec![entry.code.clone()];
            if entry.level == 1 {
                let divisions = glokal_domain::reference::nace::all()
                    .iter()
                    .filter(|e| e.parent.as_deref() == Some(entry.code.as_str()));
                prefixes.extend(divisions.map(|e| e.code.clone()));
            }
            prefixes
        }
        Err(err) => {
            errors.add(field, err.code());
            Vec::new()
        }
    }
}

/// An ISO 3166-1 alpha-2 country code, upper-cased (`invalid_country` otherwise).
pub fn country_code(errors: &mut Errors, field: &str, value: &str) -> String {
    let country = value.trim().to_ascii_uppercase();
    if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
        errors.add(field, "invalid_country");
    }
    country
}

/// An RFC 3339 date and time with an offset (`2027-03-11T09:00:00+01:00`, `…Z`), as UTC;
/// anything else, a local time without offset included, is `invalid_datetime`.
pub fn datetime(
    errors: &mut Errors,
    field: &str,
    value: &str,
) -> Option<chrono::DateTime<chrono::Utc>> {
    match chrono::DateTime::parse_from_rfc3339(value.trim()) {
        Ok(at) => Some(at.to_utc()),
        Err(_) => {
            errors.add(field, "invalid_datetime");
            None
        }
    }
}

/// Up to `max` ids without duplicates (`too_many` beyond), in the given order.
pub fn distinct_ids(
    errors: &mut Errors,
    field: &str,
    values: Vec<uuid::Uuid>,
    max: usize,
) -> Vec<uuid::Uuid> {
    let mut out: Vec<uuid::Uuid> = Vec::new();
    for id in values {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    if out.len() > max {
        errors.add(field, "too_many");
    }
    out
}
