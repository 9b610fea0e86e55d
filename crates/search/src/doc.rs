//! What is indexed: [`IndexDoc`], built from organisations and opportunities, and the
//! tantivy schema with one set of text fields per language.

use chrono::{DateTime, NaiveDate, Utc};
use glokal_api_types::{Opportunity, OpportunityStatus, Organization, SearchHitType};
use glokal_domain::reference::nace;
use glokal_domain::Language;
use serde::{Deserialize, Serialize};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};
use tantivy::tokenizer::{PreTokenizedString, Token};
use tantivy::TantivyDocument;
use uuid::Uuid;

use crate::analysis::{analyze, analyze_plain, lang_index, words, Tok, LANGS};
use crate::glossary::glossary;

/// Bump when the schema or the analysis changes: an index of another version is rebuilt.
pub const SCHEMA_VERSION: u32 = 2;

/// A document to index (organisation or opportunity), independent of the database.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexDoc {
    pub doc_type: SearchHitType,
    pub id: Uuid,
    pub organization_id: Uuid,
    /// The organisation's name.
    pub name: String,
    /// Opportunity title per language (index of [`LANGS`]).
    pub title: [Option<String>; 3],
    /// Description / opportunity text per language.
    pub text: [Option<String>; 3],
    /// Keywords, products, processes: language not known.
    pub extra: Vec<String>,
    pub nace_codes: Vec<String>,
    pub country: String,
    pub region: Option<String>,
    pub town: String,
    pub kind: Option<String>,
    pub size_class: Option<String>,
    pub opportunity_type: Option<String>,
    /// Valid certifications (codes).
    pub certifications: Vec<String>,
    /// Languages spoken (codes).
    pub languages: Vec<String>,
    pub verified: bool,
    /// Opportunity closed.
    pub closed: bool,
    /// Opportunity open through this day.
    pub valid_until: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// 0–1: how complete the profile is.
    pub completeness: f64,
}

fn texts(t: &glokal_api_types::LocalizedText) -> [Option<String>; 3] {
    let clean = |s: &Option<String>| s.as_ref().filter(|s| !s.trim().is_empty()).cloned();
    [clean(&t.de), clean(&t.cs), clean(&t.en)]
}

fn enum_str<T: Serialize>(value: &T) -> Option<String> {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
}

impl IndexDoc {
    /// From an organisation (as the API shows it to anybody).
    pub fn organization(org: &Organization, today: NaiveDate) -> IndexDoc {
        let mut text = texts(&org.description);
        let mut extra = org.keywords.clone();
        for offering in &org.offerings {
            let names = texts(&offering.name);
            let descriptions = texts(&offering.description);
            for i in 0..3 {
                for part in [&names[i], &descriptions[i]].into_iter().flatten() {
                    let t = text[i].get_or_insert_with(String::new);
                    if !t.is_empty() {
                        t.push('\n');
                    }
                    t.push_str(part);
                }
            }
        }
        if let Some(form) = &org.legal_form {
            extra.push(form.clone());
        }
        let filled = [
            !org.description.languages().is_empty(),
            org.description.languages().len() >= 2,
            !org.nace_codes.is_empty() || org.nace_main.is_some(),
            !org.keywords.is_empty(),
            org.website.is_some(),
            org.logo_url.is_some(),
            !org.offerings.is_empty(),
            org.lat.is_some(),
            !org.languages.is_empty(),
            org.size_class.is_some(),
        ];
        let mut nace_codes: Vec<String> = org.nace_main.iter().cloned().collect();
        for c in &org.nace_codes {
            if !nace_codes.contains(c) {
                nace_codes.push(c.clone());
            }
        }
        IndexDoc {
            doc_type: SearchHitType::Organization,
            id: org.id,
            organization_id: org.id,
            name: org.name.clone(),
            title: [None, None, None],
            text,
            extra,
            nace_codes,
            country: org.country.clone(),
            region: org.region_code.clone(),
            town: org.city.clone(),
            kind: enum_str(&org.kind),
            size_class: org.size_class.as_ref().and_then(enum_str),
            opportunity_type: None,
            certifications: org
                .certifications
                .iter()
                .filter(|c| c.expires_on.is_none_or(|d| d >= today))
                .map(|c| c.code.clone())
                .collect(),
            languages: org.languages.clone(),
            verified: org.verification.is_some(),
            closed: false,
            valid_until: None,
            created_at: org.created_at,
            updated_at: org.updated_at,
            lat: org.lat,
            lon: org.lon,
            completeness: filled.iter().filter(|f| **f).count() as f64 / filled.len() as f64,
        }
    }

