//! One pass over the matching documents: open/expired and radius checks, the final score
//! (text relevance × profile completeness, open opportunities, distance decay), the top of
//! the page and the facet counts.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

use crate::doc::FACETS;

/// How hits are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    Relevance,
    Distance,
    Newest,
}

#[derive(Debug, Clone)]
pub struct Params {
    pub near: Option<(f64, f64)>,
    pub radius_km: Option<f64>,
    /// Skip closed and expired opportunities.
    pub open_only: bool,
    /// Today in days since the epoch.
    pub today: i64,
    pub order: Order,
    /// How many of the best to keep (offset + page size).
    pub keep: usize,
    /// Text scores count (a query with words).
    pub scored: bool,
    pub facets: bool,
}

/// One kept hit.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    pub key: f64,
    pub score: f32,
    pub distance_km: Option<f64>,
    pub expired: bool,
    pub address: DocAddress,
}

impl PartialEq for Hit {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Hit {}
impl PartialOrd for Hit {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Hit {
    /// Reversed: the heap's top is the worst kept hit. Ties: lower address first.
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .key
            .total_cmp(&self.key)
            .then_with(|| self.address.cmp(&other.address))
    }
}

pub struct Fruit {
    pub total: u64,
    /// Best first.
    pub hits: Vec<Hit>,
    pub facets: HashMap<&'static str, HashMap<String, u64>>,
}

pub struct SearchCollector {
    pub params: Params,
}

/// Great-circle distance in km.
pub fn haversine(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

impl Collector for SearchCollector {
    type Fruit = Fruit;
    type Child = SegmentSearch;

    fn for_segment(
        &self,
        segment_local_id: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentSearch> {
        let ff = reader.fast_fields();
        let mut facets = Vec::new();
        if self.params.facets {
            for (name, field) in FACETS {
                if let Some(col) = ff.str(field)? {
                    let n = col.num_terms();
                    facets.push((name, col, vec![0u64; n]));
                }
            }
        }
        Ok(SegmentSearch {
            params: self.params.clone(),
            segment: segment_local_id,
            lat: ff.f64("lat")?,
            lon: ff.f64("lon")?,
            has_geo: ff.u64("has_geo")?,
            updated: ff.i64("updated")?,
            valid_until: ff.i64("valid_until")?,
            closed: ff.u64("closed")?,
            opp: ff.u64("opp")?,
            complete: ff.f64("complete")?,
            verified: ff.u64("verified")?,
            facets,
            heap: BinaryHeap::new(),
            total: 0,
        })
    }

    fn requires_scoring(&self) -> bool {
        self.params.scored
    }

    fn merge_fruits(&self, fruits: Vec<SegmentFruit>) -> tantivy::Result<Fruit> {
        let mut total = 0;
        let mut heap: BinaryHeap<Hit> = BinaryHeap::new();
        let mut facets: HashMap<&'static str, HashMap<String, u64>> = HashMap::new();
        for f in fruits {
            total += f.total;
            for h in f.hits {
                push(&mut heap, h, self.params.keep);
            }
            for (name, counts) in f.facets {
                let entry = facets.entry(name).or_default();
                for (value, count) in counts {
                    *entry.entry(value).or_default() += count;
                }
            }
        }
        let mut hits = heap.into_vec();
        hits.sort();
        Ok(Fruit {
            total,
            hits,
            facets,
        })
    }
}

fn push(heap: &mut BinaryHeap<Hit>, hit: Hit, keep: usize) {
    if keep == 0 {
        return;
    }
    if heap.len() < keep {
        heap.push(hit);
    } else if let Some(worst) = heap.peek() {
        if hit < *worst {
            heap.pop();
            heap.push(hit);
        }
    }
}

pub struct SegmentSearch {
    params: Params,
    segment: SegmentOrdinal,
    lat: Column<f64>,
    lon: Column<f64>,
    has_geo: Column<u64>,
    updated: Column<i64>,
    valid_until: Column<i64>,
    closed: Column<u64>,
    opp: Column<u64>,
    complete: Column<f64>,
    verified: Column<u64>,
    facets: Vec<(&'static str, StrColumn, Vec<u64>)>,
    heap: BinaryHeap<Hit>,
    total: u64,
}

pub struct SegmentFruit {
    total: u64,
    hits: Vec<Hit>,
    facets: Vec<(&'static str, HashMap<String, u64>)>,
}

impl SegmentCollector for SegmentSearch {
    type Fruit = SegmentFruit;

    fn collect(&mut self, doc: DocId, score: Score) {
        let p = &self.params;
        let is_opp = self.opp.first(doc).unwrap_or(0) == 1;
        let expired = is_opp
            && (self.closed.first(doc).unwrap_or(0) == 1
                || self.valid_until.first(doc).unwrap_or(i64::MAX) < p.today);
        if expired && p.open_only {
            return;
        }
        let distance_km = match p.near {
            Some((lat, lon)) if self.has_geo.first(doc).unwrap_or(0) == 1 => Some(haversine(
                lat,
                lon,
                self.lat.first(doc).unwrap_or(0.0),
                self.lon.first(doc).unwrap_or(0.0),
            )),
            _ => None,
        };
        if let Some(radius) = p.radius_km {
            match distance_km {
                Some(d) if d <= radius => {}
                _ => return,
            }
        }
        self.total += 1;
        for (_, col, counts) in &mut self.facets {
            for ord in col.term_ords(doc) {
                if let Some(c) = counts.get_mut(ord as usize) {
                    *c += 1;
                }
            }
        }
        let text = if p.scored { score.max(0.0) as f64 } else { 1.0 };
        let complete = self.complete.first(doc).unwrap_or(0.0);
        let verified = self.verified.first(doc).unwrap_or(0) as f64;
        let mut final_score = text * (1.0 + 0.1 * complete + 0.1 * verified);
        if expired {
            final_score *= 0.5;
        }
        if let Some(d) = distance_km {
            final_score *= 0.5 + 0.5 * (-d / 50.0).exp();
        }
        let key = match p.order {
            Order::Relevance => final_score,
            Order::Distance => -distance_km.unwrap_or(f64::MAX / 4.0),
            Order::Newest => self.updated.first(doc).unwrap_or(0) as f64,
        };
        let hit = Hit {
            key,
            score: final_score as f32,
            distance_km,
            expired,
            address: DocAddress::new(self.segment, doc),
        };
        push(&mut self.heap, hit, p.keep);
    }

    fn harvest(self) -> SegmentFruit {
        let mut facets = Vec::new();
        for (name, col, counts) in self.facets {
            let mut map = HashMap::new();
            let mut buf = String::new();
            for (ord, count) in counts.into_iter().enumerate() {
                if count > 0 {
                    buf.clear();
                    if col.ord_to_str(ord as u64, &mut buf).unwrap_or(false) {
                        map.insert(buf.clone(), count);
                    }
                }
            }
            facets.push((name, map));
        }
        SegmentFruit {
            total: self.total,
            hits: self.heap.into_vec(),
            facets,
        }
    }
}
