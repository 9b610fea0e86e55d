use std::fmt;
use std::str::FromStr;

use crate::DomainError;

/// A language the platform speaks: every text a person sees exists in all three.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    serde::Serialize,
    serde::Deserialize,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// German.
    #[default]
    De,
    /// Czech.
    Cs,
    /// English.
    En,
}

impl Language {
    /// All supported languages, in display order.
    pub const ALL: [Language; 3] = [Language::De, Language::Cs, Language::En];

    /// ISO 639-1 code (`de`, `cs`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Language::De => "de",
            Language::Cs => "cs",
            Language::En => "en",
        }
    }

    /// The language's own name (endonym), e.g. "Čeština".
    pub fn endonym(self) -> &'static str {
        match self {
            Language::De => "Deutsch",
            Language::Cs => "Čeština",
            Language::En => "English",
        }
    }

    /// Picks the best supported language from an HTTP `Accept-Language` header
    /// (or `navigator.languages` joined with commas); `None` when nothing matches.
    pub fn negotiate(accept_language: &str) -> Option<Language> {
        let mut best: Option<(f32, usize, Language)> = None;
        for (index, part) in accept_language.split(',').enumerate() {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split(['-', '_']).next().unwrap_or("");
            let Ok(lang) = primary.parse::<Language>() else {
                continue;
            };
            if quality <= 0.0 {
                continue;
            }
            let better = match best {
                None => true,
                Some((q, i, _)) => quality > q || (quality == q && index < i),
            };
            if better {
                best = Some((quality, index, lang));
            }
        }
        best.map(|(_, _, lang)| lang)
    }
}

impl FromStr for Language {
    type Err = DomainError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "de" => Ok(Language::De),
            "cs" | "cz" => Ok(Language::Cs),
            "en" => Ok(Language::En),
            _ => Err(DomainError::UnknownLanguage),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_by_quality_and_order() {
        assert_eq!(
            Language::negotiate("cs-CZ,cs;q=0.9,de;q=0.8"),
            Some(Language::Cs)
        );
        assert_eq!(
            Language::negotiate("fr-FR,en;q=0.5,de;q=0.7"),
            Some(Language::De)
        );
        assert_eq!(Language::negotiate("en-GB, de"), Some(Language::En));
        assert_eq!(Language::negotiate("fr, pl"), None);
        assert_eq!(Language::negotiate("de;q=0, en;q=0.1"), Some(Language::En));
        assert_eq!(Language::negotiate(""), None);
    }

    #[test]
    fn parses_codes() {
        assert_eq!("CS".parse::<Language>(), Ok(Language::Cs));
        assert_eq!("xx".parse::<Language>(), Err(DomainError::UnknownLanguage));
        for lang in Language::ALL {
            assert_eq!(lang.code().parse::<Language>(), Ok(lang));
        }
    }
}
