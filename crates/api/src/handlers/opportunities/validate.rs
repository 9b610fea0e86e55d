//! Checks an `OpportunityInput` field by field and turns it into storable fields.

use chrono::{Days, NaiveDate};
use glokal_api_types::{Capacity, Language, LocalizedText, OpportunityInput, OpportunityType};
use glokal_domain::reference::certifications;
use glokal_store::opportunities::OpportunityFields;
use uuid::Uuid;

use crate::error::ApiError;
use crate::handlers::fields::{keywords, multiline, nace_codes, optional, required, Errors};

/// Longest title per language.
pub const TITLE_MAX: usize = 150;
/// Longest text per language.
pub const TEXT_MAX: usize = 5000;
/// Default validity in days.
pub const DEFAULT_VALID_DAYS: u64 = 90;
/// Furthest validity (and `needed_by`) in days.
pub const MAX_VALID_DAYS: u64 = 365;

/// What is already stored, for an update.
#[derive(Debug, Clone, Copy)]
pub struct Existing {
    pub organization_id: Uuid,
    /// Published (or expired): it cannot go back to draft.
    pub published: bool,
}

fn get(text: &LocalizedText, lang: Language) -> Option<&String> {
    match lang {
        Language::De => text.de.as_ref(),
        Language::Cs => text.cs.as_ref(),
        Language::En => text.en.as_ref(),
    }
}

/// Titles (one line each) in at least one language and texts in exactly those languages.
fn title_and_text(
    e: &mut Errors,
    title: LocalizedText,
    text: LocalizedText,
) -> (LocalizedText, LocalizedText) {
    let title = LocalizedText {
        de: optional(e, "title.de", title.de, TITLE_MAX),
        cs: optional(e, "title.cs", title.cs, TITLE_MAX),
        en: optional(e, "title.en", title.en, TITLE_MAX),
    };
    let text = LocalizedText {
        de: multiline(e, "text.de", text.de, TEXT_MAX),
        cs: multiline(e, "text.cs", text.cs, TEXT_MAX),
        en: multiline(e, "text.en", text.en, TEXT_MAX),
    };
    if title.languages().is_empty() {
        e.add("title", "text_required");
    }
    for lang in Language::ALL {
        match (get(&title, lang), get(&text, lang)) {
            (Some(_), None) => e.add(format!("text.{}", lang.code()), "required"),
            (None, Some(_)) => e.add(format!("title.{}", lang.code()), "required"),
            _ => {}
        }
    }
    (title, text)
}

/// A date from today up to [`MAX_VALID_DAYS`] ahead.
fn future_date(e: &mut Errors, field: &str, date: NaiveDate, today: NaiveDate) -> NaiveDate {
    if date < today {
        e.add(field, "date_in_past");
    } else if date > today + Days::new(MAX_VALID_DAYS) {
        e.add(field, "date_too_far");
    }
    date
}

/// ISO 3166-1 alpha-2 codes, upper-cased, without duplicates, at most 30.
fn country_codes(e: &mut Errors, field: &str, values: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, value) in values.into_iter().enumerate() {
        let code = value.trim().to_ascii_uppercase();
        if code.len() != 2 || !code.chars().all(|c| c.is_ascii_uppercase()) {
            e.add(format!("{field}[{i}]"), "invalid_country");
        } else if !out.contains(&code) {
            out.push(code);
        }
    }
    if out.len() > 30 {
        e.add(field, "too_many");
    }
    out
}

/// Known certification codes, lower-cased, without duplicates, at most 10.
fn certification_codes(e: &mut Errors, values: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, value) in values.into_iter().enumerate() {
        let code = value.trim().to_ascii_lowercase();
        if !certifications::is_known(&code) {
            e.add(format!("certifications[{i}]"), "unknown_certification");
        } else if !out.contains(&code) {
            out.push(code);
        }
    }
    if out.len() > 10 {
        e.add("certifications", "too_many");
    }
    out
}

