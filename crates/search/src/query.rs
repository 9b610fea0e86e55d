//! From the words a person typed to a tantivy query, built programmatically (no query
//! syntax ever reaches the engine).
//!
//! Each word is looked up in every language's title and text fields with that language's
//! stem, in the NACE labels, in the compound parts (German), with typo tolerance (edit
//! distance 1 for 5–8 letters, 2 above) and, for the last word, as a prefix. Words or word
//! sequences that name a glossary concept also match the concept (documents are annotated
//! with concepts at indexing) and its terms in the other languages, with a lower boost, and a
//! concept from a NACE label matches the NACE code.

use std::collections::HashSet;

use glokal_domain::Language;
use tantivy::query::{
    BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::Term;

use crate::analysis::{fold, is_stopword, stem, words, LANGS};
use crate::doc::Fields;
use crate::glossary::{glossary, ConceptMatch};

/// Longest query accepted (characters).
pub const MAX_QUERY_CHARS: usize = 200;
/// Most words looked at.
pub const MAX_WORDS: usize = 12;

const B_TITLE: f32 = 2.0;
const B_TEXT: f32 = 1.0;
const B_NACE_LABEL: f32 = 0.4;
const B_COMPOUND: f32 = 0.8;
const B_FUZZY: f32 = 0.35;
const B_PREFIX: f32 = 0.5;
const B_CONCEPT: f32 = 0.8;
const B_EXPANSION: f32 = 0.5;
const B_NACE_CODE: f32 = 0.5;

/// A query as typed: free words and quoted phrases.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parsed {
    /// Lower-cased free words, in order.
    pub words: Vec<String>,
    /// Lower-cased words of each phrase.
    pub phrases: Vec<Vec<String>>,
    /// The last free word is still being typed (no space after it).
    pub last_is_prefix: bool,
}

impl Parsed {
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty()
    }
}

/// Splits on quotes; an unclosed quote is closed at the end.
pub fn parse(q: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut in_phrase = false;
    let mut buf = String::new();
    let flush = |buf: &mut String, in_phrase: bool, parsed: &mut Parsed| {
        let ws: Vec<String> = words(buf).into_iter().map(|w| w.lower).collect();
        if in_phrase {
            if ws.len() == 1 {
                parsed.words.extend(ws);
            } else if !ws.is_empty() {
                parsed.phrases.push(ws);
            }
        } else {
            parsed.words.extend(ws);
        }
        buf.clear();
    };
    for c in q.chars() {
        if c == '"' || c == '„' || c == '“' || c == '”' {
            flush(&mut buf, in_phrase, &mut parsed);
            in_phrase = !in_phrase;
        } else {
            buf.push(c);
        }
    }
    let trailing_word = !in_phrase && buf.chars().last().is_some_and(char::is_alphanumeric);
    flush(&mut buf, in_phrase, &mut parsed);
    parsed.last_is_prefix = trailing_word;
    parsed.words.truncate(MAX_WORDS);
    parsed.phrases.truncate(4);
    parsed
}

/// The words and terms a query matches, for highlighting.
#[derive(Debug, Clone, Default)]
pub struct MatchSet {
    /// Stems per language (index of [`LANGS`]), including concept expansions.
    pub stems: [HashSet<String>; 3],
    /// Folded query words with their allowed edit distance.
    pub fuzzy: Vec<(String, u8)>,
    /// Folded prefix of the last word.
    pub prefix: Option<String>,
    /// Concepts recognised.
    pub concepts: Vec<u32>,
}

fn term_q(field: tantivy::schema::Field, text: &str, boost: f32) -> Box<dyn Query> {
    let q = TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    );
    if (boost - 1.0).abs() < f32::EPSILON {
        Box::new(q)
    } else {
        Box::new(BoostQuery::new(Box::new(q), boost))
    }
}

