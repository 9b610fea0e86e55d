//! The index: open or create (on disk under `GLOKAL_DATA_DIR/search/` or in RAM), write,
//! commit with the change-feed position, search and suggest.

use std::collections::HashMap;
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicI64, Ordering as AtomicOrdering};
use std::sync::Mutex;

use anyhow::Context;
use glokal_api_types::{
    FacetCount, SearchFacets, SearchHit, SearchHitType, SearchResults, Suggestion, SuggestionKind,
    TextSegment,
};
use glokal_domain::Language;
use tantivy::collector::TopDocs;
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, FuzzyTermQuery, Occur, Query, RangeQuery, TermQuery,
    TermSetQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};
use uuid::Uuid;

use crate::analysis::{fold, lang_index, words, LANGS};
use crate::collector::{Order, Params, SearchCollector};
use crate::doc::{build_schema, epoch_days, key, Fields, IndexDoc, Stored, SCHEMA_VERSION};
use crate::glossary::glossary;
use crate::highlight::{best_language, matched_ranges, segments, snippet};
use crate::query::{self, MatchSet};
use crate::suggest::static_suggestions;

/// A validated search.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub q: String,
    pub lang: Language,
    /// `None`: both.
    pub doc_type: Option<SearchHitType>,
    pub country: Option<String>,
    pub region: Option<String>,
    pub kind: Option<String>,
    /// NACE code (prefix), as in the reference data (`C`, `22`, `22.2`, `22.29`).
    pub nace: Option<String>,
    pub opportunity_type: Option<String>,
    pub size_class: Option<String>,
    pub certification: Option<String>,
    pub language: Option<String>,
    pub verified: Option<bool>,
    pub near: Option<(f64, f64)>,
    pub radius_km: Option<f64>,
    pub include_expired: bool,
    pub order: Option<Order>,
    /// 1-based.
    pub page: u32,
    pub per_page: u32,
    /// Compute facet counts.
    pub facets: bool,
    /// Only documents created (organisations) or published (opportunities) in this window of
    /// seconds since the epoch: after the first, up to and including the second (saved
    /// searches look for what is new).
    pub created_between: Option<(i64, i64)>,
}

/// How an index was found when opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    /// New, emptied or of another schema version: rebuild from the database.
    NeedsRebuild,
    /// Current up to this change-feed position.
    Current { seq: i64 },
}

/// Most hits a search pages through (deeper pages are empty).
pub const MAX_WINDOW: usize = 1000;

/// The index with its one writer (behind a mutex) and a manually reloaded reader.
pub struct SearchIndex {
    /// Kept with its reader and writer (they borrow its directory).
    #[allow(dead_code)]
    index: Index,
    pub(crate) fields: Fields,
    pub(crate) reader: IndexReader,
    writer: Mutex<IndexWriter>,
    last_seq: AtomicI64,
    dir: Option<PathBuf>,
}

const VERSION_FILE: &str = "schema_version";

impl SearchIndex {
    /// An index in memory (tests, benchmarks of the engine alone).
    pub fn in_ram() -> anyhow::Result<SearchIndex> {
        let (schema, fields) = build_schema();
        let index = Index::create_in_ram(schema);
        Self::with_index(index, fields, None, 1, 32_000_000)
    }

    /// Opens the index in `dir`, or creates it there; an index of another schema version is
    /// deleted and created anew.
    pub fn open(dir: &Path, threads: usize) -> anyhow::Result<(SearchIndex, OpenState)> {
        let (schema, fields) = build_schema();
        let version_path = dir.join(VERSION_FILE);
        let version_ok = std::fs::read_to_string(&version_path)
            .ok()
            .and_then(|v| v.trim().parse::<u32>().ok())
            == Some(SCHEMA_VERSION);
        if !version_ok && dir.exists() {
            std::fs::remove_dir_all(dir).context("removing the outdated search index")?;
        }
        std::fs::create_dir_all(dir).context("creating the search index folder")?;
        let mmap = tantivy::directory::MmapDirectory::open(dir)
            .context("opening the search index folder")?;
        let index = Index::open_or_create(mmap, schema).context("opening the search index")?;
        std::fs::write(&version_path, SCHEMA_VERSION.to_string())
            .context("writing the schema version")?;
        let payload_seq = index
            .load_metas()
            .ok()
            .and_then(|m| m.payload)
            .and_then(|p| p.strip_prefix("seq=").and_then(|s| s.parse::<i64>().ok()));
        let heap = 64_000_000 * threads.max(1);
        let me = Self::with_index(index, fields, Some(dir.to_owned()), threads, heap)?;
        let state = match payload_seq {
            Some(seq) if version_ok => {
                me.last_seq.store(seq, AtomicOrdering::SeqCst);
                OpenState::Current { seq }
            }
            _ => OpenState::NeedsRebuild,
        };
        Ok((me, state))
    }