    /// From a published or closed opportunity and its organisation (drafts are not indexed).
    pub fn opportunity(
        opp: &Opportunity,
        org: Option<&Organization>,
        today: NaiveDate,
    ) -> IndexDoc {
        let mut extra = opp.keywords.clone();
        if let Some(cap) = &opp.capacity {
            if let Ok(serde_json::Value::Object(map)) = serde_json::to_value(cap) {
                for v in map.values() {
                    if let Some(s) = v.as_str() {
                        extra.push(s.to_owned());
                    }
                }
            }
        }
        let org_doc = org.map(|o| IndexDoc::organization(o, today));
        IndexDoc {
            doc_type: SearchHitType::Opportunity,
            id: opp.id,
            organization_id: opp.organization_id,
            name: opp.organization_name.clone(),
            title: texts(&opp.title),
            text: texts(&opp.text),
            extra,
            nace_codes: opp.nace_codes.clone(),
            country: opp.country.clone(),
            region: opp.region_code.clone(),
            town: opp.city.clone(),
            kind: enum_str(&opp.organization_kind),
            size_class: org_doc.as_ref().and_then(|o| o.size_class.clone()),
            opportunity_type: enum_str(&opp.opportunity_type),
            certifications: org_doc
                .as_ref()
                .map(|o| o.certifications.clone())
                .unwrap_or_default(),
            languages: org_doc
                .as_ref()
                .map(|o| o.languages.clone())
                .unwrap_or_default(),
            verified: org_doc.as_ref().is_some_and(|o| o.verified),
            closed: opp.status == OpportunityStatus::Closed,
            valid_until: Some(opp.valid_until),
            created_at: opp.published_at.unwrap_or(opp.created_at),
            updated_at: opp.updated_at,
            lat: opp.lat,
            lon: opp.lon,
            completeness: org_doc.map(|o| o.completeness).unwrap_or(0.5),
        }
    }

    /// The glossary concepts named in its titles, texts and keywords (any language), sorted.
    pub fn concepts(&self) -> Vec<u32> {
        let g = glossary();
        let extra = self.extra.join(" ; ");
        let mut concepts: Vec<u32> = Vec::new();
        for (i, lang) in LANGS.iter().enumerate() {
            let title = match (self.doc_type, &self.title[i]) {
                (_, Some(t)) => Some(t.as_str()),
                (SearchHitType::Organization, None) => Some(self.name.as_str()),
                (SearchHitType::Opportunity, None) => None,
            };
            for text in [title, self.text[i].as_deref(), Some(extra.as_str())]
                .into_iter()
                .flatten()
                .filter(|t| !t.is_empty())
            {
                concepts.extend(g.annotate(*lang, text));
            }
        }
        concepts.sort_unstable();
        concepts.dedup();
        concepts
    }

    /// `o:<id>` / `p:<id>`: the document's unique key in the index.
    pub fn key(&self) -> String {
        key(self.doc_type, self.id)
    }

    pub fn text_languages(&self) -> Vec<Language> {
        LANGS
            .iter()
            .enumerate()
            .filter(|(i, _)| self.title[*i].is_some() || self.text[*i].is_some())
            .map(|(_, l)| *l)
            .collect()
    }
}

pub fn key(doc_type: SearchHitType, id: Uuid) -> String {
    match doc_type {
        SearchHitType::Organization => format!("o:{id}"),
        SearchHitType::Opportunity => format!("p:{id}"),
    }
}

/// What is stored per document to render a hit (snippets are cut at query time).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Stored {
    pub t: SearchHitType,
    pub id: Uuid,
    pub org: Uuid,
    pub name: String,
    pub title: [Option<String>; 3],
    pub text: [Option<String>; 3],
    pub town: String,
    pub country: String,
    pub otype: Option<String>,
    /// NACE codes as given (for the reasons of a match).
    #[serde(default)]
    pub nace: Vec<String>,
    /// Glossary concepts found in the texts.
    #[serde(default)]
    pub concepts: Vec<u32>,
    /// Valid certifications.
    #[serde(default)]
    pub certs: Vec<String>,
    /// Keywords as written.
    #[serde(default)]
    pub keywords: Vec<String>,
}

/// Field handles of the schema.
#[derive(Clone)]
pub struct Fields {
    pub key: Field,
    pub org: Field,
    pub stored: Field,
    pub title: [Field; 3],
    pub text: [Field; 3],
    pub nace_label: [Field; 3],
    pub plain: Field,
    pub name_words: Field,
    pub concepts: Field,
    pub nace: Field,
    pub f_type: Field,
    pub f_country: Field,
    pub f_region: Field,
    pub f_kind: Field,
    pub f_size: Field,
    pub f_otype: Field,
    pub f_cert: Field,
    pub f_lang: Field,
    pub f_nace: Field,
    pub f_verified: Field,
    pub lat: Field,
    pub lon: Field,
    pub has_geo: Field,
    pub updated: Field,
    /// Creation (organisation) or publication (opportunity), seconds since the epoch.
    pub created: Field,
    pub valid_until: Field,
    pub closed: Field,
    pub opp: Field,
    pub complete: Field,
    pub verified: Field,
}

