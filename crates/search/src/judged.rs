//! The judged relevance set (`tests/judged/`): corpus, queries, graded judgments, and
//! nDCG@10 / recall@10 of a ranking — shared by the quality test, `cargo xtask bench
//! search-quality` and the PostgreSQL baseline of `cargo xtask bench search`.

use std::collections::HashMap;

use chrono::{TimeZone, Utc};
use glokal_api_types::SearchHitType;
use glokal_domain::Language;
use serde::Deserialize;
use uuid::Uuid;

use crate::doc::IndexDoc;

const CORPUS: &str = include_str!("../tests/judged/corpus.json");
const QUERIES: &str = include_str!("../tests/judged/queries.tsv");
const QRELS: &str = include_str!("../tests/judged/qrels.tsv");

#[derive(Debug, Clone, Deserialize)]
pub struct JudgedDoc {
    #[serde(rename = "type")]
    pub doc_type: String,
    pub id: Uuid,
    pub organization_id: Uuid,
    pub name: String,
    pub title: HashMap<String, String>,
    pub text: HashMap<String, String>,
    pub nace_codes: Vec<String>,
    pub country: String,
    pub town: String,
    pub kind: Option<String>,
    pub size_class: Option<String>,
    pub opportunity_type: Option<String>,
    pub languages: Vec<String>,
    /// The one language its texts are written in.
    pub lang: String,
}

impl JudgedDoc {
    pub fn index_doc(&self) -> IndexDoc {
        let pick = |m: &HashMap<String, String>| {
            ["de", "cs", "en"].map(|l| m.get(l).filter(|t| !t.is_empty()).cloned())
        };
        let t = Utc
            .with_ymd_and_hms(2026, 11, 1, 0, 0, 0)
            .single()
            .unwrap_or_default();
        IndexDoc {
            doc_type: if self.doc_type == "organization" {
                SearchHitType::Organization
            } else {
                SearchHitType::Opportunity
            },
            id: self.id,
            organization_id: self.organization_id,
            name: self.name.clone(),
            title: pick(&self.title),
            text: pick(&self.text),
            extra: Vec::new(),
            nace_codes: self.nace_codes.clone(),
            country: self.country.clone(),
            region: None,
            town: self.town.clone(),
            kind: self.kind.clone(),
            size_class: self.size_class.clone(),
            opportunity_type: self.opportunity_type.clone(),
            certifications: Vec::new(),
            languages: self.languages.clone(),
            verified: false,
            closed: false,
            valid_until: None,
            created_at: t,
            updated_at: t,
            lat: None,
            lon: None,
            completeness: 0.5,
        }
    }

    /// All its text in one string (for a baseline engine).
    pub fn full_text(&self) -> String {
        let mut s = self.name.clone();
        for t in self.title.values().chain(self.text.values()) {
            s.push(' ');
            s.push_str(t);
        }
        s
    }
}

#[derive(Debug, Clone)]
pub struct JudgedQuery {
    pub id: String,
    pub lang: Language,
    pub text: String,
    /// doc → grade (0–3).
    pub grades: HashMap<Uuid, u8>,
}

pub fn corpus() -> Vec<JudgedDoc> {
    serde_json::from_str(CORPUS).expect("tests/judged/corpus.json is valid")
}

pub fn queries() -> Vec<JudgedQuery> {
    let mut grades: HashMap<String, HashMap<Uuid, u8>> = HashMap::new();
    for line in QRELS.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if let [q, d, g] = f[..] {
            if let (Ok(d), Ok(g)) = (d.parse(), g.parse()) {
                grades.entry(q.to_owned()).or_default().insert(d, g);
            }
        }
    }
    QUERIES
        .lines()
        .skip(1)
        .filter_map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            let [id, lang, _, text] = f[..] else {
                return None;
            };
            Some(JudgedQuery {
                id: id.to_owned(),
                lang: match lang {
                    "de" => Language::De,
                    "cs" => Language::Cs,
                    "en" => Language::En,
                    _ => return None,
                },
                text: text.to_owned(),
                grades: grades.remove(id).unwrap_or_default(),
            })
        })
        .collect()
}

