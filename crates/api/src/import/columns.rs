//! Which profile field a column header means: German, Czech and English headers, case,
//! accents, spaces and punctuation ignored ("PSČ", "PLZ", "Postal code" → postal code).

use glokal_domain::reference::fold;

/// A profile field a column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Name,
    LegalForm,
    Kind,
    Country,
    Street,
    PostalCode,
    City,
    Website,
    Email,
    Phone,
    FoundingYear,
    SizeClass,
    NaceMain,
    NaceCodes,
    Languages,
    Keywords,
    Description,
    DescriptionDe,
    DescriptionCs,
    DescriptionEn,
    Ico,
    Dic,
    HrNumber,
    VatId,
}

impl Column {
    /// The field's name in reports (as in `OrganizationInput`).
    pub fn field(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::LegalForm => "legal_form",
            Column::Kind => "kind",
            Column::Country => "country",
            Column::Street => "street",
            Column::PostalCode => "postal_code",
            Column::City => "city",
            Column::Website => "website",
            Column::Email => "email",
            Column::Phone => "phone",
            Column::FoundingYear => "founding_year",
            Column::SizeClass => "size_class",
            Column::NaceMain => "nace_main",
            Column::NaceCodes => "nace_codes",
            Column::Languages => "languages",
            Column::Keywords => "keywords",
            Column::Description => "description",
            Column::DescriptionDe => "description.de",
            Column::DescriptionCs => "description.cs",
            Column::DescriptionEn => "description.en",
            Column::Ico => "ico",
            Column::Dic => "dic",
            Column::HrNumber => "hr_number",
            Column::VatId => "vat_id",
        }
    }
}

/// Headers (folded: lower case, no accents, letters and digits only) per field.
const ALIASES: &[(Column, &[&str])] = &[
    (
        Column::Name,
        &[
            "name",
            "firma",
            "firmenname",
            "unternehmen",
            "organisation",
            "organization",
            "company",
            "companyname",
            "nazev",
            "nazevfirmy",
            "obchodnifirma",
            "spolecnost",
            "organizace",
        ],
    ),
    (
        Column::LegalForm,
        &["legalform", "rechtsform", "pravniforma"],
    ),
    (
        Column::Kind,
        &[
            "kind",
            "type",
            "art",
            "typ",
            "druh",
            "organisationsart",
            "typorganizace",
        ],
    ),
    (
        Column::Country,
        &["country", "land", "staat", "zeme", "stat"],
    ),
    (
        Column::Street,
        &[
            "street",
            "strasse",
            "str",
            "anschrift",
            "adresse",
            "address",
            "ulice",
            "adresa",
        ],
    ),
    (
        Column::PostalCode,
        &[
            "postalcode",
            "zip",
            "zipcode",
            "postcode",
            "plz",
            "postleitzahl",
            "psc",
        ],
    ),
    (
        Column::City,
        &[
            "city", "town", "ort", "stadt", "gemeinde", "mesto", "obec", "sidlo",
        ],
    ),
    (
        Column::Website,
        &[
            "website",
            "web",
            "www",
            "url",
            "homepage",
            "webseite",
            "internet",
            "internetseite",
            "webovestranky",
            "web",
        ],
    ),
    (Column::Email, &["email", "mail", "emailadresse", "epost"]),
    (
        Column::Phone,
        &[
            "phone",
            "telephone",
            "telefon",
            "tel",
            "telefonnummer",
            "telefonni cislo",
            "telefonnicislo",
        ],
    ),
    (
        Column::FoundingYear,
        &[
            "foundingyear",
            "founded",
            "gruendungsjahr",
            "grundungsjahr",
            "gegruendet",
            "gegrundet",
            "rokzalozeni",
            "zalozeno",
        ],
    ),
    (
        Column::SizeClass,
        &[
            "size",
            "sizeclass",
            "groesse",
            "grosse",
            "groessenklasse",
            "grossenklasse",
            "unternehmensgroesse",
            "unternehmensgrosse",
            "velikost",
            "velikostfirmy",
        ],
    ),
    (
        Column::NaceMain,
        &[
            "nacemain",
            "mainnace",
            "hauptnace",
            "haupttaetigkeit",
            "hlavninace",
            "hlavnicinnost",
            "wz",
            "wzcode",
        ],
    ),
    (
        Column::NaceCodes,
        &[
            "nace",
            "nacecodes",
            "nacecode",
            "wzcodes",
            "cznace",
            "nacekody",
            "kodynace",
            "branche",
            "branchen",
            "obor",
        ],
    ),
    (Column::Languages, &["languages", "sprachen", "jazyky"]),
    (
        Column::Keywords,
        &[
            "keywords",
            "schlagworte",
            "schlagwoerter",
            "schlagworter",
            "stichworte",
            "kompetenzen",
            "klicovaslova",
            "capabilities",
        ],
    ),
    (
        Column::Description,
        &["description", "beschreibung", "popis", "profil", "profile"],
    ),
    (
        Column::DescriptionDe,
        &[
            "descriptionde",
            "beschreibungde",
            "beschreibungdeutsch",
            "popisde",
            "popisnemecky",
            "descriptiongerman",
        ],
    ),
    (
        Column::DescriptionCs,
        &[
            "descriptioncs",
            "descriptioncz",
            "beschreibungcs",
            "beschreibungcz",
            "beschreibungtschechisch",
            "popiscs",
            "popiscz",
            "popiscesky",
            "descriptionczech",
        ],
    ),
    (
        Column::DescriptionEn,
        &[
            "descriptionen",
            "beschreibungen",
            "beschreibungenglisch",
            "popisen",
            "popisanglicky",
            "descriptionenglish",
        ],
    ),
    (
        Column::Ico,
        &["ico", "ic", "identifikacnicislo", "companynumber"],
    ),
    (Column::Dic, &["dic", "danoveidentifikacnicislo"]),
    (
        Column::HrNumber,
        &[
            "hrnumber",
            "handelsregister",
            "handelsregisternummer",
            "hrb",
            "hra",
            "registernummer",
            "commercialregister",
        ],
    ),
    (
        Column::VatId,
        &[
            "vatid",
            "vat",
            "vatnumber",
            "ustid",
            "ustidnr",
            "umsatzsteuerid",
            "umsatzsteueridentifikationsnummer",
        ],
    ),
];