    fn with_index(
        index: Index,
        fields: Fields,
        dir: Option<PathBuf>,
        threads: usize,
        heap: usize,
    ) -> anyhow::Result<SearchIndex> {
        let writer = index
            .writer_with_num_threads(threads.max(1), heap.max(15_000_000 * threads.max(1)))
            .context("creating the index writer")?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .context("creating the index reader")?;
        // Parse the glossary now, not in the first request.
        let _ = glossary().len();
        Ok(SearchIndex {
            index,
            fields,
            reader,
            writer: Mutex::new(writer),
            last_seq: AtomicI64::new(0),
            dir,
        })
    }

    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// The change-feed position the index is current to.
    pub fn last_seq(&self) -> i64 {
        self.last_seq.load(AtomicOrdering::SeqCst)
    }

    /// Documents visible to searches.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    fn writer(&self) -> std::sync::MutexGuard<'_, IndexWriter> {
        self.writer.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds or replaces documents (visible after [`commit`](Self::commit)).
    pub fn upsert(&self, docs: &[IndexDoc]) -> anyhow::Result<()> {
        let writer = self.writer();
        for d in docs {
            writer.delete_term(Term::from_field_text(self.fields.key, &d.key()));
            writer.add_document(self.fields.document(d))?;
        }
        Ok(())
    }

    /// Adds documents known to be new (bulk rebuild).
    pub fn add_new(&self, docs: &[IndexDoc]) -> anyhow::Result<()> {
        let writer = self.writer();
        for d in docs {
            writer.add_document(self.fields.document(d))?;
        }
        Ok(())
    }

    pub fn delete(&self, doc_type: SearchHitType, id: Uuid) {
        self.writer()
            .delete_term(Term::from_field_text(self.fields.key, &key(doc_type, id)));
    }

