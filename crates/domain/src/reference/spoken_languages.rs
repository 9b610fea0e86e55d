//! Languages an organisation or a contact person can speak (ISO 639-1), named in German,
//! Czech and English: the neighbours' and trading partners' languages first.

use super::Labels;

const TABLE: &[(&str, &str, &str, &str)] = &[
    ("de", "Deutsch", "němčina", "German"),
    ("cs", "Tschechisch", "čeština", "Czech"),
    ("en", "Englisch", "angličtina", "English"),
    ("pl", "Polnisch", "polština", "Polish"),
    ("sk", "Slowakisch", "slovenština", "Slovak"),
    (
        "hsb",
        "Obersorbisch",
        "hornolužická srbština",
        "Upper Sorbian",
    ),
    ("fr", "Französisch", "francouzština", "French"),
    ("it", "Italienisch", "italština", "Italian"),
    ("es", "Spanisch", "španělština", "Spanish"),
    ("pt", "Portugiesisch", "portugalština", "Portuguese"),
    ("nl", "Niederländisch", "nizozemština", "Dutch"),
    ("hu", "Ungarisch", "maďarština", "Hungarian"),
    ("ro", "Rumänisch", "rumunština", "Romanian"),
    ("sl", "Slowenisch", "slovinština", "Slovenian"),
    ("hr", "Kroatisch", "chorvatština", "Croatian"),
    ("bg", "Bulgarisch", "bulharština", "Bulgarian"),
    ("ru", "Russisch", "ruština", "Russian"),
    ("uk", "Ukrainisch", "ukrajinština", "Ukrainian"),
    ("vi", "Vietnamesisch", "vietnamština", "Vietnamese"),
    ("zh", "Chinesisch", "čínština", "Chinese"),
    ("ja", "Japanisch", "japonština", "Japanese"),
    ("ko", "Koreanisch", "korejština", "Korean"),
    ("tr", "Türkisch", "turečtina", "Turkish"),
    ("ar", "Arabisch", "arabština", "Arabic"),
    ("sv", "Schwedisch", "švédština", "Swedish"),
    ("da", "Dänisch", "dánština", "Danish"),
    ("fi", "Finnisch", "finština", "Finnish"),
    ("no", "Norwegisch", "norština", "Norwegian"),
    ("lt", "Litauisch", "litevština", "Lithuanian"),
    ("lv", "Lettisch", "lotyština", "Latvian"),
    ("et", "Estnisch", "estonština", "Estonian"),
    ("el", "Griechisch", "řečtina", "Greek"),
];

/// A spoken language with its names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpokenLanguage {
    /// ISO 639 code (two letters; `hsb` for Upper Sorbian).
    pub code: &'static str,
    pub name: Labels,
}

/// All languages in display order.
pub fn all() -> Vec<SpokenLanguage> {
    TABLE
        .iter()
        .map(|&(code, de, cs, en)| SpokenLanguage {
            code,
            name: Labels {
                de: de.to_owned(),
                cs: cs.to_owned(),
                en: en.to_owned(),
            },
        })
        .collect()
}

/// Whether `code` is in the list.
pub fn is_known(code: &str) -> bool {
    TABLE.iter().any(|(c, ..)| *c == code)
}