fn dcg(grades: impl Iterator<Item = u8>) -> f64 {
    grades
        .enumerate()
        .map(|(i, g)| ((1u64 << g) - 1) as f64 / ((i + 2) as f64).log2())
        .sum()
}

/// nDCG@10 and recall@10 (share of the relevant documents, grade ≥ 1, in the first ten) of
/// a ranking, judged by `grades` (only documents for which `counts` holds are judged; the
/// others are skipped as if not there).
pub fn metrics(
    ranking: &[Uuid],
    grades: &HashMap<Uuid, u8>,
    counts: impl Fn(&Uuid) -> bool,
) -> Option<(f64, f64)> {
    let judged: Vec<(&Uuid, u8)> = grades
        .iter()
        .filter(|(d, g)| **g > 0 && counts(d))
        .map(|(d, g)| (d, *g))
        .collect();
    if judged.is_empty() {
        return None;
    }
    let ranked: Vec<&Uuid> = ranking
        .iter()
        .filter(|d| counts(d) || !grades.contains_key(d))
        .take(10)
        .collect();
    let got = dcg(ranked.iter().map(|d| grades.get(*d).copied().unwrap_or(0)));
    let mut ideal: Vec<u8> = judged.iter().map(|(_, g)| *g).collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let best = dcg(ideal.into_iter().take(10));
    let found = ranked
        .iter()
        .filter(|d| grades.get(**d).copied().unwrap_or(0) > 0)
        .count();
    let recall = found as f64 / judged.len().min(10) as f64;
    Some((got / best, recall))
}

/// Averages over all queries and over the cross-lingual view (only documents written in
/// another language than the query are judged).
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub queries: usize,
    pub ndcg: f64,
    pub recall: f64,
    pub cross_queries: usize,
    pub cross_ndcg: f64,
    pub cross_recall: f64,
}

/// Evaluates an engine: `rank(query) → document ids, best first`.
pub fn evaluate(mut rank: impl FnMut(&JudgedQuery) -> Vec<Uuid>) -> Report {
    let docs = corpus();
    let lang_of: HashMap<Uuid, String> = docs.iter().map(|d| (d.id, d.lang.clone())).collect();
    let mut r = Report::default();
    for q in queries() {
        let ranking = rank(&q);
        if let Some((n, rc)) = metrics(&ranking, &q.grades, |_| true) {
            r.queries += 1;
            r.ndcg += n;
            r.recall += rc;
        }
        let ql = match q.lang {
            Language::De => "de",
            Language::Cs => "cs",
            Language::En => "en",
        };
        if let Some((n, rc)) = metrics(&ranking, &q.grades, |d| {
            lang_of.get(d).is_some_and(|l| l != ql)
        }) {
            r.cross_queries += 1;
            r.cross_ndcg += n;
            r.cross_recall += rc;
        }
    }
    if r.queries > 0 {
        r.ndcg /= r.queries as f64;
        r.recall /= r.queries as f64;
    }
    if r.cross_queries > 0 {
        r.cross_ndcg /= r.cross_queries as f64;
        r.cross_recall /= r.cross_queries as f64;
    }
    r
}

/// The report for this crate's engine on the judged set.
pub fn evaluate_engine() -> anyhow::Result<Report> {
    let index = crate::SearchIndex::in_ram()?;
    let docs: Vec<IndexDoc> = corpus().iter().map(JudgedDoc::index_doc).collect();
    index.add_new(&docs)?;
    index.commit(0)?;
    Ok(evaluate(|q| {
        let req = crate::SearchRequest {
            q: q.text.clone(),
            lang: q.lang,
            page: 1,
            per_page: 10,
            ..Default::default()
        };
        index
            .search(&req)
            .map(|r| r.hits.iter().map(|h| h.id).collect())
            .unwrap_or_default()
    }))
}