    /// Deletes an organisation's opportunities.
    pub fn delete_opportunities_of(&self, org: Uuid) -> anyhow::Result<()> {
        let q = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(self.fields.org, &org.to_string()),
                    IndexRecordOption::Basic,
                )) as Box<dyn Query>,
            ),
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(self.fields.f_type, "opportunity"),
                    IndexRecordOption::Basic,
                )),
            ),
        ]);
        self.writer().delete_query(Box::new(q))?;
        Ok(())
    }

    /// Removes every document (before a rebuild).
    pub fn clear(&self) -> anyhow::Result<()> {
        self.writer().delete_all_documents()?;
        Ok(())
    }

    /// Makes the changes durable and visible; remembers the change-feed position.
    pub fn commit(&self, seq: i64) -> anyhow::Result<()> {
        {
            let mut writer = self.writer();
            let mut prepared = writer.prepare_commit()?;
            prepared.set_payload(&format!("seq={seq}"));
            prepared.commit()?;
        }
        self.last_seq.store(seq, AtomicOrdering::SeqCst);
        self.reader.reload()?;
        Ok(())
    }

    fn filter(&self, field: tantivy::schema::Field, value: &str) -> (Occur, Box<dyn Query>) {
        (
            Occur::Must,
            Box::new(ConstScoreQuery::new(
                Box::new(TermSetQuery::new([Term::from_field_text(field, value)])),
                0.0,
            )),
        )
    }

    /// Runs a search.
    pub fn search(&self, req: &SearchRequest) -> anyhow::Result<SearchResults> {
        let f = &self.fields;
        let parsed = query::parse(&req.q);
        let (text_query, matches) = query::build(f, &parsed);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let scored = text_query.is_some();
        if let Some(q) = text_query {
            clauses.push((Occur::Must, q));
        }
        let doc_type = if req.opportunity_type.is_some() {
            Some(SearchHitType::Opportunity)
        } else {
            req.doc_type
        };
        if let Some(t) = doc_type {
            clauses.push(self.filter(
                f.f_type,
                match t {
                    SearchHitType::Organization => "organization",
                    SearchHitType::Opportunity => "opportunity",
                },
            ));
        }
        for (field, value) in [
            (f.f_country, &req.country),
            (f.f_region, &req.region),
            (f.f_kind, &req.kind),
            (f.nace, &req.nace),
            (f.f_otype, &req.opportunity_type),
            (f.f_size, &req.size_class),
            (f.f_cert, &req.certification),
            (f.f_lang, &req.language),
        ] {
            if let Some(v) = value {
                clauses.push(self.filter(field, v));
            }
        }
        if let Some(v) = req.verified {
            clauses.push(self.filter(f.f_verified, if v { "true" } else { "false" }));
        }
        if let Some((after, until)) = req.created_between {
            clauses.push((
                Occur::Must,
                Box::new(ConstScoreQuery::new(
                    Box::new(RangeQuery::new(
                        Bound::Excluded(Term::from_field_i64(f.created, after)),
                        Bound::Included(Term::from_field_i64(f.created, until)),
                    )),
                    0.0,
                )),
            ));
        }
        let query: Box<dyn Query> = if clauses.is_empty() {
            Box::new(AllQuery)
        } else if !scored {
            clauses.push((
                Occur::Must,
                Box::new(ConstScoreQuery::new(Box::new(AllQuery), 1.0)),
            ));
            Box::new(BooleanQuery::new(clauses))
        } else {
            Box::new(BooleanQuery::new(clauses))
        };
        let per_page = req.per_page.max(1) as usize;
        let offset = (req.page.max(1) as usize - 1).saturating_mul(per_page);
        let keep = if offset >= MAX_WINDOW {
            0
        } else {
            (offset + per_page).min(MAX_WINDOW)
        };
        let order = req.order.unwrap_or(if scored {
            Order::Relevance
        } else {
            Order::Newest
        });
        let params = Params {
            near: req.near,
            radius_km: req.radius_km,
            open_only: !req.include_expired,
            today: epoch_days(chrono::Utc::now().date_naive()),
            order,
            keep,
            scored,
            facets: req.facets,
        };
        let searcher = self.reader.searcher();
        let fruit = searcher.search(query.as_ref(), &SearchCollector { params })?;
        let mut hits = Vec::new();
        for h in fruit.hits.iter().skip(offset) {
            let doc: TantivyDocument = searcher.doc(h.address)?;
            let Some(stored) = doc
                .get_first(f.stored)
                .and_then(|v| tantivy::schema::Value::as_str(&v))
                .and_then(|s| serde_json::from_str::<Stored>(s).ok())
            else {
                continue;
            };
            let geo = hit_geo(&searcher, h.address);
            hits.push(render_hit(stored, h, req.lang, &matches, geo));
        }
        let mut facets = SearchFacets::default();
        for (name, counts) in fruit.facets {
            let mut list: Vec<FacetCount> = counts
                .into_iter()
                .map(|(value, count)| FacetCount { value, count })
                .collect();
            list.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
            list.truncate(50);
            match name {
                "type" => facets.hit_type = list,
                "country" => facets.country = list,
                "region" => facets.region = list,
                "kind" => facets.kind = list,
                "nace" => facets.nace = list,
                "opportunity_type" => facets.opportunity_type = list,
                "size_class" => facets.size_class = list,
                "certification" => facets.certification = list,
                "language" => facets.language = list,
                "verified" => facets.verified = list,
                _ => {}
            }
        }
        let g = glossary();
        let mut expanded: Vec<String> = matches
            .concepts
            .iter()
            .filter_map(|c| g.get(*c))
            .map(|c| c.preferred(req.lang).to_owned())
            .collect();
        expanded.dedup();
        Ok(SearchResults {
            total: fruit.total,
            page: req.page.max(1),
            per_page: per_page as u32,
            hits,
            facets,
            expanded,
        })
    }

    /// Suggestions: organisation names (any word starting with what was typed), NACE labels
    /// and glossary terms in `lang`.
    pub fn suggest(
        &self,
        q: &str,
        lang: Language,
        limit: usize,
    ) -> anyhow::Result<Vec<Suggestion>> {
        let folded = fold(q.trim());
        let qwords: Vec<String> = words(&folded).into_iter().map(|w| w.lower).collect();
        let Some(last) = qwords.last() else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        let org_limit = limit.div_ceil(2);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = qwords[..qwords.len() - 1]
            .iter()
            .map(|w| {
                (
                    Occur::Must,
                    Box::new(TermQuery::new(
                        Term::from_field_text(self.fields.name_words, w),
                        IndexRecordOption::WithFreqs,
                    )) as Box<dyn Query>,
                )
            })
            .collect();
        clauses.push((
            Occur::Must,
            Box::new(FuzzyTermQuery::new_prefix(
                Term::from_field_text(self.fields.name_words, last),
                0,
                true,
            )),
        ));
        let searcher = self.reader.searcher();
        let top = searcher.search(
            &BooleanQuery::new(clauses),
            &TopDocs::with_limit(org_limit).order_by_score(),
        )?;
        for (_, addr) in top {
            let doc: TantivyDocument = searcher.doc(addr)?;
            if let Some(stored) = doc
                .get_first(self.fields.stored)
                .and_then(|v| tantivy::schema::Value::as_str(&v))
                .and_then(|s| serde_json::from_str::<Stored>(s).ok())
            {
                out.push(Suggestion {
                    kind: SuggestionKind::Organization,
                    label: stored.name,
                    value: stored.id.to_string(),
                });
            }
        }
        let rest = limit.saturating_sub(out.len());
        out.extend(static_suggestions(q, lang, rest, 3.min(rest)));
        Ok(out)
    }
}

