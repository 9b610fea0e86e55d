//! Importing organisations from a CSV or XLSX file: headers in German, Czech or English are
//! recognised ([`columns`]), every row is checked exactly like `create_organization` checks
//! its body, duplicates (same IČO, same VAT id, or same name in the same town — on the
//! platform or earlier in the file) are reported, and only then — unless it is a dry run —
//! the good rows are created in one transaction, owned by the importing person. Used by the
//! `import_organizations` endpoint and `glokal import`.

pub mod columns;

use std::collections::{BTreeMap, HashMap};

use glokal_api_types::{
    DuplicateReason, ImportColumn, ImportDuplicate, ImportReport, ImportRowError, Language,
    OrganizationInput, WebhookEventType,
};
use glokal_domain::reference::fold;
use glokal_store::organizations::{self, OrganizationFields};
use glokal_store::search_changes::{self, ChangedEntity};
use glokal_store::DatabaseConnection;
use serde_json::{json, Map, Value};
use uuid::Uuid;

use crate::error::{ApiError, ApiResult};
use crate::handlers::organizations::validate::organization_fields;
use crate::spreadsheet::{self, Table};
use columns::Column;

/// A row checked: its number in the file and the fields to store, or its errors.
struct Checked {
    row: u32,
    result: Result<OrganizationFields, BTreeMap<String, String>>,
}

/// Reads the file and checks every row; nothing is written.
pub async fn check(
    db: &DatabaseConnection,
    bytes: &[u8],
    lang: Language,
) -> ApiResult<(ImportReport, Vec<OrganizationFields>)> {
    let (format, table) =
        spreadsheet::read(bytes).map_err(|e| ApiError::field("file", e.code()))?;
    let mapped = columns::map(&table.headers);
    if !mapped.contains(&Some(Column::Name)) {
        return Err(ApiError::field("file", "name_column_missing"));
    }
    let checked = check_rows(&table, &mapped);
    let known = organizations::identities(db).await?;
    let mut index = Identities::default();
    for (id, name, city, ico, vat) in known {
        index.add(
            Owner::Existing(id, name.clone()),
            &name,
            &city,
            ico.as_deref(),
            vat.as_deref(),
        );
    }

    let mut report = ImportReport {
        dry_run: true,
        format: format.as_str().to_owned(),
        delimiter: table.delimiter.map(String::from),
        rows: checked.len() as u32,
        columns: table
            .headers
            .iter()
            .zip(&mapped)
            .map(|(header, column)| ImportColumn {
                header: header.clone(),
                field: column.map(|c| c.field().to_owned()),
            })
            .collect(),
        importable: 0,
        created: 0,
        created_ids: Vec::new(),
        errors: Vec::new(),
        duplicates: Vec::new(),
    };
    let mut importable = Vec::new();
    for Checked { row, result } in checked {
        match result {
            Err(errors) => {
                for (field, code) in errors {
                    report.errors.push(ImportRowError {
                        row,
                        message: field_message(lang, &code),
                        field,
                        code,
                    });
                }
            }
            Ok(fields) => {
                let ico = fields.ico.as_deref();
                let vat = fields.vat_id.as_deref();
                if let Some((reason, owner)) = index.find(&fields.name, &fields.city, ico, vat) {
                    let (existing_id, existing_name, same_as_row) = match owner {
                        Owner::Existing(id, name) => (Some(*id), Some(name.clone()), None),
                        Owner::Row(r) => (None, None, Some(*r)),
                    };
                    report.duplicates.push(ImportDuplicate {
                        row,
                        reason,
                        existing_id,
                        existing_name,
                        same_as_row,
                    });
                    continue;
                }
                index.add(Owner::Row(row), &fields.name, &fields.city, ico, vat);
                importable.push(fields);
            }
        }
    }
    report.importable = importable.len() as u32;
    Ok((report, importable))
}

/// Creates the checked rows in one transaction, owned and managed as `creation` says;
/// `progress` is called after each one. Returns the new ids.
pub async fn create(
    db: &DatabaseConnection,
    public_url: &str,
    rows: Vec<OrganizationFields>,
    creation: organizations::Creation,
    mut progress: impl FnMut(usize),
) -> ApiResult<Vec<Uuid>> {
    let txn = glokal_store::begin_write(db).await?;
    // Asked once: with no webhook subscribed, no look-up per row.
    let subscribed =
        !glokal_store::webhooks::subscribed(&txn, WebhookEventType::OrganizationCreated, None)
            .await?
            .is_empty();
    let mut ids = Vec::with_capacity(rows.len());
    for (i, fields) in rows.into_iter().enumerate() {
        let created = organizations::create(&txn, fields, creation).await?;
        search_changes::record(&txn, ChangedEntity::Organization, created.id).await?;
        if subscribed {
            crate::webhooks::organization_event(
                &txn,
                public_url,
                WebhookEventType::OrganizationCreated,
                &created,
            )
            .await?;
        }
        ids.push(created.id);
        progress(i + 1);
    }
    txn.commit().await?;
    Ok(ids)
}

