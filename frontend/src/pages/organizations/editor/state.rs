//! The editor's form state: one signal per field, turned into an `OrganizationInput`.

use chrono::NaiveDate;
use glokal_api_types::{
    CertificationEntry, ContactPerson, ContactVisibility, Language, LocalizedText, Offering,
    OfferingKind, Organization, OrganizationInput,
};
use leptos::prelude::*;

use crate::api::{from_wire_name, wire_name};

/// One contact person row; `key` stays the same while rows are added or removed.
#[derive(Clone, Copy)]
pub struct ContactRow {
    pub key: u32,
    pub name: RwSignal<String>,
    pub role: RwSignal<String>,
    pub email: RwSignal<String>,
    pub phone: RwSignal<String>,
    /// Language codes.
    pub languages: RwSignal<Vec<String>>,
    /// `logged_in` or `members`.
    pub visibility: RwSignal<String>,
}

impl ContactRow {
    pub fn new(key: u32, contact: Option<&ContactPerson>) -> Self {
        let text = |value: Option<&String>| RwSignal::new(value.cloned().unwrap_or_default());
        Self {
            key,
            name: text(contact.map(|c| &c.name)),
            role: text(contact.and_then(|c| c.role.as_ref())),
            email: text(contact.and_then(|c| c.email.as_ref())),
            phone: text(contact.and_then(|c| c.phone.as_ref())),
            languages: RwSignal::new(contact.map(|c| c.languages.clone()).unwrap_or_default()),
            visibility: RwSignal::new(wire_name(
                &contact.map(|c| c.visibility).unwrap_or_default(),
            )),
        }
    }

    fn person(&self) -> ContactPerson {
        ContactPerson {
            name: self.name.get(),
            role: optional(self.role.get()),
            languages: self.languages.get(),
            email: optional(self.email.get()),
            phone: optional(self.phone.get()),
            visibility: from_wire_name(&self.visibility.get())
                .unwrap_or(ContactVisibility::LoggedIn),
        }
    }
}

/// Three texts, one per language (German, Czech, English).
#[derive(Clone, Copy)]
pub struct TextsRow(pub [RwSignal<String>; 3]);

impl TextsRow {
    pub fn new(text: Option<&LocalizedText>) -> Self {
        let get = |t: Option<&String>| RwSignal::new(t.cloned().unwrap_or_default());
        Self([
            get(text.and_then(|t| t.de.as_ref())),
            get(text.and_then(|t| t.cs.as_ref())),
            get(text.and_then(|t| t.en.as_ref())),
        ])
    }

    /// The signal of one language.
    pub fn get(&self, lang: Language) -> RwSignal<String> {
        self.0[match lang {
            Language::De => 0,
            Language::Cs => 1,
            Language::En => 2,
        }]
    }

    pub fn text(&self) -> LocalizedText {
        LocalizedText {
            de: optional(self.0[0].get()),
            cs: optional(self.0[1].get()),
            en: optional(self.0[2].get()),
        }
    }
}

/// One product or service.
#[derive(Clone, Copy)]
pub struct OfferingRow {
    pub key: u32,
    /// `product` or `service`.
    pub kind: RwSignal<String>,
    pub name: TextsRow,
    pub description: TextsRow,
}

impl OfferingRow {
    pub fn new(key: u32, offering: Option<&Offering>) -> Self {
        Self {
            key,
            kind: RwSignal::new(wire_name(
                &offering.map(|o| o.kind).unwrap_or(OfferingKind::Product),
            )),
            name: TextsRow::new(offering.map(|o| &o.name)),
            description: TextsRow::new(offering.map(|o| &o.description)),
        }
    }

    fn offering(&self) -> Offering {
        Offering {
            kind: from_wire_name(&self.kind.get()).unwrap_or(OfferingKind::Product),
            name: self.name.text(),
            description: self.description.text(),
        }
    }
}

/// One certification held: its code and the expiry date as typed (`YYYY-MM-DD`, or empty).
#[derive(Clone, Copy)]
pub struct CertificationRow {
    pub key: u32,
    pub code: StoredValue<String>,
    pub expires_on: RwSignal<String>,
}

