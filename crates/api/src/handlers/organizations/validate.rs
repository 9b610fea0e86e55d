//! Checks an `OrganizationInput` field by field and turns it into storable fields.

use std::collections::BTreeMap;

use chrono::Datelike;
use glokal_api_types::{ContactPerson, LocalizedText, OrganizationInput};
use glokal_domain::reference::nace::NaceCode;
use glokal_domain::reference::{fold, places};
use glokal_domain::{DomainError, Email, Ico};
use glokal_store::organizations::OrganizationFields;

use crate::error::ApiError;

/// Collects one error code per field.
#[derive(Default)]
struct Errors(BTreeMap<String, String>);

impl Errors {
    fn add(&mut self, field: impl Into<String>, code: &str) {
        self.0.entry(field.into()).or_insert_with(|| code.to_owned());
    }
}

/// Trims; blank becomes `None`; longer than `max` characters is an error.
fn optional(errors: &mut Errors, field: &str, value: Option<String>, max: usize) -> Option<String> {
    let value = value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())?;
    if value.chars().count() > max {
        errors.add(field, "too_long");
    } else if value.chars().any(char::is_control) {
        errors.add(field, DomainError::ControlCharacters.code());
    }
    Some(value)
}

fn required(errors: &mut Errors, field: &str, value: String, max: usize) -> String {
    let value = optional(errors, field, Some(value), max);
    if value.is_none() {
        errors.add(field, DomainError::Required.code());
    }
    value.unwrap_or_default()
}

fn website(errors: &mut Errors, value: Option<String>) -> Option<String> {
    let value = optional(errors, "website", value, 300)?;
    let url = if value.contains("://") { value } else { format!("https://{value}") };
    let host = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")).map(|rest| rest.split(['/', '?', '#']).next().unwrap_or(""));
    let valid = host.is_some_and(|h| h.contains('.') && !h.starts_with('.') && !h.ends_with('.') && h.chars().all(|c| c.is_alphanumeric() || ".-:".contains(c)));
    if !valid {
        errors.add("website", "invalid_url");
    }
    Some(url)
}

fn phone(errors: &mut Errors, field: &str, value: Option<String>) -> Option<String> {
    let value = optional(errors, field, value, 50)?;
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if digits < 5 || !value.chars().all(|c| c.is_ascii_digit() || " +-/().".contains(c)) {
        errors.add(field, "invalid_phone");
    }
    Some(value)
}

fn email(errors: &mut Errors, field: &str, value: Option<String>) -> Option<String> {
    let value = optional(errors, field, value, 254)?;
    match Email::parse(&value) {
        Ok(email) => Some(email.as_str().to_owned()),
        Err(e) => {
            errors.add(field, e.code());
            Some(value)
        }
    }
}

fn language_codes(errors: &mut Errors, values: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for value in values {
        let code = value.trim().to_ascii_lowercase();
        if code.len() != 2 || !code.chars().all(|c| c.is_ascii_lowercase()) {
            errors.add("languages", DomainError::UnknownLanguage.code());
        } else if !out.contains(&code) {
            out.push(code);
        }
    }
    if out.len() > 20 {
        errors.add("languages", "too_many");
    }
    out
}

fn texts(errors: &mut Errors, field: &str, text: LocalizedText, max: usize) -> LocalizedText {
    let text = LocalizedText {
        de: optional(errors, &format!("{field}.de"), text.de, max),
        cs: optional(errors, &format!("{field}.cs"), text.cs, max),
        en: optional(errors, &format!("{field}.en"), text.en, max),
    };
    if text.languages().is_empty() {
        errors.add(field, "text_required");
    }
    text
}

fn contacts(errors: &mut Errors, values: Vec<ContactPerson>) -> Vec<ContactPerson> {
    if values.len() > 20 {
        errors.add("contacts", "too_many");
    }
    values
        .into_iter()
        .take(20)
        .enumerate()
        .map(|(i, c)| ContactPerson {
            name: required(errors, &format!("contacts[{i}].name"), c.name, 100),
            role: optional(errors, &format!("contacts[{i}].role"), c.role, 100),
            languages: c.languages.into_iter().map(|l| l.trim().to_ascii_lowercase()).filter(|l| l.len() == 2).collect(),
            email: email(errors, &format!("contacts[{i}].email"), c.email),
            phone: phone(errors, &format!("contacts[{i}].phone"), c.phone),
            visibility: c.visibility,
        })
        .collect()
}

