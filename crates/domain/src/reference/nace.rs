//! NACE Rev. 2: sections (A–U), divisions (01), groups (01.1) and classes (01.11).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::Labels;
use crate::DomainError;

/// One NACE entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NaceEntry {
    /// `C`, `22`, `22.2`, `22.21`.
    pub code: String,
    /// 1 section, 2 division, 3 group, 4 class.
    pub level: u8,
    /// The code one level up (`None` for sections).
    pub parent: Option<String>,
    pub labels: Labels,
}

struct Nace {
    entries: Vec<NaceEntry>,
    by_code: HashMap<String, usize>,
}

fn load() -> &'static Nace {
    static NACE: OnceLock<Nace> = OnceLock::new();
    NACE.get_or_init(|| {
        let mut reader =
            csv::Reader::from_reader(include_str!("../../data/nace_rev2_en_de_cs.csv").as_bytes());
        let mut entries: Vec<NaceEntry> = Vec::with_capacity(1000);
        let mut section = String::new();
        for record in reader.records().flatten() {
            let level: u8 = record.get(0).and_then(|l| l.parse().ok()).unwrap_or(0);
            let code = record.get(1).unwrap_or("").trim().to_owned();
            let parent = match level {
                1 => None,
                2 => Some(section.clone()),
                _ => Some(code[..code.len() - 1].trim_end_matches('.').to_owned()),
            };
            if level == 1 {
                section = code.clone();
            }
            let label = |i: usize| record.get(i).unwrap_or("").trim().to_owned();
            entries.push(NaceEntry {
                code,
                level,
                parent,
                labels: Labels {
                    en: label(2),
                    de: label(3),
                    cs: label(4),
                },
            });
        }
        let by_code = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.code.clone(), i))
            .collect();
        Nace { entries, by_code }
    })
}

/// All entries in official order.
pub fn all() -> &'static [NaceEntry] {
    &load().entries
}

/// The entry of a normalised code.
pub fn get(code: &str) -> Option<&'static NaceEntry> {
    let nace = load();
    nace.by_code.get(code).map(|&i| &nace.entries[i])
}

/// A NACE Rev. 2 code that exists, normalised to the official notation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NaceCode(String);

impl NaceCode {
    /// Accepts `C`, `22`, `22.2`, `22.21`, also without dots (`2221`) or with spaces.
    pub fn parse(raw: &str) -> Result<NaceCode, DomainError> {
        let compact: String = raw
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_uppercase();
        if compact.is_empty() {
            return Err(DomainError::Required);
        }
        let normalised = if compact.contains('.') || compact.len() <= 2 {
            compact
        } else if compact.chars().all(|c| c.is_ascii_digit()) {
            format!("{}.{}", &compact[..2], &compact[2..])
        } else {
            compact
        };
        match get(&normalised) {
            Some(entry) => Ok(NaceCode(entry.code.clone())),
            None => Err(DomainError::UnknownNaceCode),
        }
    }

    /// The official notation.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The entry with labels.
    pub fn entry(&self) -> &'static NaceEntry {
        get(&self.0).expect("parsed codes exist")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_every_level_and_three_languages() {
        let count = |level| all().iter().filter(|e| e.level == level).count();
        assert_eq!((count(1), count(2), count(3), count(4)), (21, 88, 272, 615));
        let plastics = get("22.21").unwrap();
        assert_eq!(plastics.parent.as_deref(), Some("22.2"));
        assert!(
            plastics.labels.de.contains("Kunststoff"),
            "{}",
            plastics.labels.de
        );
        assert!(
            plastics.labels.cs.to_lowercase().contains("plast"),
            "{}",
            plastics.labels.cs
        );
        assert_eq!(get("22").unwrap().parent.as_deref(), Some("C"));
        assert!(all().iter().all(|e| !e.labels.de.is_empty()
            && !e.labels.cs.is_empty()
            && !e.labels.en.is_empty()));
    }

    #[test]
    fn parses_and_normalises_codes() {
        assert_eq!(NaceCode::parse("2221").unwrap().as_str(), "22.21");
        assert_eq!(NaceCode::parse(" 22.21 ").unwrap().as_str(), "22.21");
        assert_eq!(NaceCode::parse("c").unwrap().as_str(), "C");
        assert_eq!(NaceCode::parse("222").unwrap().as_str(), "22.2");
        assert_eq!(NaceCode::parse("99.99"), Err(DomainError::UnknownNaceCode));
        assert_eq!(NaceCode::parse("X"), Err(DomainError::UnknownNaceCode));
        assert_eq!(NaceCode::parse(""), Err(DomainError::Required));
    }
}