impl CertificationRow {
    pub fn new(key: u32, entry: &CertificationEntry) -> Self {
        Self {
            key,
            code: StoredValue::new(entry.code.clone()),
            expires_on: RwSignal::new(entry.expires_on.map(iso_date).unwrap_or_default()),
        }
    }

    fn entry(&self) -> CertificationEntry {
        CertificationEntry {
            code: self.code.get_value(),
            expires_on: parse_date(&self.expires_on.get()),
        }
    }
}

/// `2027-03-31`.
pub fn iso_date(date: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// A date from a date input (`2027-03-31`); anything else is `None`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.trim().splitn(3, '-').map(|p| p.parse::<u32>().ok());
    let (year, month, day) = (parts.next()??, parts.next()??, parts.next()??);
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// Every field of the editor.
#[derive(Clone, Copy)]
pub struct OrgForm {
    pub name: RwSignal<String>,
    pub legal_form: RwSignal<String>,
    /// Wire name of the kind.
    pub kind: RwSignal<String>,
    pub country: RwSignal<String>,
    pub street: RwSignal<String>,
    pub postal_code: RwSignal<String>,
    pub city: RwSignal<String>,
    pub place_id: RwSignal<Option<u32>>,
    /// Region of the chosen place, for display.
    pub region_code: RwSignal<Option<String>>,
    pub website: RwSignal<String>,
    pub email: RwSignal<String>,
    pub phone: RwSignal<String>,
    pub founding_year: RwSignal<String>,
    /// Wire name of the size class, empty for none.
    pub size_class: RwSignal<String>,
    /// The main code (none or one).
    pub nace_main: RwSignal<Vec<String>>,
    pub nace_codes: RwSignal<Vec<String>>,
    pub languages: RwSignal<Vec<String>>,
    pub keywords: RwSignal<Vec<String>>,
    pub description_de: RwSignal<String>,
    pub description_cs: RwSignal<String>,
    pub description_en: RwSignal<String>,
    pub ico: RwSignal<String>,
    pub dic: RwSignal<String>,
    pub hr_number: RwSignal<String>,
    pub vat_id: RwSignal<String>,
    pub contacts: RwSignal<Vec<ContactRow>>,
    pub certifications: RwSignal<Vec<CertificationRow>>,
    pub offerings: RwSignal<Vec<OfferingRow>>,
    /// The next key of a row (contact person, certification, offering).
    pub next_key: StoredValue<u32>,
}

pub fn optional(value: String) -> Option<String> {
    let trimmed = value.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

impl OrgForm {
    /// The form for an existing organisation, or an empty one in the UI language's country.
    pub fn new(org: Option<&Organization>, lang: Language) -> Self {
        let text = |value: Option<&String>| RwSignal::new(value.cloned().unwrap_or_default());
        let contacts: Vec<ContactRow> = org
            .map(|o| {
                o.contacts
                    .iter()
                    .enumerate()
                    .map(|(i, c)| ContactRow::new(i as u32, Some(c)))
                    .collect()
            })
            .unwrap_or_default();
        let mut key = contacts.len() as u32;
        let mut next = || {
            key += 1;
            key
        };
        let certifications: Vec<CertificationRow> = org
            .map(|o| {
                o.certifications
                    .iter()
                    .map(|c| CertificationRow::new(next(), c))
                    .collect()
            })
            .unwrap_or_default();
        let offerings: Vec<OfferingRow> = org
            .map(|o| {
                o.offerings
                    .iter()
                    .map(|x| OfferingRow::new(next(), Some(x)))
                    .collect()
            })
            .unwrap_or_default();
        let default_country = match lang {
            Language::Cs => "CZ",
            _ => "DE",
        };
        let description = org.map(|o| &o.description);
        Self {
            name: text(org.map(|o| &o.name)),
            legal_form: text(org.and_then(|o| o.legal_form.as_ref())),
            kind: RwSignal::new(wire_name(
                &org.map(|o| o.kind)
                    .unwrap_or(glokal_api_types::OrganizationKind::Company),
            )),
            country: RwSignal::new(
                org.map(|o| o.country.clone())
                    .unwrap_or_else(|| default_country.to_owned()),
            ),
            street: text(org.and_then(|o| o.street.as_ref())),
            postal_code: text(org.and_then(|o| o.postal_code.as_ref())),
            city: text(org.map(|o| &o.city)),
            place_id: RwSignal::new(org.and_then(|o| o.place_id)),
            region_code: RwSignal::new(org.and_then(|o| o.region_code.clone())),
            website: text(org.and_then(|o| o.website.as_ref())),
            email: text(org.and_then(|o| o.email.as_ref())),
            phone: text(org.and_then(|o| o.phone.as_ref())),
            founding_year: RwSignal::new(
                org.and_then(|o| o.founding_year)
                    .map(|y| y.to_string())
                    .unwrap_or_default(),
            ),
            size_class: RwSignal::new(
                org.and_then(|o| o.size_class)
                    .map(|s| wire_name(&s))
                    .unwrap_or_default(),
            ),
            nace_main: RwSignal::new(org.and_then(|o| o.nace_main.clone()).into_iter().collect()),
            nace_codes: RwSignal::new(
                org.map(|o| {
                    o.nace_codes
                        .iter()
                        .filter(|c| Some(*c) != o.nace_main.as_ref())
                        .cloned()
                        .collect()
                })
                .unwrap_or_default(),
            ),
            languages: RwSignal::new(org.map(|o| o.languages.clone()).unwrap_or_default()),
            keywords: RwSignal::new(org.map(|o| o.keywords.clone()).unwrap_or_default()),
            description_de: text(description.and_then(|d| d.de.as_ref())),
            description_cs: text(description.and_then(|d| d.cs.as_ref())),
            description_en: text(description.and_then(|d| d.en.as_ref())),
            ico: text(org.and_then(|o| o.ico.as_ref())),
            dic: text(org.and_then(|o| o.dic.as_ref())),
            hr_number: text(org.and_then(|o| o.hr_number.as_ref())),
            vat_id: text(org.and_then(|o| o.vat_id.as_ref())),
            certifications: RwSignal::new(certifications),
            offerings: RwSignal::new(offerings),
            next_key: StoredValue::new(next()),
            contacts: RwSignal::new(contacts),
        }
    }

    /// The description signal of one language.
    pub fn description(&self, lang: Language) -> RwSignal<String> {
        match lang {
            Language::De => self.description_de,
            Language::Cs => self.description_cs,
            Language::En => self.description_en,
        }
    }

    /// A key for a new row.
    pub fn key(&self) -> u32 {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        key
    }

    /// Adds an empty contact person row.
    pub fn add_contact(&self) {
        let key = self.key();
        self.contacts
            .update(|rows| rows.push(ContactRow::new(key, None)));
    }

    /// What would be sent (tracked: use it in memos to detect changes).
    pub fn input(&self) -> OrganizationInput {
        let main = self.nace_main.get().into_iter().next();
        OrganizationInput {
            name: self.name.get(),
            legal_form: optional(self.legal_form.get()),
            kind: from_wire_name(&self.kind.get())
                .unwrap_or(glokal_api_types::OrganizationKind::Other),
            country: self.country.get(),
            street: optional(self.street.get()),
            postal_code: optional(self.postal_code.get()),
            city: self.city.get(),
            place_id: self.place_id.get(),
            website: optional(self.website.get()),
            email: optional(self.email.get()),
            phone: optional(self.phone.get()),
            founding_year: self.founding_year.get().trim().parse().ok(),
            size_class: from_wire_name(&self.size_class.get()),
            nace_codes: self
                .nace_codes
                .get()
                .into_iter()
                .filter(|c| Some(c) != main.as_ref())
                .collect(),
            nace_main: main,
            languages: self.languages.get(),
            keywords: self.keywords.get(),
            description: LocalizedText {
                de: optional(self.description_de.get()),
                cs: optional(self.description_cs.get()),
                en: optional(self.description_en.get()),
            },
            ico: optional(self.ico.get()),
            dic: optional(self.dic.get()),
            hr_number: optional(self.hr_number.get()),
            vat_id: optional(self.vat_id.get()),
            contacts: self.contacts.get().iter().map(ContactRow::person).collect(),
            certifications: self
                .certifications
                .get()
                .iter()
                .map(CertificationRow::entry)
                .collect(),
            offerings: self
                .offerings
                .get()
                .iter()
                .map(OfferingRow::offering)
                .collect(),
        }
    }
}
