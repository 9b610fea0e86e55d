//! Company registers: what the Czech register (ARES) knows about a company, to fill in a
//! profile form from its IČO.

use chrono::NaiveDate;

/// Where a [`CompanyRegistryRecord`] comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RegistrySource {
    /// ARES, the Czech Administrative Register of Economic Subjects (ares.gov.cz).
    Ares,
}

/// A company as a public register records it, mapped to the platform's notation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "ico": "28715306",
    "dic": "CZ28715306",
    "name": "NISA-PLAST Liberec s.r.o.",
    "legal_form_code": "112",
    "legal_form": "Společnost s ručením omezeným",
    "street": "Švermova 1087/36a",
    "postal_code": "460 10",
    "city": "Liberec",
    "country": "CZ",
    "nace_codes": ["22.29", "46.90"],
    "founded_on": "2003-01-15",
    "dissolved_on": null,
    "source": "ares"
})))]
pub struct CompanyRegistryRecord {
    /// The company id (IČO), eight digits.
    pub ico: String,
    /// VAT id (DIČ) such as `CZ28715306`, when the company has one.
    pub dic: Option<String>,
    /// Registered name (*obchodní jméno*).
    pub name: String,
    /// Legal-form code of the Czech Statistical Office, e.g. `112`.
    pub legal_form_code: Option<String>,
    /// Czech name of the legal form, e.g. "Společnost s ručením omezeným" (common forms only).
    pub legal_form: Option<String>,
    /// Street and house numbers as written in Czech (`Švermova 1087/36a`); without a street
    /// the part of town and number (`Světlík 12`).
    pub street: Option<String>,
    /// Postal code as written (`460 10`).
    pub postal_code: Option<String>,
    /// Town (Prague with its district number, e.g. `Praha 7`).
    pub city: Option<String>,
    /// ISO 3166-1 alpha-2 country of the registered seat, e.g. `CZ`.
    pub country: Option<String>,
    /// Economic activities as NACE Rev. 2 codes (`22.29`; `46` for a whole division), in the
    /// register's order, without duplicates.
    pub nace_codes: Vec<String>,
    /// Date of incorporation or registration.
    pub founded_on: Option<NaiveDate>,
    /// Date the company ceased to exist, if it did.
    pub dissolved_on: Option<NaiveDate>,
    /// The register the data comes from.
    pub source: RegistrySource,
}