fn capacity(e: &mut Errors, value: Capacity, today: NaiveDate) -> Capacity {
    let capacity = Capacity {
        process: required(e, "capacity.process", value.process, 200),
        material: optional(e, "capacity.material", value.material, 200),
        available_from: value.available_from,
        available_until: value.available_until,
    };
    if capacity.available_until < capacity.available_from {
        e.add("capacity.available_until", "before_start");
    } else {
        future_date(
            e,
            "capacity.available_until",
            capacity.available_until,
            today,
        );
    }
    if capacity.available_from > today + Days::new(MAX_VALID_DAYS) {
        e.add("capacity.available_from", "date_too_far");
    }
    capacity
}

/// Validates and normalises an input (`existing` for an update). The organisation itself
/// (exists, caller's rights) is checked by the handler.
pub fn opportunity_fields(
    input: OpportunityInput,
    today: NaiveDate,
    existing: Option<Existing>,
) -> Result<OpportunityFields, ApiError> {
    let mut e = Errors::default();
    let kind = input.opportunity_type;
    if let Some(existing) = existing {
        if existing.organization_id != input.organization_id {
            e.add("organization_id", "immutable");
        }
        if existing.published && !input.publish {
            e.add("publish", "cannot_unpublish");
        }
    }
    let (title, text) = title_and_text(&mut e, input.title, input.text);
    let nace_codes = nace_codes(&mut e, "nace_codes", &input.nace_codes);
    let keywords = keywords(&mut e, "keywords", input.keywords);

    let quantity = input.quantity;
    if quantity.is_some_and(|q| !q.is_finite() || q <= 0.0 || q > 1e12) {
        e.add("quantity", "out_of_range");
    }
    let unit = optional(&mut e, "unit", input.unit, 30);
    if unit.is_some() && quantity.is_none() {
        e.add("quantity", "required");
    }

    let needed_by = match input.needed_by {
        Some(_) if kind.is_offer() => {
            e.add("needed_by", "not_applicable");
            None
        }
        Some(date) => Some(future_date(&mut e, "needed_by", date, today)),
        None if kind == OpportunityType::ShortageAlert => {
            e.add("needed_by", "required");
            None
        }
        None => None,
    };
    let capacity = match input.capacity {
        Some(_) if kind != OpportunityType::CapacityOffer => {
            e.add("capacity", "not_applicable");
            None
        }
        Some(value) => Some(capacity(&mut e, value, today)),
        None if kind == OpportunityType::CapacityOffer => {
            e.add("capacity", "required");
            None
        }
        None => None,
    };
    let valid_until = match input.valid_until {
        Some(date) => future_date(&mut e, "valid_until", date, today),
        None => {
            let default = today + Days::new(DEFAULT_VALID_DAYS);
            // A shortage alert is over once its day has come.
            match needed_by {
                Some(needed) if kind == OpportunityType::ShortageAlert => default.min(needed),
                _ => default,
            }
        }
    };
    if input
        .max_distance_km
        .is_some_and(|km| !(1..=1000).contains(&km))
    {
        e.add("max_distance_km", "out_of_range");
    }
    let target_countries = country_codes(&mut e, "target_countries", input.target_countries);
    let certifications = certification_codes(&mut e, input.certifications);

    let fields = OpportunityFields {
        opportunity_type: kind,
        title,
        text,
        nace_codes,
        keywords,
        quantity,
        unit,
        valid_until,
        needed_by,
        capacity,
        target_countries,
        cross_border_only: input.cross_border_only,
        max_distance_km: input.max_distance_km,
        certifications,
        publish: input.publish,
        demo: false,
    };
    e.finish(fields)
}

/// A new `valid_until` for `extend_opportunity`.
pub fn valid_until(date: NaiveDate, today: NaiveDate) -> Result<NaiveDate, ApiError> {
    let mut e = Errors::default();
    let date = future_date(&mut e, "valid_until", date, today);
    e.finish(date)
}
