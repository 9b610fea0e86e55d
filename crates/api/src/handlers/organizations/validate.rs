//! Checks an `OrganizationInput` field by field and turns it into storable fields.

use chrono::Datelike;
use glokal_api_types::{CertificationEntry, ContactPerson, Offering, OrganizationInput};
use glokal_domain::reference::{certifications, fold, places};
use glokal_domain::Ico;
use glokal_store::organizations::OrganizationFields;

use crate::error::ApiError;
use crate::handlers::fields::{
    country_code, email, keywords, language_codes, multiline, nace_code, nace_codes, optional,
    phone, required, texts, website, Errors,
};

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
            languages: language_codes(errors, &format!("contacts[{i}].languages"), c.languages),
            email: email(errors, &format!("contacts[{i}].email"), c.email),
            phone: phone(errors, &format!("contacts[{i}].phone"), c.phone),
            visibility: c.visibility,
        })
        .collect()
}

fn certification_list(
    errors: &mut Errors,
    values: Vec<CertificationEntry>,
) -> Vec<CertificationEntry> {
    let mut out: Vec<CertificationEntry> = Vec::new();
    for (i, entry) in values.into_iter().enumerate() {
        let code = entry.code.trim().to_ascii_lowercase();
        if !certifications::is_known(&code) {
            errors.add(format!("certifications[{i}].code"), "unknown_certification");
        } else if !out.iter().any(|c| c.code == code) {
            out.push(CertificationEntry {
                code,
                expires_on: entry.expires_on,
            });
        }
    }
    out
}

fn offerings(errors: &mut Errors, values: Vec<Offering>) -> Vec<Offering> {
    if values.len() > 50 {
        errors.add("offerings", "too_many");
    }
    values
        .into_iter()
        .take(50)
        .enumerate()
        .map(|(i, o)| {
            let description = o.description;
            Offering {
                kind: o.kind,
                name: texts(errors, &format!("offerings[{i}].name"), o.name, 150),
                description: glokal_api_types::LocalizedText {
                    de: multiline(
                        errors,
                        &format!("offerings[{i}].description.de"),
                        description.de,
                        2000,
                    ),
                    cs: multiline(
                        errors,
                        &format!("offerings[{i}].description.cs"),
                        description.cs,
                        2000,
                    ),
                    en: multiline(
                        errors,
                        &format!("offerings[{i}].description.en"),
                        description.en,
                        2000,
                    ),
                },
            }
        })
        .collect()
}

/// Validates and normalises; the place (given or found by town name) sets coordinates and region.
pub fn organization_fields(input: OrganizationInput) -> Result<OrganizationFields, ApiError> {
    let mut e = Errors::default();
    let name = required(&mut e, "name", input.name, 200);
    let country = country_code(&mut e, "country", &input.country);
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
        None => places::search(&city, 20)
            .into_iter()
            .find(|p| p.country == country && fold(&p.name) == fold(&city)),
    };
    let founding_year = input.founding_year;
    if founding_year.is_some_and(|y| y < 1000 || y > chrono::Utc::now().year()) {
        e.add("founding_year", "out_of_range");
    }
    let nace_main = nace_code(&mut e, "nace_main", input.nace_main);
    let nace_codes = nace_codes(&mut e, "nace_codes", &input.nace_codes);
    let keywords = keywords(&mut e, "keywords", input.keywords);
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
        website: website(&mut e, "website", input.website),
        email: email(&mut e, "email", input.email),
        phone: phone(&mut e, "phone", input.phone),
        founding_year,
        size_class: input.size_class,
        nace_main,
        nace_codes,
        languages: language_codes(&mut e, "languages", input.languages),
        keywords,
        description: texts(&mut e, "description", input.description, 5000),
        ico,
        dic: optional(&mut e, "dic", input.dic, 20),
        hr_number: optional(&mut e, "hr_number", input.hr_number, 100),
        vat_id: optional(&mut e, "vat_id", input.vat_id, 20),
        contacts: contacts(&mut e, input.contacts),
        certifications: certification_list(&mut e, input.certifications),
        offerings: offerings(&mut e, input.offerings),
        demo: false,
        country,
    };
    e.finish(fields)
}