fn typo_distance(folded: &str) -> u8 {
    match folded.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// The clause for one word: any language, compound parts, typos, prefix.
fn word_clause(
    f: &Fields,
    lower: &str,
    prefix: bool,
    fuzzy: bool,
    matches: &mut MatchSet,
) -> Box<dyn Query> {
    let g = glossary();
    let folded = fold(lower);
    let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut seen = HashSet::new();
    for (i, lang) in LANGS.iter().enumerate() {
        let s = stem(*lang, lower);
        matches.stems[i].insert(s.clone());
        if !seen.insert((i, s.clone())) {
            continue;
        }
        should.push((Occur::Should, term_q(f.title[i], &s, B_TITLE)));
        should.push((Occur::Should, term_q(f.text[i], &s, B_TEXT)));
        should.push((Occur::Should, term_q(f.nace_label[i], &s, B_NACE_LABEL)));
        if *lang == Language::De {
            let parts = g.compounds.split(&folded);
            if let Some(first) = parts.first() {
                let head = stem(*lang, first);
                matches.stems[i].insert(head.clone());
                should.push((Occur::Should, term_q(f.text[i], &head, B_COMPOUND)));
                should.push((Occur::Should, term_q(f.title[i], &head, B_COMPOUND)));
            }
        }
    }
    let d = typo_distance(&folded);
    if fuzzy && d > 0 {
        matches.fuzzy.push((folded.clone(), d));
        should.push((
            Occur::Should,
            Box::new(BoostQuery::new(
                Box::new(FuzzyTermQuery::new(
                    Term::from_field_text(f.plain, &folded),
                    d,
                    true,
                )),
                B_FUZZY,
            )),
        ));
    }
    if prefix && folded.chars().count() >= 2 {
        matches.prefix = Some(folded.clone());
        should.push((
            Occur::Should,
            Box::new(BoostQuery::new(
                Box::new(FuzzyTermQuery::new_prefix(
                    Term::from_field_text(f.plain, &folded),
                    0,
                    true,
                )),
                B_PREFIX,
            )),
        ));
    }
    Box::new(BooleanQuery::new(should))
}

/// A concept's clause: the concept itself, its terms in every language, its NACE code.
fn concept_clause(
    f: &Fields,
    concept: u32,
    matches: &mut MatchSet,
) -> Vec<(Occur, Box<dyn Query>)> {
    let g = glossary();
    let mut out: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    out.push((
        Occur::Should,
        term_q(f.concepts, &format!("c{concept}"), B_CONCEPT),
    ));
    matches.concepts.push(concept);
    for (i, lang) in LANGS.iter().enumerate() {
        for stems in g.term_stems(concept, *lang).iter().take(4) {
            for s in stems {
                matches.stems[i].insert(s.clone());
            }
            let clause: Box<dyn Query> = if stems.len() == 1 {
                term_q(f.text[i], &stems[0], 1.0)
            } else {
                Box::new(BooleanQuery::new(
                    stems
                        .iter()
                        .map(|s| (Occur::Must, term_q(f.text[i], s, 1.0)))
                        .collect(),
                ))
            };
            out.push((
                Occur::Should,
                Box::new(BoostQuery::new(clause, B_EXPANSION)),
            ));
        }
    }
    if let Some(code) = g.get(concept).and_then(|c| c.nace_code()) {
        out.push((
            Occur::Should,
            Box::new(BoostQuery::new(
                Box::new(TermQuery::new(
                    Term::from_field_text(f.nace, code),
                    IndexRecordOption::Basic,
                )),
                B_NACE_CODE,
            )),
        ));
    }
    out
}

/// Concepts named by the words (any language), non-overlapping, longest first.
pub fn find_concepts(words: &[String]) -> Vec<ConceptMatch> {
    let g = glossary();
    let mut all = Vec::new();
    for lang in LANGS {
        let positions: Vec<Vec<String>> = words
            .iter()
            .map(|w| {
                let mut alts = vec![stem(lang, w)];
                if lang == Language::De {
                    if let Some(head) = g.compounds.split(&fold(w)).first() {
                        alts.push(stem(lang, head));
                    }
                }
                alts
            })
            .collect();
        all.extend(g.find(lang, &positions));
    }
    // longest spans first; then keep all concepts of the chosen spans
    all.sort_by(|a, b| b.len.cmp(&a.len).then(a.start.cmp(&b.start)));
    let mut taken = vec![false; words.len()];
    let mut chosen: Vec<ConceptMatch> = Vec::new();
    for m in all {
        let span = m.start..m.start + m.len;
        let same_span = chosen.iter().any(|c| c.start == m.start && c.len == m.len);
        if same_span || span.clone().all(|i| !taken[i]) {
            for i in span {
                taken[i] = true;
            }
            if !chosen.contains(&m) {
                chosen.push(m);
            }
        }
    }
    chosen.sort_by_key(|m| (m.start, m.concept));
    chosen
}

/// The text part of the query (`None`: no words, browse everything).
pub fn build(f: &Fields, parsed: &Parsed) -> (Option<Box<dyn Query>>, MatchSet) {
    let mut matches = MatchSet::default();
    let mut units: Vec<Box<dyn Query>> = Vec::new();

    // Free words: drop stop words unless nothing else is left.
    let kept: Vec<(usize, &String)> = {
        let all: Vec<(usize, &String)> = parsed.words.iter().enumerate().collect();
        let content: Vec<(usize, &String)> = all
            .iter()
            .copied()
            .filter(|(_, w)| !is_stopword(&fold(w)))
            .collect();
        if content.is_empty() {
            all
        } else {
            content
        }
    };
    let word_list: Vec<String> = kept.iter().map(|(_, w)| (*w).clone()).collect();
    let last_index = parsed.words.len().saturating_sub(1);
    let concepts = find_concepts(&word_list);
    let mut k = 0;
    while k < word_list.len() {
        let here: Vec<&ConceptMatch> = concepts.iter().filter(|m| m.start == k).collect();
        let len = here.iter().map(|m| m.len).max().unwrap_or(1);
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        // the words themselves
        let mut literal: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for j in k..k + len {
            let is_last = kept[j].0 == last_index && parsed.last_is_prefix;
            literal.push((
                Occur::Must,
                word_clause(f, &word_list[j], is_last, true, &mut matches),
            ));
        }
        should.push((
            Occur::Should,
            if literal.len() == 1 {
                literal.pop().map(|(_, q)| q).expect("one clause")
            } else {
                Box::new(BooleanQuery::new(literal))
            },
        ));
        for m in here.iter().filter(|m| m.len == len) {
            should.extend(concept_clause(f, m.concept, &mut matches));
        }
        units.push(Box::new(BooleanQuery::new(should)));
        k += len;
    }

    // Phrases: exact word order in one language's title or text.
    for phrase in &parsed.phrases {
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (i, lang) in LANGS.iter().enumerate() {
            let stems: Vec<String> = phrase.iter().map(|w| stem(*lang, w)).collect();
            for s in &stems {
                matches.stems[i].insert(s.clone());
            }
            for (field, boost) in [(f.title[i], B_TITLE), (f.text[i], B_TEXT)] {
                let terms: Vec<Term> = stems
                    .iter()
                    .map(|s| Term::from_field_text(field, s))
                    .collect();
                should.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(PhraseQuery::new(terms)), boost)),
                ));
            }
        }
        units.push(Box::new(BooleanQuery::new(should)));
    }

    if units.is_empty() {
        return (None, matches);
    }
    let n = units.len();
    let query: Box<dyn Query> = if n == 1 {
        units.pop().expect("one unit")
    } else {
        let phrases = parsed.phrases.len();
        let free = n - phrases;
        // all words must match when there are up to three, one may be missing above
        let min_should = if free <= 3 { free } else { free - 1 };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut free_clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (idx, u) in units.into_iter().enumerate() {
            if idx >= free {
                clauses.push((Occur::Must, u));
            } else {
                free_clauses.push((Occur::Should, u));
            }
        }
        if !free_clauses.is_empty() {
            let mut b = BooleanQuery::new(free_clauses);
            b.set_minimum_number_should_match(min_should);
            clauses.push((Occur::Must, Box::new(b)));
        }
        Box::new(BooleanQuery::new(clauses))
    };
    (Some(query), matches)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_phrases_and_prefix() {
        let p = parse("\"vstřikování plastů\" Lib");
        assert_eq!(p.phrases, vec![vec!["vstřikování", "plastů"]]);
        assert_eq!(p.words, vec!["lib"]);
        assert!(p.last_is_prefix);
        let p = parse("Spritzguss \"CNC Fräsen");
        assert_eq!(p.phrases, vec![vec!["cnc", "fräsen"]]);
        assert!(!p.last_is_prefix);
        assert!(parse("\"\" ").is_empty());
        assert!(!parse("abc ").last_is_prefix);
    }

    #[test]
    fn spritzguss_names_the_injection_moulding_concept() {
        let c = find_concepts(&["spritzguss".into()]);
        let g = glossary();
        assert!(c.iter().any(|m| g.get(m.concept).unwrap().terms[1]
            .iter()
            .any(|t| t == "vstřikování plastů")));
    }
}