/// Coordinates of a kept hit (its town), read from the fast fields of its segment.
fn hit_geo(searcher: &tantivy::Searcher, address: tantivy::DocAddress) -> Option<(f64, f64)> {
    let ff = searcher.segment_reader(address.segment_ord).fast_fields();
    if ff.u64("has_geo").ok()?.first(address.doc_id)? != 1 {
        return None;
    }
    let lat = ff.f64("lat").ok()?.first(address.doc_id)?;
    let lon = ff.f64("lon").ok()?.first(address.doc_id)?;
    Some((lat, lon))
}

fn render_hit(
    stored: Stored,
    h: &crate::collector::Hit,
    viewer: Language,
    m: &MatchSet,
    geo: Option<(f64, f64)>,
) -> SearchHit {
    let g = glossary();
    let comp = &g.compounds;
    let text_languages: Vec<Language> = LANGS
        .iter()
        .enumerate()
        .filter(|(i, _)| stored.title[*i].is_some() || stored.text[*i].is_some())
        .map(|(_, l)| *l)
        .collect();
    let best = best_language(&stored.text, viewer, m, comp);
    let text_language = best.as_ref().map(|(l, _)| *l).or_else(|| {
        LANGS
            .iter()
            .enumerate()
            .find(|(i, _)| stored.title[*i].is_some())
            .map(|(_, l)| *l)
    });
    let snippet_segs: Vec<TextSegment> = match &best {
        Some((lang, ranges)) => {
            let text = stored.text[lang_index(*lang)].as_deref().unwrap_or("");
            snippet(text, ranges, 220)
        }
        None => Vec::new(),
    };
    let (title, title_lang) = match stored.t {
        SearchHitType::Organization => (stored.name.clone(), None),
        SearchHitType::Opportunity => {
            let prefer = text_language.unwrap_or(viewer);
            let pick = stored.title[lang_index(prefer)]
                .as_ref()
                .map(|t| (t.clone(), Some(prefer)))
                .or_else(|| {
                    LANGS
                        .iter()
                        .enumerate()
                        .find_map(|(i, l)| stored.title[i].as_ref().map(|t| (t.clone(), Some(*l))))
                });
            pick.unwrap_or_else(|| (String::new(), None))
        }
    };
    // names have no language: mark words that match in any language
    let title_ranges: Vec<(usize, usize)> = match title_lang {
        Some(l) => matched_ranges(&title, l, m, comp),
        None => {
            let mut r: Vec<(usize, usize)> = LANGS
                .iter()
                .flat_map(|l| matched_ranges(&title, *l, m, comp))
                .collect();
            r.sort_unstable();
            r.dedup();
            r
        }
    };
    let expired = h.expired;
    SearchHit {
        hit_type: stored.t,
        id: stored.id,
        organization_id: stored.org,
        title_segments: segments(&title, &title_ranges),
        title,
        snippet: snippet_segs,
        text_language,
        text_languages,
        organization_name: (stored.t == SearchHitType::Opportunity).then(|| stored.name.clone()),
        opportunity_type: stored
            .otype
            .as_deref()
            .and_then(glokal_api_types::OpportunityType::parse),
        expired,
        country: stored.country,
        town: stored.town,
        distance_km: h.distance_km.map(|d| (d * 10.0).round() / 10.0),
        lat: geo.map(|g| g.0),
        lon: geo.map(|g| g.1),
        score: (h.score * 1000.0).round() / 1000.0,
    }
}

/// Facet counts as a map (for tests and benchmarks).
pub fn facet_map(f: &[FacetCount]) -> HashMap<&str, u64> {
    f.iter().map(|c| (c.value.as_str(), c.count)).collect()
}
