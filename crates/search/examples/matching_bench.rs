//! `cargo xtask bench matching [--scale F]`: matching partners for one opportunity among
//! 100 000 organisations and 200 000 opportunities (× F), texts in German, Czech or English made
//! from glossary terms, NACE codes and towns of the programme area, in an on-disk index.
//!
//! Times `SearchIndex::matches` (candidate query + re-scoring + evidence) for 300 opportunities
//! of every type, and — as the baseline in the same run — a straight scan over the same
//! documents in memory computing the same evidence (shared concepts, NACE, distance, counter
//! type), which is what matching without an index would cost. Prints medians, p95 and p99 and
//! the ratio. The HTTP endpoint adds loading at most 50 organisations by primary key.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use chrono::{Days, Utc};
use glokal_api_types::SearchHitType;
use glokal_domain::reference::{nace, places};
use glokal_search::collector::haversine;
use glokal_search::glossary::glossary;
use glokal_search::matching::{counter_types, MatchSource};
use glokal_search::{IndexDoc, SearchIndex};
use uuid::Uuid;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

const TYPES: [&str; 8] = [
    "product_offer",
    "service_offer",
    "capacity_offer",
    "technology_offer",
    "supplier_request",
    "cooperation_request",
    "shortage_alert",
    "technology_request",
];

fn term(rng: &mut Rng, li: usize) -> String {
    let c = rng.pick(&glossary().concepts);
    rng.pick(&c.terms[li]).clone()
}

fn text(rng: &mut Rng, li: usize, town: &str) -> String {
    let (a, b, c) = (term(rng, li), term(rng, li), term(rng, li));
    match li {
        0 => format!("Wir bieten {a} und {b} für Industriekunden. Unser Betrieb in {town} liefert außerdem {c}."),
        1 => format!("Nabízíme {a} a {b} pro průmyslové zákazníky. Naše firma v obci {town} dodává také {c}."),
        _ => format!("We offer {a} and {b} for industrial customers. Our site in {town} also supplies {c}."),
    }
}

