//! The German–Czech–English glossary of industrial terms (`data/glossary_de_cs_en.csv`,
//! built by `data/generate_glossary.py`; sources in `data/SOURCES.md`).
//!
//! A concept has terms in each language; a term is matched in a text by the sequence of its
//! words' stems in that language. Documents are annotated with the concepts found in them,
//! queries are expanded with the concepts they name.

use std::collections::HashMap;
use std::sync::OnceLock;

use glokal_domain::Language;

use crate::analysis::{analyze, fold, lang_index, stem, words, Compounds, LANGS};

/// One concept of the glossary.
#[derive(Debug, Clone)]
pub struct Concept {
    pub id: u32,
    /// Terms per language (index of [`LANGS`]), preferred term first.
    pub terms: [Vec<String>; 3],
    /// `core`, `nace:22.29`, `cn:3926`.
    pub source: String,
}

impl Concept {
    /// The NACE code, when the concept comes from a NACE label.
    pub fn nace_code(&self) -> Option<&str> {
        self.source.strip_prefix("nace:")
    }

    pub fn preferred(&self, lang: Language) -> &str {
        &self.terms[lang_index(lang)][0]
    }
}

/// A term's stem sequence → concept.
type Matcher = HashMap<String, Vec<(Vec<String>, u32)>>;

/// The loaded glossary with its matchers and the German compound dictionary.
pub struct Glossary {
    pub concepts: Vec<Concept>,
    by_id: HashMap<u32, usize>,
    matchers: [Matcher; 3],
    pub compounds: Compounds,
    /// Stems of every term per language, per concept (for expansions and highlighting).
    term_stems: HashMap<u32, [Vec<Vec<String>>; 3]>,
}

/// A concept found in a sequence of words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConceptMatch {
    pub start: usize,
    pub len: usize,
    pub concept: u32,
}

const CSV: &str = include_str!("../data/glossary_de_cs_en.csv");

/// The glossary (parsed once).
pub fn glossary() -> &'static Glossary {
    static GLOSSARY: OnceLock<Glossary> = OnceLock::new();
    GLOSSARY.get_or_init(|| Glossary::parse(CSV))
}

impl Glossary {
    fn parse(csv_text: &str) -> Glossary {
        let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
        let mut concepts = Vec::new();
        for record in reader.records().flatten() {
            let Ok(id) = record.get(0).unwrap_or("").parse::<u32>() else {
                continue;
            };
            let split = |i: usize| -> Vec<String> {
                record
                    .get(i)
                    .unwrap_or("")
                    .split('|')
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_owned)
                    .collect()
            };
            let terms = [split(1), split(2), split(3)];
            if terms.iter().any(Vec::is_empty) {
                continue;
            }
            concepts.push(Concept {
                id,
                terms,
                source: record.get(4).unwrap_or("").to_owned(),
            });
        }
        // German compound dictionary: single words of German terms (folded).
        let mut dict = Vec::new();
        for c in &concepts {
            for t in &c.terms[0] {
                for w in words(t) {
                    dict.push(fold(&w.lower));
                }
            }
        }
        // Common heads that are no glossary term of their own.
        for w in [
            "teile",
            "technik",
            "bau",
            "werk",
            "maschinen",
            "anlagen",
            "bearbeitung",
            "fertigung",
            "herstellung",
            "verarbeitung",
            "service",
            "handel",
            "produkte",
            "systeme",
            "guss",
            "druck",
            "beschichtung",
            "montage",
            "werkzeuge",
            "formen",
            "spritzguss",
            "teil",
        ] {
            dict.push(w.to_owned());
        }
        let compounds = Compounds::new(dict);
        let mut matchers: [Matcher; 3] = Default::default();
        let mut term_stems = HashMap::new();
        for c in &concepts {
            let mut per_lang: [Vec<Vec<String>>; 3] = Default::default();
            for (li, lang) in LANGS.iter().enumerate() {
                for t in &c.terms[li] {
                    let stems = term_sequence(*lang, t);
                    if stems.is_empty() {
                        continue;
                    }
                    matchers[li]
                        .entry(stems[0].clone())
                        .or_default()
                        .push((stems.clone(), c.id));
                    per_lang[li].push(stems);
                }
            }
            term_stems.insert(c.id, per_lang);
        }
        let by_id = concepts
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id, i))
            .collect();
        Glossary {
            concepts,
            by_id,
            matchers,
            compounds,
            term_stems,
        }
    }

    pub fn len(&self) -> usize {
        self.concepts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }

    pub fn get(&self, id: u32) -> Option<&Concept> {
        self.by_id.get(&id).map(|&i| &self.concepts[i])
    }

    /// Stem sequences of all terms of a concept in a language.
    pub fn term_stems(&self, id: u32, lang: Language) -> &[Vec<String>] {
        self.term_stems
            .get(&id)
            .map(|t| t[lang_index(lang)].as_slice())
            .unwrap_or(&[])
    }

    /// Concepts whose terms in `lang` occur in a sequence of positions, each with its
    /// alternative stems (a compound and its parts). Longest matches first per start.
    pub fn find(&self, lang: Language, positions: &[Vec<String>]) -> Vec<ConceptMatch> {
        let matcher = &self.matchers[lang_index(lang)];
        let mut out = Vec::new();
        for start in 0..positions.len() {
            for alt in &positions[start] {
                let Some(candidates) = matcher.get(alt) else {
                    continue;
                };
                for (stems, concept) in candidates {
                    let len = stems.len();
                    if start + len > positions.len() {
                        continue;
                    }
                    let ok = stems
                        .iter()
                        .enumerate()
                        .skip(1)
                        .all(|(k, s)| positions[start + k].iter().any(|a| a == s));
                    if ok {
                        out.push(ConceptMatch {
                            start,
                            len,
                            concept: *concept,
                        });
                    }
                }
            }
        }
        out.sort_by(|a, b| a.start.cmp(&b.start).then(b.len.cmp(&a.len)));
        out.dedup();
        out
    }

    /// Concepts found anywhere in a text written in `lang`.
    pub fn annotate(&self, lang: Language, text: &str) -> Vec<u32> {
        let positions = positions_of(lang, text, &self.compounds);
        self.find(lang, &positions)
            .into_iter()
            .map(|m| m.concept)
            .collect()
    }
}

/// The main stem of each word of a term.
fn term_sequence(lang: Language, term: &str) -> Vec<String> {
    words(term).iter().map(|w| stem(lang, &w.lower)).collect()
}

/// Analysed text grouped by position: each position's alternative terms.
pub fn positions_of(lang: Language, text: &str, compounds: &Compounds) -> Vec<Vec<String>> {
    let mut positions: Vec<Vec<String>> = Vec::new();
    for tok in analyze(lang, text, compounds, 0) {
        if positions.len() <= tok.pos {
            positions.resize(tok.pos + 1, Vec::new());
        }
        positions[tok.pos].push(tok.term);
    }
    positions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_at_least_1000_concepts() {
        assert!(glossary().len() >= 1000, "{}", glossary().len());
    }

    #[test]
    fn injection_moulding_in_three_languages() {
        let g = glossary();
        let de = g.annotate(Language::De, "Wir bieten Kunststoffspritzguss an");
        let cs = g.annotate(Language::Cs, "Nabízíme vstřikování plastů");
        let en = g.annotate(Language::En, "plastic injection moulding");
        let common: Vec<_> = de
            .iter()
            .filter(|c| cs.contains(c) && en.contains(c))
            .collect();
        assert!(!common.is_empty(), "{de:?} {cs:?} {en:?}");
    }
}