/// Folds a header: lower case, accents removed, only letters and digits.
fn key(header: &str) -> String {
    fold(header.trim())
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// The field a header means, if any.
pub fn recognise(header: &str) -> Option<Column> {
    let key = key(header);
    if key.is_empty() {
        return None;
    }
    ALIASES
        .iter()
        .find(|(_, aliases)| aliases.iter().any(|a| a.replace(' ', "") == key))
        .map(|(column, _)| *column)
}

/// The fields of a header row; a field named twice is taken from its first column only.
pub fn map(headers: &[String]) -> Vec<Option<Column>> {
    let mut seen = Vec::new();
    headers
        .iter()
        .map(|h| {
            let column = recognise(h).filter(|c| !seen.contains(c));
            if let Some(c) = column {
                seen.push(c);
            }
            column
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_czech_and_english_headers() {
        assert_eq!(recognise("Název firmy"), Some(Column::Name));
        assert_eq!(recognise("Firmenname"), Some(Column::Name));
        assert_eq!(recognise("PSČ"), Some(Column::PostalCode));
        assert_eq!(recognise("PLZ"), Some(Column::PostalCode));
        assert_eq!(recognise("Straße"), Some(Column::Street));
        assert_eq!(recognise("IČO"), Some(Column::Ico));
        assert_eq!(recognise("DIČ"), Some(Column::Dic));
        assert_eq!(recognise("USt-IdNr."), Some(Column::VatId));
        assert_eq!(recognise("E-Mail"), Some(Column::Email));
        assert_eq!(recognise("Beschreibung (DE)"), Some(Column::DescriptionDe));
        assert_eq!(recognise("Popis CZ"), Some(Column::DescriptionCs));
        assert_eq!(recognise("Gründungsjahr"), Some(Column::FoundingYear));
        assert_eq!(recognise("Obec"), Some(Column::City));
        assert_eq!(recognise("Lieblingsfarbe"), None);
    }

    #[test]
    fn a_field_twice_counts_once() {
        let headers = vec!["Name".to_owned(), "Firma".to_owned(), "Ort".to_owned()];
        assert_eq!(
            map(&headers),
            [Some(Column::Name), None, Some(Column::City)]
        );
    }
}