/// Facet fields: (API facet name, field name).
pub const FACETS: [(&str, &str); 10] = [
    ("type", "f_type"),
    ("country", "f_country"),
    ("region", "f_region"),
    ("kind", "f_kind"),
    ("nace", "f_nace"),
    ("opportunity_type", "f_otype"),
    ("size_class", "f_size"),
    ("certification", "f_cert"),
    ("language", "f_lang"),
    ("verified", "f_verified"),
];

pub fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let positions = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("raw")
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let freqs = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("raw")
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    let facet = STRING | FAST;
    let lang_fields = |b: &mut tantivy::schema::SchemaBuilder, prefix: &str, opts: &TextOptions| {
        [
            b.add_text_field(&format!("{prefix}_de"), opts.clone()),
            b.add_text_field(&format!("{prefix}_cs"), opts.clone()),
            b.add_text_field(&format!("{prefix}_en"), opts.clone()),
        ]
    };
    let key = b.add_text_field("key", STRING | STORED);
    let org = b.add_text_field("org", STRING);
    let stored = b.add_text_field("stored", STORED);
    let title = lang_fields(&mut b, "title", &positions);
    let text = lang_fields(&mut b, "text", &positions);
    let nace_label = lang_fields(&mut b, "nace_label", &freqs);
    let fields = Fields {
        key,
        org,
        stored,
        title,
        text,
        nace_label,
        plain: b.add_text_field("plain", freqs.clone()),
        name_words: b.add_text_field("name_words", freqs.clone()),
        concepts: b.add_text_field("concepts", freqs.clone()),
        nace: b.add_text_field("nace", STRING),
        f_type: b.add_text_field("f_type", facet.clone()),
        f_country: b.add_text_field("f_country", facet.clone()),
        f_region: b.add_text_field("f_region", facet.clone()),
        f_kind: b.add_text_field("f_kind", facet.clone()),
        f_size: b.add_text_field("f_size", facet.clone()),
        f_otype: b.add_text_field("f_otype", facet.clone()),
        f_cert: b.add_text_field("f_cert", facet.clone()),
        f_lang: b.add_text_field("f_lang", facet.clone()),
        f_nace: b.add_text_field("f_nace", facet.clone()),
        f_verified: b.add_text_field("f_verified", facet),
        lat: b.add_f64_field("lat", FAST),
        lon: b.add_f64_field("lon", FAST),
        has_geo: b.add_u64_field("has_geo", FAST),
        updated: b.add_i64_field("updated", FAST | INDEXED),
        created: b.add_i64_field("created", FAST | INDEXED),
        valid_until: b.add_i64_field("valid_until", FAST),
        closed: b.add_u64_field("closed", FAST),
        opp: b.add_u64_field("opp", FAST),
        complete: b.add_f64_field("complete", FAST),
        verified: b.add_u64_field("verified", FAST),
    };
    (b.build(), fields)
}

fn pre(text: &str, toks: Vec<Tok>) -> PreTokenizedString {
    PreTokenizedString {
        text: text.to_owned(),
        tokens: toks
            .into_iter()
            .map(|t| Token {
                offset_from: t.from,
                offset_to: t.to,
                position: t.pos,
                text: t.term,
                position_length: 1,
            })
            .collect(),
    }
}

