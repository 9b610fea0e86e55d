//! Matching partners for an opportunity: organisations and counter-opportunities that fit it
//! (offer ↔ request, shared or related NACE codes, glossary concepts and keywords in any of
//! the three languages, distance, cross-border preference, certifications asked for).
//!
//! Candidates come from the search index in one query built from the opportunity itself
//! (its glossary concepts, the stems of its title and keywords, its NACE codes with their
//! parents), restricted to the counter types and the opportunity's own limits (target
//! countries, cross-border only, radius). The best [`CANDIDATES`] are then scored on the
//! structured features and each keeps the evidence for its *why matched* explanation.

use std::collections::HashSet;

use glokal_api_types::SearchHitType;
use glokal_domain::reference::nace;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, TermQuery, TermSetQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{TantivyDocument, Term};
use uuid::Uuid;

use crate::analysis::{analyze, fold, is_stopword, stem, words, LANGS};
use crate::collector::{Order, Params, SearchCollector};
use crate::doc::{epoch_days, key, IndexDoc, Stored};
use crate::glossary::glossary;
use crate::index::SearchIndex;

/// How many candidates are re-scored.
pub const CANDIDATES: usize = 150;

/// Most title and keyword terms used in the query.
const MAX_TERMS: usize = 48;

/// What to find partners for.
#[derive(Debug, Clone)]
pub struct MatchSource {
    /// The opportunity as it is (or would be) indexed.
    pub doc: IndexDoc,
    /// Opportunity types that answer it (`supplier_request` for a `product_offer`, …).
    pub counter_types: Vec<String>,
    /// Also suggest organisations (not only their opportunities).
    pub organizations: bool,
    /// Only partners in these countries (empty: any).
    pub target_countries: Vec<String>,
    /// Only partners in another country than the opportunity's.
    pub cross_border_only: bool,
    /// Only partners within this distance.
    pub max_distance_km: Option<f64>,
    /// Certifications the opportunity asks for (codes).
    pub certifications: Vec<String>,
    /// Keys (`o:<id>`, `p:<id>`) to leave out (dismissed suggestions).
    pub exclude: HashSet<String>,
    /// How many to return.
    pub limit: usize,
}

/// One suggested partner with the evidence for its explanation.
#[derive(Debug, Clone)]
pub struct MatchCandidate {
    pub doc_type: SearchHitType,
    pub id: Uuid,
    pub organization_id: Uuid,
    /// The organisation's name.
    pub name: String,
    /// Opportunity title per language.
    pub title: [Option<String>; 3],
    pub country: String,
    pub town: String,
    pub opportunity_type: Option<String>,
    /// 0–100.
    pub score: u32,
    pub distance_km: Option<f64>,
    /// Glossary concepts both texts name.
    pub shared_concepts: Vec<u32>,
    /// Keywords of the candidate that the opportunity names as well (as the candidate wrote them).
    pub shared_keywords: Vec<String>,
    /// The most specific NACE code both share (class, group or division).
    pub shared_nace: Option<String>,
    /// Asked-for certifications the candidate holds.
    pub certifications: Vec<String>,
    /// In another country than the opportunity.
    pub cross_border: bool,
    /// An opportunity of a counter type (a request for an offer, …).
    pub counterpart: bool,
}

/// The opportunity types that answer one of type `t` (wire names).
pub fn counter_types(t: &str) -> &'static [&'static str] {
    match t {
        "product_offer" => &["supplier_request", "shortage_alert"],
        "service_offer" => &["supplier_request", "cooperation_request"],
        "capacity_offer" => &["supplier_request", "shortage_alert"],
        "supplier_request" => &["product_offer", "service_offer", "capacity_offer"],
        "shortage_alert" => &["product_offer", "capacity_offer"],
        "cooperation_request" => &["cooperation_request", "service_offer", "technology_offer"],
        "technology_offer" => &["technology_request", "cooperation_request"],
        "technology_request" => &["technology_offer", "cooperation_request"],
        _ => &[],
    }
}

