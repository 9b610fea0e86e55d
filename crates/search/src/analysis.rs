//! Language-aware analysis: words → lower-case, diacritics folded, stemmed terms.
//!
//! The same functions analyse documents (at indexing) and queries, so both meet on the same
//! terms. German compounds are split against a dictionary of German glossary words
//! (`Kunststoffspritzguss` → also `spritzguss` and `kunststoff`); Czech uses the Snowball
//! Czech stemmer (frostem) plus a light derivational step (`vstřikování`, `vstřikovací`,
//! `vstřikovna` → `vstrikov`).

use std::collections::HashSet;

use frostem::{Algorithm, Stemmer};
use glokal_domain::Language;

pub use glokal_domain::reference::fold;

/// The three text languages, in index order.
pub const LANGS: [Language; 3] = [Language::De, Language::Cs, Language::En];

/// Index of a language in [`LANGS`].
pub fn lang_index(lang: Language) -> usize {
    match lang {
        Language::De => 0,
        Language::Cs => 1,
        Language::En => 2,
    }
}

/// A word of a text: byte range and the lower-cased word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub from: usize,
    pub to: usize,
    pub lower: String,
}

/// Splits a text into words: runs of letters and digits (hyphens and dots separate words).
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push(Word {
                from: s,
                to: i,
                lower: text[s..i].to_lowercase(),
            });
        }
    }
    if let Some(s) = start {
        out.push(Word {
            from: s,
            to: text.len(),
            lower: text[s..].to_lowercase(),
        });
    }
    out
}

fn stemmer(lang: Language) -> Stemmer {
    match lang {
        Language::De => Stemmer::new(Algorithm::German),
        Language::Cs => Stemmer::new(Algorithm::Czech),
        Language::En => Stemmer::new(Algorithm::English),
    }
}

/// Czech derivational endings replaced after the Snowball stem (folded; first match wins,
/// with the shortest stem that may remain): nouns and adjectives of an action (`-ování`,
/// `-ovací`, `-ovna`) meet on the verb stem, workshops (`-árna`) on their trade, verbal nouns
/// (`-ení`, `-ecí`) on the root: `obrábění`/`obráběcí` → `obrab`.
const CS_DERIVATIONAL: [(&str, &str, usize); 11] = [
    ("ovak", "ov", 4),
    ("ovac", "ov", 4),
    ("ovan", "ov", 4),
    ("ovat", "ov", 4),
    ("ovn", "ov", 4),
    ("ovk", "ov", 4),
    ("arn", "", 4),
    ("irn", "", 4),
    ("en", "", 5),
    ("ek", "", 5),
    ("an", "", 5),
];

/// The term of one lower-cased word in a language: stemmed, then diacritics folded.
pub fn stem(lang: Language, lower: &str) -> String {
    // Numbers and very short words are kept as they are (folded).
    if lower.chars().count() < 3 || lower.chars().any(|c| c.is_ascii_digit()) {
        return fold(lower);
    }
    let stemmed = stemmer(lang).stem(lower);
    let mut term = fold(&stemmed);
    if lang == Language::Cs {
        for (suffix, replacement, min_rest) in CS_DERIVATIONAL {
            if term.ends_with(suffix) && term.len() - suffix.len() >= min_rest {
                term.truncate(term.len() - suffix.len());
                term.push_str(replacement);
                break;
            }
        }
    }
    term
}

/// A token for the index: term, byte range in the original text, position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    pub term: String,
    pub from: usize,
    pub to: usize,
    pub pos: usize,
}

/// German compound splitting against a dictionary of folded words.
#[derive(Debug, Default)]
pub struct Compounds {
    words: HashSet<String>,
    min_len: usize,
}

