//! Column headers the import understands, as shown on the import page: for every profile field
//! a selection of the German, Czech and English headers of the API's alias list
//! (`crates/api/src/import/columns.rs`; case, accents, spaces and punctuation do not matter
//! there, so each header here is one of those aliases as people write it).

/// (field in the report, message id of its name, headers).
pub const COLUMNS: &[(&str, &str, &[&str])] = &[
    (
        "name",
        "crm-field-name",
        &[
            "Name",
            "Firmenname",
            "Unternehmen",
            "Company",
            "Název firmy",
            "Organizace",
        ],
    ),
    (
        "legal_form",
        "crm-field-legal_form",
        &["Rechtsform", "Legal form", "Právní forma"],
    ),
    ("kind", "crm-field-kind", &["Art", "Type", "Typ", "Druh"]),
    (
        "country",
        "crm-field-country",
        &["Land", "Country", "Země", "Stát"],
    ),
    (
        "street",
        "crm-field-street",
        &["Straße", "Adresse", "Street", "Ulice", "Adresa"],
    ),
    (
        "postal_code",
        "crm-field-postal_code",
        &["PLZ", "Postleitzahl", "Postal code", "ZIP", "PSČ"],
    ),
    (
        "city",
        "crm-field-city",
        &["Ort", "Stadt", "City", "Town", "Obec", "Město", "Sídlo"],
    ),
    (
        "website",
        "crm-field-website",
        &["Website", "Webseite", "Homepage", "Web", "Webové stránky"],
    ),
    ("email", "crm-field-email", &["E-Mail", "Mail"]),
    (
        "phone",
        "crm-field-phone",
        &["Telefon", "Tel.", "Phone", "Telefonní číslo"],
    ),
    (
        "founding_year",
        "crm-field-founding_year",
        &["Gründungsjahr", "Founded", "Founding year", "Rok založení"],
    ),
    (
        "size_class",
        "crm-field-size_class",
        &["Größe", "Unternehmensgröße", "Size", "Velikost"],
    ),
    (
        "nace_main",
        "crm-field-nace_main",
        &[
            "Haupt-NACE",
            "WZ",
            "Main NACE",
            "Hlavní NACE",
            "Hlavní činnost",
        ],
    ),
    (
        "nace_codes",
        "crm-field-nace_codes",
        &["NACE", "NACE-Codes", "Branche", "CZ-NACE", "Obor"],
    ),
    (
        "languages",
        "crm-field-languages",
        &["Sprachen", "Languages", "Jazyky"],
    ),
    (
        "keywords",
        "crm-field-keywords",
        &["Schlagworte", "Stichworte", "Keywords", "Klíčová slova"],
    ),
    (
        "description",
        "crm-field-description",
        &["Beschreibung", "Description", "Popis", "Profil"],
    ),
    (
        "description.de",
        "crm-field-description-de",
        &["Beschreibung (DE)", "Description (DE)", "Popis (DE)"],
    ),
    (
        "description.cs",
        "crm-field-description-cs",
        &[
            "Beschreibung (CS)",
            "Description (CS)",
            "Popis (CS)",
            "Popis CZ",
        ],
    ),
    (
        "description.en",
        "crm-field-description-en",
        &["Beschreibung (EN)", "Description (EN)", "Popis (EN)"],
    ),
    ("ico", "crm-field-ico", &["IČO", "IČ", "Company number"]),
    ("dic", "crm-field-dic", &["DIČ"]),
    (
        "hr_number",
        "crm-field-hr_number",
        &[
            "Handelsregister",
            "HRB",
            "Registernummer",
            "Commercial register",
        ],
    ),
    (
        "vat_id",
        "crm-field-vat_id",
        &["USt-IdNr.", "USt-ID", "VAT", "VAT ID", "VAT number"],
    ),
];

/// The message id naming a field of the report (`description.cs`, …), if it is one.
pub fn field_label(field: &str) -> Option<&'static str> {
    COLUMNS
        .iter()
        .find(|(f, _, _)| *f == field)
        .map(|(_, label, _)| *label)
}