fn field_message(lang: Language, code: &str) -> String {
    let id = format!("field-{code}");
    if glokal_i18n::has(lang, &id) {
        glokal_i18n::t(lang, &id)
    } else {
        glokal_i18n::t(lang, "error-validation_failed")
    }
}

fn check_rows(table: &Table, mapped: &[Option<Column>]) -> Vec<Checked> {
    table
        .rows
        .iter()
        .enumerate()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        .map(|(i, cells)| {
            // Row 1 is the header, as a spreadsheet numbers them.
            let row = i as u32 + 2;
            let result = row_input(mapped, cells).and_then(|input| {
                organization_fields(input).map_err(|err| match err {
                    ApiError::Validation(fields) => fields,
                    other => BTreeMap::from([("row".to_owned(), other.code().as_str().to_owned())]),
                })
            });
            Checked { row, result }
        })
        .collect()
}

/// A row as the body `create_organization` would get.
fn row_input(
    mapped: &[Option<Column>],
    cells: &[String],
) -> Result<OrganizationInput, BTreeMap<String, String>> {
    let mut errors = BTreeMap::new();
    let mut value = Map::new();
    let mut description = Map::new();
    let mut plain_description = None;
    for (column, cell) in mapped.iter().zip(cells) {
        let (Some(column), text) = (column, cell.trim()) else {
            continue;
        };
        if text.is_empty() {
            continue;
        }
        let field = column.field();
        match column {
            Column::Kind => match kind(text) {
                Some(k) => {
                    value.insert(field.into(), json!(k));
                }
                None => {
                    errors.insert(field.to_owned(), "unknown_kind".to_owned());
                }
            },
            Column::Country => {
                value.insert(field.into(), json!(country(text)));
            }
            Column::SizeClass => match size_class(text) {
                Some(s) => {
                    value.insert(field.into(), json!(s));
                }
                None => {
                    errors.insert(field.to_owned(), "unknown_size_class".to_owned());
                }
            },
            Column::FoundingYear => match text.parse::<i32>() {
                Ok(year) => {
                    value.insert(field.into(), json!(year));
                }
                Err(_) => {
                    errors.insert(field.to_owned(), "out_of_range".to_owned());
                }
            },
            Column::NaceCodes | Column::Languages | Column::Keywords => {
                value.insert(field.into(), json!(list(text, *column == Column::Keywords)));
            }
            Column::Description => plain_description = Some(text.to_owned()),
            Column::DescriptionDe => {
                description.insert("de".into(), json!(text));
            }
            Column::DescriptionCs => {
                description.insert("cs".into(), json!(text));
            }
            Column::DescriptionEn => {
                description.insert("en".into(), json!(text));
            }
            _ => {
                value.insert(field.into(), json!(text));
            }
        }
    }
    let country = value
        .get("country")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    if let Some(text) = plain_description {
        // One description column: in the language of the organisation's country.
        let lang = if country == "CZ" {
            "cs"
        } else if country == "DE" {
            "de"
        } else {
            "en"
        };
        description.entry(lang.to_owned()).or_insert(json!(text));
    }
    value.insert("description".into(), Value::Object(description));
    value.entry("kind").or_insert(json!("company"));
    for required in ["name", "country", "city"] {
        if !value.contains_key(required) {
            errors
                .entry(required.to_owned())
                .or_insert("required".to_owned());
            value.insert(required.into(), json!(""));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    serde_json::from_value(Value::Object(value))
        .map_err(|_| BTreeMap::from([("row".to_owned(), "invalid".to_owned())]))
}

/// Items of a list cell: `;`, `,`, `|` or new lines separate them (keywords keep spaces).
fn list(text: &str, keep_spaces: bool) -> Vec<String> {
    text.split(|c: char| matches!(c, ';' | ',' | '|' | '\n') || (!keep_spaces && c == ' '))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// An organisation kind named in German, Czech or English.
fn kind(text: &str) -> Option<&'static str> {
    let t = fold(text);
    let is = |words: &[&str]| words.iter().any(|w| t == *w || t.starts_with(w));
    Some(
        if is(&[
            "company",
            "unternehmen",
            "firma",
            "betrieb",
            "spolecnost",
            "podnik",
        ]) {
            "company"
        } else if is(&["chamber", "kammer", "ihk", "hwk", "komora", "ahk"]) {
            "chamber"
        } else if is(&["cluster", "klastr", "netzwerk"]) {
            "cluster"
        } else if is(&[
            "association",
            "verband",
            "verein",
            "svaz",
            "sdruzeni",
            "spolek",
        ]) {
            "association"
        } else if is(&[
            "research",
            "forschung",
            "hochschule",
            "universit",
            "institut",
            "vyzkum",
            "vysoka skola",
            "transfer",
        ]) {
            "research"
        } else if is(&[
            "development agency",
            "development_agency",
            "wirtschaftsforderung",
            "agentura",
            "rozvojova agentura",
        ]) {
            "development_agency"
        } else if is(&[
            "public body",
            "public_body",
            "behorde",
            "verwaltung",
            "urad",
            "kraj",
            "mesto",
            "obec",
        ]) {
            "public_body"
        } else if is(&["other", "sonstig", "andere", "jine", "ostatni"]) {
            "other"
        } else {
            return None;
        },
    )
}

/// A country code from a code or a German, Czech or English name of the neighbours.
fn country(text: &str) -> String {
    match fold(text).as_str() {
        "deutschland" | "germany" | "nemecko" | "brd" | "d" => "DE".to_owned(),
        "tschechien" | "czechia" | "czech republic" | "cesko" | "ceska republika" | "cz" | "cr" => {
            "CZ".to_owned()
        }
        "polen" | "poland" | "polsko" => "PL".to_owned(),
        "osterreich" | "austria" | "rakousko" => "AT".to_owned(),
        "slowakei" | "slovakia" | "slovensko" => "SK".to_owned(),
        _ => text.trim().to_ascii_uppercase(),
    }
}

/// A size class by name in three languages, or by number of employees.
fn size_class(text: &str) -> Option<&'static str> {
    if let Ok(employees) = text.replace([' ', '.'], "").parse::<u32>() {
        return Some(match employees {
            0..=9 => "micro",
            10..=49 => "small",
            50..=249 => "medium",
            _ => "large",
        });
    }
    let t = fold(text);
    Some(match t.as_str() {
        "micro" | "kleinst" | "kleinstunternehmen" | "mikro" | "mikropodnik" => "micro",
        "small" | "klein" | "kleinunternehmen" | "maly" | "malypodnik" => "small",
        "medium"
        | "mittel"
        | "mittlere"
        | "mittleres unternehmen"
        | "stredni"
        | "stredni podnik" => "medium",
        "large" | "gross" | "grossunternehmen" | "velky" | "velky podnik" => "large",
        _ => return None,
    })
}

/// Who holds an identity: an organisation on the platform or an earlier row.
enum Owner {
    Existing(Uuid, String),
    Row(u32),
}

/// Identities seen so far, for duplicate checks.
#[derive(Default)]
struct Identities {
    by_ico: HashMap<String, usize>,
    by_vat: HashMap<String, usize>,
    by_name: HashMap<(String, String), usize>,
    owners: Vec<Owner>,
}

fn vat_key(vat: &str) -> String {
    vat.chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_uppercase()
}

fn name_key(name: &str, city: &str) -> (String, String) {
    let clean = |s: &str| {
        fold(s)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
    };
    (clean(name), clean(city))
}

impl Identities {
    fn add(&mut self, owner: Owner, name: &str, city: &str, ico: Option<&str>, vat: Option<&str>) {
        let i = self.owners.len();
        self.owners.push(owner);
        if let Some(ico) = ico.filter(|s| !s.trim().is_empty()) {
            self.by_ico.entry(ico.trim().to_owned()).or_insert(i);
        }
        if let Some(vat) = vat.map(vat_key).filter(|s| !s.is_empty()) {
            self.by_vat.entry(vat).or_insert(i);
        }
        self.by_name.entry(name_key(name, city)).or_insert(i);
    }

    fn find(
        &self,
        name: &str,
        city: &str,
        ico: Option<&str>,
        vat: Option<&str>,
    ) -> Option<(DuplicateReason, &Owner)> {
        let hit = ico
            .and_then(|ico| self.by_ico.get(ico.trim()))
            .map(|i| (DuplicateReason::Ico, *i))
            .or_else(|| {
                vat.map(vat_key)
                    .and_then(|v| self.by_vat.get(&v))
                    .map(|i| (DuplicateReason::VatId, *i))
            })
            .or_else(|| {
                self.by_name
                    .get(&name_key(name, city))
                    .map(|i| (DuplicateReason::NameAndTown, *i))
            })?;
        Some((hit.0, &self.owners[hit.1]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_countries_and_sizes_in_three_languages() {
        assert_eq!(kind("Unternehmen"), Some("company"));
        assert_eq!(kind("Společnost"), Some("company"));
        assert_eq!(kind("Hospodářská komora"), None);
        assert_eq!(kind("Komora"), Some("chamber"));
        assert_eq!(kind("Universität"), Some("research"));
        assert_eq!(kind("Raumschiff"), None);
        assert_eq!(country("Tschechien"), "CZ");
        assert_eq!(country("Česká republika"), "CZ");
        assert_eq!(country("de"), "DE");
        assert_eq!(size_class("35"), Some("small"));
        assert_eq!(size_class("střední"), Some("medium"));
        assert_eq!(size_class("groß"), Some("large"));
        assert_eq!(size_class("riesig"), None);
    }

    #[test]
    fn lists() {
        assert_eq!(list("2229, 2562;2825", false), ["2229", "2562", "2825"]);
        assert_eq!(
            list("Spritzguss; CNC-Fräsen", true),
            ["Spritzguss", "CNC-Fräsen"]
        );
    }
}