/// The NACE code and its parents (class → group → division → section), most specific first.
fn nace_chain(code: &str) -> Vec<(String, u8)> {
    let mut out = Vec::new();
    let mut cur = nace::get(code);
    while let Some(e) = cur {
        out.push((e.code.clone(), e.level));
        cur = e.parent.as_deref().and_then(nace::get);
    }
    out
}

/// Folded stems of a keyword in every language (a keyword's language is not known).
fn keyword_stems(keyword: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    for w in words(keyword) {
        let folded = fold(&w.lower);
        if folded.len() < 3 || is_stopword(&folded) {
            continue;
        }
        for lang in LANGS {
            out.insert(stem(lang, &w.lower));
        }
    }
    out
}

impl SearchIndex {
    /// Partners for an opportunity, best first (see the module documentation).
    pub fn matches(&self, src: &MatchSource) -> anyhow::Result<Vec<MatchCandidate>> {
        let f = &self.fields;
        let g = glossary();
        let d = &src.doc;
        let concepts = d.concepts();

        // What the candidate must share at least one of (scored).
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for c in &concepts {
            should.push((
                Occur::Should,
                Box::new(BoostQuery::new(
                    Box::new(TermQuery::new(
                        Term::from_field_text(f.concepts, &format!("c{c}")),
                        IndexRecordOption::WithFreqs,
                    )),
                    2.0,
                )),
            ));
        }
        let mut terms: Vec<(usize, String)> = Vec::new();
        for (i, lang) in LANGS.iter().enumerate() {
            let mut texts: Vec<&str> = d.title[i].iter().map(String::as_str).collect();
            texts.extend(d.extra.iter().map(String::as_str));
            for text in texts {
                for tok in analyze(*lang, text, &g.compounds, 0) {
                    let folded = fold(&tok.term);
                    if folded.len() < 3 || is_stopword(&folded) {
                        continue;
                    }
                    if !terms.contains(&(i, tok.term.clone())) {
                        terms.push((i, tok.term));
                    }
                }
            }
        }
        terms.truncate(MAX_TERMS);
        for (i, term) in &terms {
            for field in [f.title[*i], f.text[*i]] {
                should.push((
                    Occur::Should,
                    Box::new(TermQuery::new(
                        Term::from_field_text(field, term),
                        IndexRecordOption::WithFreqs,
                    )),
                ));
            }
        }
        let mut nace_seen: HashSet<String> = HashSet::new();
        for code in &d.nace_codes {
            for (prefix, level) in nace_chain(code) {
                let boost = match level {
                    4 => 3.0,
                    3 => 2.0,
                    2 => 1.0,
                    _ => continue,
                };
                if nace_seen.insert(prefix.clone()) {
                    should.push((
                        Occur::Should,
                        Box::new(ConstScoreQuery::new(
                            Box::new(TermSetQuery::new([Term::from_field_text(f.nace, &prefix)])),
                            boost,
                        )),
                    ));
                }
            }
        }
        if should.is_empty() {
            return Ok(Vec::new());
        }

        // Which documents may be partners at all (not scored).
        let mut kinds: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if src.organizations {
            kinds.push((
                Occur::Should,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.f_type, "organization"),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        if !src.counter_types.is_empty() {
            kinds.push((
                Occur::Should,
                Box::new(TermSetQuery::new(
                    src.counter_types
                        .iter()
                        .map(|t| Term::from_field_text(f.f_otype, t)),
                )),
            ));
        }
        if kinds.is_empty() {
            return Ok(Vec::new());
        }
        let zero = |q: Box<dyn Query>| -> Box<dyn Query> { Box::new(ConstScoreQuery::new(q, 0.0)) };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
            (Occur::Must, Box::new(BooleanQuery::new(should))),
            (Occur::Must, zero(Box::new(BooleanQuery::new(kinds)))),
            (
                Occur::MustNot,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.org, &d.organization_id.to_string()),
                    IndexRecordOption::Basic,
                )),
            ),
        ];
        if !src.target_countries.is_empty() {
            clauses.push((
                Occur::Must,
                zero(Box::new(TermSetQuery::new(
                    src.target_countries
                        .iter()
                        .map(|c| Term::from_field_text(f.f_country, c)),
                ))),
            ));
        }
        if src.cross_border_only {
            clauses.push((
                Occur::MustNot,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.f_country, &d.country),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        let near = d.lat.zip(d.lon);
        let params = Params {
            near,
            radius_km: near.and(src.max_distance_km),
            open_only: true,
            today: epoch_days(chrono::Utc::now().date_naive()),
            order: Order::Relevance,
            keep: CANDIDATES + src.exclude.len(),
            scored: true,
            facets: false,
        };
        let searcher = self.reader.searcher();
        let fruit = searcher.search(&BooleanQuery::new(clauses), &SearchCollector { params })?;

        let own_keywords: HashSet<String> = d.extra.iter().flat_map(|k| keyword_stems(k)).collect();
        let own_nace: Vec<Vec<(String, u8)>> = d.nace_codes.iter().map(|c| nace_chain(c)).collect();
        let best_text = fruit.hits.first().map(|h| h.score).unwrap_or(1.0).max(1e-6);
        let mut out: Vec<(f64, MatchCandidate)> = Vec::new();
        for h in &fruit.hits {
            let doc: TantivyDocument = searcher.doc(h.address)?;
            let Some(stored) = doc
                .get_first(f.stored)
                .and_then(|v| tantivy::schema::Value::as_str(&v))
                .and_then(|s| serde_json::from_str::<Stored>(s).ok())
            else {
                continue;
            };
            if src.exclude.contains(&key(stored.t, stored.id)) {
                continue;
            }
            let shared_concepts: Vec<u32> = stored
                .concepts
                .iter()
                .filter(|c| concepts.binary_search(c).is_ok())
                .copied()
                .collect();
            let shared_keywords: Vec<String> = stored
                .keywords
                .iter()
                .filter(|k| keyword_stems(k).iter().any(|s| own_keywords.contains(s)))
                .take(5)
                .cloned()
                .collect();
            let mut shared_nace: Option<(String, u8)> = None;
            for theirs in &stored.nace {
                for (code, level) in nace_chain(theirs) {
                    if level < 2 {
                        continue;
                    }
                    let common = own_nace
                        .iter()
                        .any(|chain| chain.iter().any(|(c, _)| *c == code));
                    if common && shared_nace.as_ref().is_none_or(|(_, l)| level > *l) {
                        shared_nace = Some((code, level));
                    }
                }
            }
            let certifications: Vec<String> = src
                .certifications
                .iter()
                .filter(|c| stored.certs.contains(c))
                .cloned()
                .collect();
            let counterpart = stored.t == SearchHitType::Opportunity;
            let cross_border = stored.country != d.country;

            let text = (h.score / best_text) as f64;
            let nace_bonus = match shared_nace.as_ref().map(|(_, l)| *l) {
                Some(4) => 0.25,
                Some(3) => 0.2,
                Some(2) => 0.12,
                _ => 0.0,
            };
            let concept_bonus = (0.05 * shared_concepts.len() as f64).min(0.15);
            let cert_factor = if src.certifications.is_empty() {
                1.0
            } else {
                0.6 + 0.4 * certifications.len() as f64 / src.certifications.len() as f64
            };
            let raw = (0.45 * text
                + nace_bonus
                + concept_bonus
                + if counterpart { 0.1 } else { 0.0 }
                + if cross_border { 0.05 } else { 0.0 })
                * cert_factor;
            out.push((
                raw,
                MatchCandidate {
                    doc_type: stored.t,
                    id: stored.id,
                    organization_id: stored.org,
                    name: stored.name,
                    title: stored.title,
                    country: stored.country,
                    town: stored.town,
                    opportunity_type: stored.otype,
                    score: (raw.min(1.0) * 100.0).round() as u32,
                    distance_km: h.distance_km.map(|d| (d * 10.0).round() / 10.0),
                    shared_concepts,
                    shared_keywords,
                    shared_nace: shared_nace.map(|(c, _)| c),
                    certifications,
                    cross_border,
                    counterpart,
                },
            ));
        }
        out.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.id.cmp(&b.1.id)));
        Ok(out.into_iter().take(src.limit).map(|(_, c)| c).collect())
    }
}