fn lang(rng: &mut Rng) -> usize {
    match rng.below(20) {
        0..=8 => 0,
        9..=17 => 1,
        _ => 2,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

/// What the baseline scan compares per document.
struct Flat {
    id: Uuid,
    org: Uuid,
    opp_type: Option<&'static str>,
    concepts: Vec<u32>,
    nace: Vec<String>,
    lat: f64,
    lon: f64,
}

fn main() -> anyhow::Result<()> {
    let scale: f64 = std::env::args()
        .skip_while(|a| a != "--scale")
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    let n_orgs = (100_000.0 * scale) as usize;
    let n_opps = (200_000.0 * scale) as usize;
    let mut rng = Rng(0x5eed_cafe_f00d);
    let towns: Vec<&places::Place> = places::all().iter().collect();
    let classes: Vec<String> = nace::all()
        .iter()
        .filter(|e| e.level == 4)
        .map(|e| e.code.clone())
        .collect();
    let today = Utc::now().date_naive();
    let now = Utc::now();

    println!("generating {n_orgs} organisations and {n_opps} opportunities …");
    let mut docs: Vec<IndexDoc> = Vec::with_capacity(n_orgs + n_opps);
    let mut org_places = Vec::with_capacity(n_orgs);
    for i in 0..n_orgs {
        let place = *rng.pick(&towns);
        let li = lang(&mut rng);
        let mut t: [Option<String>; 3] = [None, None, None];
        t[li] = Some(text(&mut rng, li, &place.name));
        let id = Uuid::from_u128(i as u128 + 1);
        org_places.push((id, place));
        docs.push(IndexDoc {
            doc_type: SearchHitType::Organization,
            id,
            organization_id: id,
            name: format!("Firma {i}"),
            title: [None, None, None],
            text: t,
            extra: vec![term(&mut rng, li)],
            nace_codes: vec![rng.pick(&classes).clone()],
            country: place.country.to_owned(),
            region: place.region_code.map(str::to_owned),
            town: place.name.clone(),
            kind: Some("company".into()),
            size_class: Some("small".into()),
            opportunity_type: None,
            certifications: if rng.below(5) == 0 {
                vec!["iso_9001".into()]
            } else {
                vec![]
            },
            languages: vec!["de".into()],
            verified: rng.below(4) == 0,
            closed: false,
            valid_until: None,
            created_at: now,
            updated_at: now,
            lat: Some(place.lat),
            lon: Some(place.lon),
            completeness: 0.6,
        });
    }
    for i in 0..n_opps {
        let (org, place) = org_places[rng.below(n_orgs)];
        let li = lang(&mut rng);
        let mut title: [Option<String>; 3] = [None, None, None];
        let mut body: [Option<String>; 3] = [None, None, None];
        title[li] = Some(term(&mut rng, li));
        body[li] = Some(text(&mut rng, li, &place.name));
        docs.push(IndexDoc {
            doc_type: SearchHitType::Opportunity,
            id: Uuid::from_u128((1u128 << 64) + i as u128),
            organization_id: org,
            name: "Firma".into(),
            title,
            text: body,
            extra: vec![term(&mut rng, li)],
            nace_codes: vec![rng.pick(&classes).clone()],
            country: place.country.to_owned(),
            region: place.region_code.map(str::to_owned),
            town: place.name.clone(),
            kind: Some("company".into()),
            size_class: None,
            opportunity_type: Some(TYPES[rng.below(TYPES.len())].into()),
            certifications: vec![],
            languages: vec![],
            verified: false,
            closed: rng.below(20) == 0,
            valid_until: Some(today + Days::new(1 + rng.below(120) as u64)),
            created_at: now,
            updated_at: now,
            lat: Some(place.lat),
            lon: Some(place.lon),
            completeness: 0.6,
        });
    }

    let dir = std::env::temp_dir().join(format!("glokal-matching-bench-{}", std::process::id()));
    let (index, _) = SearchIndex::open(&dir, 2)?;
    let started = Instant::now();
    for chunk in docs.chunks(20_000) {
        index.add_new(chunk)?;
    }
    index.commit(1)?;
    println!(
        "indexed {} documents in {:.1} s",
        index.num_docs(),
        started.elapsed().as_secs_f64()
    );

    // The baseline's flat copy (concepts computed once, outside the timing).
    let started = Instant::now();
    let flat: Vec<Flat> = docs
        .iter()
        .map(|d| Flat {
            id: d.id,
            org: d.organization_id,
            opp_type: d
                .opportunity_type
                .as_deref()
                .and_then(|t| TYPES.iter().find(|x| **x == t).copied()),
            concepts: d.concepts(),
            nace: d.nace_codes.clone(),
            lat: d.lat.unwrap_or(0.0),
            lon: d.lon.unwrap_or(0.0),
        })
        .collect();
    println!(
        "baseline copy prepared in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let samples: Vec<&IndexDoc> = (0..300)
        .map(|_| &docs[n_orgs + rng.below(n_opps)])
        .collect();
    let source = |d: &IndexDoc| MatchSource {
        doc: d.clone(),
        counter_types: counter_types(d.opportunity_type.as_deref().unwrap_or(""))
            .iter()
            .map(|t| (*t).to_owned())
            .collect(),
        organizations: true,
        target_countries: vec![],
        cross_border_only: false,
        max_distance_km: if d.opportunity_type.as_deref() == Some("shortage_alert") {
            Some(100.0)
        } else {
            None
        },
        certifications: vec![],
        exclude: HashSet::new(),
        limit: 20,
    };
    // Warm-up (page cache, lazy statics).
    for d in samples.iter().take(20) {
        index.matches(&source(d))?;
    }
    let mut engine = Vec::new();
    let mut found = 0usize;
    for d in &samples {
        let src = source(d);
        let t = Instant::now();
        let m = index.matches(&src)?;
        engine.push(t.elapsed());
        found += m.len();
    }
    let mut scan = Vec::new();
    for d in samples.iter().take(60) {
        let src = source(d);
        let t = Instant::now();
        let concepts = d.concepts();
        let divisions: Vec<&str> = d.nace_codes.iter().map(|c| &c[..2]).collect();
        let (lat, lon) = (d.lat.unwrap_or(0.0), d.lon.unwrap_or(0.0));
        let mut scored: Vec<(f64, Uuid)> = flat
            .iter()
            .filter(|f| f.org != d.organization_id)
            .filter(|f| match f.opp_type {
                None => true,
                Some(t) => src.counter_types.iter().any(|c| c == t),
            })
            .filter_map(|f| {
                let shared = f
                    .concepts
                    .iter()
                    .filter(|c| concepts.binary_search(c).is_ok())
                    .count();
                let nace = f.nace.iter().any(|c| divisions.contains(&&c[..2]));
                if shared == 0 && !nace {
                    return None;
                }
                let km = haversine(lat, lon, f.lat, f.lon);
                if src.max_distance_km.is_some_and(|r| km > r) {
                    return None;
                }
                Some((shared as f64 + nace as u8 as f64 + (-km / 50.0).exp(), f.id))
            })
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        scored.truncate(20);
        std::hint::black_box(&scored);
        scan.push(t.elapsed());
    }
    engine.sort();
    scan.sort();
    let (e50, e95, e99) = (
        percentile(&engine, 0.5),
        percentile(&engine, 0.95),
        percentile(&engine, 0.99),
    );
    let (s50, s95) = (percentile(&scan, 0.5), percentile(&scan, 0.95));
    println!();
    println!(
        "{:<44} {:>9} {:>9} {:>9}",
        "matching partners of one opportunity", "p50 ms", "p95 ms", "p99 ms"
    );
    println!(
        "{:<44} {:>9.2} {:>9.2} {:>9.2}",
        format!("index ({} queries)", engine.len()),
        e50,
        e95,
        e99
    );
    println!(
        "{:<44} {:>9.2} {:>9.2} {:>9}",
        format!("baseline: scan in memory ({} queries)", scan.len()),
        s50,
        s95,
        "-"
    );
    println!(
        "median ratio scan/index: {:.1}×; average suggestions per opportunity: {:.1}; goal p95 ≤ 50 ms: {}",
        s50 / e50,
        found as f64 / engine.len() as f64,
        if e95 <= 50.0 { "met" } else { "NOT met" }
    );
    drop(index);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