/// Validates and normalises; the place (given or found by town name) sets coordinates and region.
pub fn organization_fields(input: OrganizationInput) -> Result<OrganizationFields, ApiError> {
    let mut e = Errors::default();
    let name = required(&mut e, "name", input.name, 200);
    let country = input.country.trim().to_ascii_uppercase();
    if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
        e.add("country", "invalid_country");
    }
    let city = required(&mut e, "city", input.city, 100);
    let place = match input.place_id {
        Some(id) => {
            let place = places::get(id);
            if place.is_none() {
                e.add("place_id", "unknown_place");
            }
            place
        }
        // Without an id: the largest place of that exact name in that country, if we know it.
        None => places::search(&city, 20).into_iter().find(|p| p.country == country && fold(&p.name) == fold(&city)),
    };
    let founding_year = input.founding_year;
    if founding_year.is_some_and(|y| y < 1000 || y > chrono::Utc::now().year()) {
        e.add("founding_year", "out_of_range");
    }
    let nace_main = input.nace_main.as_deref().map(str::trim).filter(|c| !c.is_empty()).and_then(|code| match NaceCode::parse(code) {
        Ok(code) => Some(code.as_str().to_owned()),
        Err(err) => {
            e.add("nace_main", err.code());
            None
        }
    });
    let mut nace_codes: Vec<String> = Vec::new();
    for (i, code) in input.nace_codes.iter().enumerate() {
        match NaceCode::parse(code) {
            Ok(code) if !nace_codes.iter().any(|c| c == code.as_str()) => nace_codes.push(code.as_str().to_owned()),
            Ok(_) => {}
            Err(err) => e.add(format!("nace_codes[{i}]"), err.code()),
        }
    }
    if nace_codes.len() > 20 {
        e.add("nace_codes", "too_many");
    }
    let keywords: Vec<String> = input.keywords.into_iter().map(|k| k.trim().to_owned()).filter(|k| !k.is_empty()).collect();
    if keywords.len() > 30 {
        e.add("keywords", "too_many");
    }
    if keywords.iter().any(|k| k.chars().count() > 60) {
        e.add("keywords", "too_long");
    }
    let ico = optional(&mut e, "ico", input.ico, 20).map(|raw| match Ico::parse(&raw) {
        Ok(ico) => ico.as_str().to_owned(),
        Err(err) => {
            e.add("ico", err.code());
            raw
        }
    });
    let fields = OrganizationFields {
        name,
        legal_form: optional(&mut e, "legal_form", input.legal_form, 100),
        kind: input.kind,
        street: optional(&mut e, "street", input.street, 200),
        postal_code: optional(&mut e, "postal_code", input.postal_code, 20),
        city,
        place_id: place.map(|p| p.id),
        region_code: place.and_then(|p| p.region_code.map(str::to_owned)),
        lat: place.map(|p| p.lat),
        lon: place.map(|p| p.lon),
        website: website(&mut e, input.website),
        email: email(&mut e, "email", input.email),
        phone: phone(&mut e, "phone", input.phone),
        founding_year,
        size_class: input.size_class,
        nace_main,
        nace_codes,
        languages: language_codes(&mut e, input.languages),
        keywords,
        description: texts(&mut e, "description", input.description, 5000),
        ico,
        dic: optional(&mut e, "dic", input.dic, 20),
        hr_number: optional(&mut e, "hr_number", input.hr_number, 100),
        vat_id: optional(&mut e, "vat_id", input.vat_id, 20),
        contacts: contacts(&mut e, input.contacts),
        demo: false,
        country,
    };
    if e.0.is_empty() {
        Ok(fields)
    } else {
        Err(ApiError::Validation(e.0))
    }
}