impl Compounds {
    pub fn new(words: impl IntoIterator<Item = String>) -> Compounds {
        let words: HashSet<String> = words.into_iter().filter(|w| w.len() >= 4).collect();
        Compounds { words, min_len: 4 }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The head (last part, which carries the meaning) and, when known, the modifier of a
    /// folded compound: `kunststoffspritzguss` → [`spritzguss`, `kunststoff`]. Empty when the
    /// word is no compound of dictionary words.
    pub fn split(&self, folded: &str) -> Vec<String> {
        let n = folded.len();
        if n < 2 * self.min_len || !folded.is_ascii() {
            return Vec::new();
        }
        // longest dictionary suffix leaving a modifier of at least 3 letters
        for start in 3..=n - self.min_len {
            let head = &folded[start..];
            if self.words.contains(head) {
                let mut parts = vec![head.to_owned()];
                let mut modifier = &folded[..start];
                if self.words.contains(modifier) {
                    parts.push(modifier.to_owned());
                } else if let Some(m) = modifier.strip_suffix('s') {
                    // Fugen-s: Qualitätsprüfung → qualitat + prufung
                    if self.words.contains(m) {
                        modifier = m;
                        parts.push(modifier.to_owned());
                    }
                }
                return parts;
            }
        }
        Vec::new()
    }
}

/// Analyses a text in a language into index tokens. German compounds add their parts at
/// the compound's position.
pub fn analyze(lang: Language, text: &str, compounds: &Compounds, pos_offset: usize) -> Vec<Tok> {
    let mut out = Vec::new();
    for (i, w) in words(text).into_iter().enumerate() {
        let pos = pos_offset + i;
        let term = stem(lang, &w.lower);
        if lang == Language::De {
            for part in compounds.split(&fold(&w.lower)) {
                let part_term = stem(lang, &part);
                if part_term != term {
                    out.push(Tok {
                        term: part_term,
                        from: w.from,
                        to: w.to,
                        pos,
                    });
                }
            }
        }
        out.push(Tok {
            term,
            from: w.from,
            to: w.to,
            pos,
        });
    }
    out
}

/// Folded, unstemmed words (for typo tolerance, prefixes and suggestions), with compound
/// parts for German-looking words.
pub fn analyze_plain(text: &str, compounds: &Compounds, pos_offset: usize) -> Vec<Tok> {
    let mut out = Vec::new();
    for (i, w) in words(text).into_iter().enumerate() {
        let folded = fold(&w.lower);
        for part in compounds.split(&folded) {
            out.push(Tok {
                term: part,
                from: w.from,
                to: w.to,
                pos: pos_offset + i,
            });
        }
        out.push(Tok {
            term: folded,
            from: w.from,
            to: w.to,
            pos: pos_offset + i,
        });
    }
    out
}

/// Words that carry no meaning in a query (folded).
pub fn is_stopword(folded: &str) -> bool {
    matches!(
        folded,
        "und"
            | "oder"
            | "der"
            | "die"
            | "das"
            | "den"
            | "dem"
            | "des"
            | "ein"
            | "eine"
            | "einen"
            | "fur"
            | "von"
            | "mit"
            | "im"
            | "in"
            | "am"
            | "an"
            | "auf"
            | "zu"
            | "zur"
            | "zum"
            | "bei"
            | "aus"
            | "a"
            | "i"
            | "v"
            | "ve"
            | "s"
            | "se"
            | "z"
            | "ze"
            | "na"
            | "do"
            | "pro"
            | "k"
            | "ke"
            | "o"
            | "od"
            | "po"
            | "the"
            | "and"
            | "or"
            | "of"
            | "for"
            | "with"
            | "to"
            | "on"
            | "at"
            | "by"
            | "an_"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn czech_inflection_meets_on_one_stem() {
        let s = |w: &str| stem(Language::Cs, w);
        assert_eq!(s("vstřikování"), s("vstřikovací"));
        assert_eq!(s("vstřikování"), s("vstřikovna"));
        assert_eq!(s("obrábění"), s("obrabeni"));
        assert_eq!(s("plastů"), s("plasty"));
    }

    #[test]
    fn german_and_english_stems() {
        assert_eq!(stem(Language::De, "fräsen"), stem(Language::De, "fräse"));
        assert_eq!(stem(Language::En, "welding"), stem(Language::En, "weld"));
    }

    #[test]
    fn compounds_split_on_the_head() {
        let c = Compounds::new(["spritzguss".to_owned(), "kunststoff".to_owned()]);
        assert_eq!(
            c.split("kunststoffspritzguss"),
            vec!["spritzguss", "kunststoff"]
        );
        assert!(c.split("spritzguss").is_empty());
    }

    #[test]
    fn words_keep_byte_ranges() {
        let w = words("CNC-Fräsen, Ústí");
        assert_eq!(w.len(), 3);
        assert_eq!(w[1].lower, "fräsen");
        assert_eq!(&"CNC-Fräsen, Ústí"[w[2].from..w[2].to], "Ústí");
    }

    #[test]
    fn print_stems() {
        for w in [
            "vstřikování",
            "vstřikovací",
            "vstřikovna",
            "vstřikolis",
            "vstřikováním",
            "plastů",
            "plastové",
            "obrábění",
            "obráběcí",
            "frézování",
            "svařování",
            "svařovna",
            "díly",
            "dílů",
            "kovů",
            "kovové",
            "lakování",
            "lakovna",
            "nástrojárna",
            "nástroje",
            "výrobek",
            "výrobky",
            "výroba",
            "výrobce",
            "zpracování",
            "broušení",
            "kalení",
            "kalírna",
            "slévárna",
            "odlitky",
            "svářeč",
            "tváření",
            "řezání",
            "pilařství",
            "truhlářství",
        ] {
            eprintln!("cs {w} -> {}", stem(Language::Cs, w));
        }
        for w in [
            "spritzguss",
            "spritzgießen",
            "kunststoffteile",
            "fräsen",
            "gießerei",
            "schweißen",
        ] {
            eprintln!("de {w} -> {}", stem(Language::De, w));
        }
    }
}