/// Days since 1970-01-01.
pub fn epoch_days(d: NaiveDate) -> i64 {
    (d - NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date")).num_days()
}

impl Fields {
    /// The tantivy document of an [`IndexDoc`].
    pub fn document(&self, d: &IndexDoc) -> TantivyDocument {
        let g = glossary();
        let comp = &g.compounds;
        let mut doc = TantivyDocument::default();
        doc.add_text(self.key, d.key());
        doc.add_text(self.org, d.organization_id.to_string());
        let concepts = d.concepts();
        let stored = Stored {
            t: d.doc_type,
            id: d.id,
            org: d.organization_id,
            name: d.name.clone(),
            title: d.title.clone(),
            text: d.text.clone(),
            town: d.town.clone(),
            country: d.country.clone(),
            otype: d.opportunity_type.clone(),
            nace: d.nace_codes.clone(),
            concepts: concepts.clone(),
            certs: d.certifications.clone(),
            keywords: d.extra.clone(),
        };
        doc.add_text(
            self.stored,
            serde_json::to_string(&stored).unwrap_or_default(),
        );
        let extra = d.extra.join(" ; ");
        let mut plain_pos = 0;
        let mut add_plain = |doc: &mut TantivyDocument, text: &str| {
            let toks = analyze_plain(text, comp, plain_pos);
            plain_pos += words(text).len() + 2;
            doc.add_pre_tokenized_text(self.plain, pre(text, toks));
        };
        add_plain(&mut doc, &d.name);
        add_plain(&mut doc, &extra);
        for (i, lang) in LANGS.iter().enumerate() {
            // Titles: the opportunity title, or the organisation's name (any language).
            let title = d.title[i].as_deref();
            let title_text = match (d.doc_type, title) {
                (_, Some(t)) => t.to_owned(),
                (SearchHitType::Organization, None) => d.name.clone(),
                (SearchHitType::Opportunity, None) => String::new(),
            };
            if !title_text.is_empty() {
                doc.add_pre_tokenized_text(
                    self.title[i],
                    pre(&title_text, analyze(*lang, &title_text, comp, 0)),
                );
            }
            // Texts: the language's text, then keywords (language unknown: in every field).
            let mut body = d.text[i].clone().unwrap_or_default();
            if !extra.is_empty() {
                body.push_str(" ; ");
                body.push_str(&extra);
            }
            if !body.is_empty() {
                doc.add_pre_tokenized_text(
                    self.text[i],
                    pre(&body, analyze(*lang, &body, comp, 0)),
                );
            }
            // NACE labels of the codes, in this language.
            let labels: Vec<&str> = d
                .nace_codes
                .iter()
                .filter_map(|c| nace::get(c))
                .map(|e| e.labels.get(*lang))
                .collect();
            if !labels.is_empty() {
                let joined = labels.join(" ; ");
                doc.add_pre_tokenized_text(
                    self.nace_label[i],
                    pre(&joined, analyze(*lang, &joined, comp, 0)),
                );
            }
        }
        for t in d.title.iter().flatten() {
            add_plain(&mut doc, t);
        }
        for t in d.text.iter().flatten() {
            add_plain(&mut doc, t);
        }
        if d.doc_type == SearchHitType::Organization {
            let toks = analyze_plain(&d.name, &crate::analysis::Compounds::default(), 0);
            doc.add_pre_tokenized_text(self.name_words, pre(&d.name, toks));
        }
        for c in concepts {
            doc.add_text(self.concepts, format!("c{c}"));
        }
        // NACE: every prefix (section letter, division, group, class) for the filter.
        let mut prefixes: Vec<String> = Vec::new();
        let mut divisions: Vec<String> = Vec::new();
        for code in &d.nace_codes {
            let mut cur = nace::get(code);
            while let Some(e) = cur {
                if !prefixes.contains(&e.code) {
                    prefixes.push(e.code.clone());
                }
                if e.level == 2 && !divisions.contains(&e.code) {
                    divisions.push(e.code.clone());
                }
                cur = e.parent.as_deref().and_then(nace::get);
            }
        }
        for p in prefixes {
            doc.add_text(self.nace, p);
        }
        for dv in divisions {
            doc.add_text(self.f_nace, dv);
        }
        doc.add_text(
            self.f_type,
            match d.doc_type {
                SearchHitType::Organization => "organization",
                SearchHitType::Opportunity => "opportunity",
            },
        );
        doc.add_text(self.f_country, &d.country);
        if let Some(r) = &d.region {
            doc.add_text(self.f_region, r);
        }
        if let Some(k) = &d.kind {
            doc.add_text(self.f_kind, k);
        }
        if let Some(s) = &d.size_class {
            doc.add_text(self.f_size, s);
        }
        if let Some(t) = &d.opportunity_type {
            doc.add_text(self.f_otype, t);
        }
        for c in &d.certifications {
            doc.add_text(self.f_cert, c);
        }
        for l in &d.languages {
            doc.add_text(self.f_lang, l);
        }
        doc.add_text(self.f_verified, if d.verified { "true" } else { "false" });
        match (d.lat, d.lon) {
            (Some(lat), Some(lon)) => {
                doc.add_f64(self.lat, lat);
                doc.add_f64(self.lon, lon);
                doc.add_u64(self.has_geo, 1);
            }
            _ => {
                doc.add_f64(self.lat, 0.0);
                doc.add_f64(self.lon, 0.0);
                doc.add_u64(self.has_geo, 0);
            }
        }
        doc.add_i64(self.updated, d.updated_at.timestamp());
        doc.add_i64(self.created, d.created_at.timestamp());
        doc.add_i64(
            self.valid_until,
            d.valid_until.map(epoch_days).unwrap_or(i64::MAX),
        );
        doc.add_u64(self.closed, d.closed as u64);
        doc.add_u64(self.opp, (d.doc_type == SearchHitType::Opportunity) as u64);
        doc.add_f64(self.complete, d.completeness);
        doc.add_u64(self.verified, d.verified as u64);
        doc
    }
}

/// Index of a language in [`LANGS`] (re-export for callers).
pub fn li(lang: Language) -> usize {
    lang_index(lang)
}
