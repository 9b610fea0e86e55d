//! Reference data: NACE Rev. 2 and regions (loaded once per visit and kept), places (autocomplete).

use std::cell::RefCell;
use std::sync::Arc;
use std::thread::LocalKey;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use glokal_api_types::{Language, NaceItem, PlaceItem, RegionItem};
use glokal_domain::reference::fold;

use super::query::QueryString;
use super::{Api, ApiClientError};

type Cached<T> = Shared<LocalBoxFuture<'static, Result<Arc<T>, ApiClientError>>>;
type Slot<T> = RefCell<Option<Cached<T>>>;

thread_local! {
    static NACE: Slot<NaceIndex> = const { RefCell::new(None) };
    static REGIONS: Slot<Vec<RegionItem>> = const { RefCell::new(None) };
}

/// All NACE entries in official order, with folded labels for searching.
pub struct NaceIndex {
    pub items: Vec<NaceItem>,
    /// `code de cs en`, lower-case without diacritics.
    folded: Vec<String>,
}

impl NaceIndex {
    fn new(items: Vec<NaceItem>) -> Self {
        let folded = items
            .iter()
            .map(|item| {
                fold(&format!(
                    "{} {} {} {}",
                    item.code, item.label.de, item.label.cs, item.label.en
                ))
            })
            .collect();
        Self { items, folded }
    }

    /// The entry of a code.
    pub fn get(&self, code: &str) -> Option<&NaceItem> {
        self.items.iter().find(|item| item.code == code)
    }

    /// `22.29 – label` in `lang`, or the bare code when unknown.
    pub fn label(&self, code: &str, lang: Language) -> String {
        match self.get(code) {
            Some(item) => format!("{} – {}", item.code, label_in(&item.label, lang)),
            None => code.to_owned(),
        }
    }

    /// Entries of at least `min_level` whose code starts with the query or whose labels (in any
    /// language, diacritics ignored) contain every word of it; at most `limit`.
    pub fn search(&self, query: &str, min_level: u8, limit: usize) -> Vec<&NaceItem> {
        let query = fold(query.trim());
        let words: Vec<&str> = query.split_whitespace().collect();
        if words.is_empty() {
            return Vec::new();
        }
        self.items
            .iter()
            .zip(&self.folded)
            .filter(|(item, folded)| {
                item.level >= min_level
                    && (item.code.starts_with(query.as_str())
                        || words.iter().all(|w| folded.contains(w)))
            })
            .map(|(item, _)| item)
            .take(limit)
            .collect()
    }
}

/// A reference label in one language.
pub fn label_in(labels: &glokal_api_types::Labels, lang: Language) -> &str {
    match lang {
        Language::De => &labels.de,
        Language::Cs => &labels.cs,
        Language::En => &labels.en,
    }
}

/// Loads once and shares the result with every caller; a failure is forgotten so the next
/// caller tries again.
async fn cached<T: 'static>(
    slot: &'static LocalKey<Slot<T>>,
    load: impl FnOnce() -> LocalBoxFuture<'static, Result<T, ApiClientError>>,
) -> Result<Arc<T>, ApiClientError> {
    let shared = slot.with(|slot| {
        slot.borrow_mut()
            .get_or_insert_with(|| {
                load()
                    .map(|result| result.map(Arc::new))
                    .boxed_local()
                    .shared()
            })
            .clone()
    });
    let result = shared.await;
    if result.is_err() {
        slot.with(|slot| slot.borrow_mut().take());
    }
    result
}

impl Api {
    /// `GET /reference/nace`: all 996 entries, loaded once.
    pub async fn nace(self) -> Result<Arc<NaceIndex>, ApiClientError> {
        cached(&NACE, move || {
            async move {
                self.get::<Vec<NaceItem>>("/reference/nace", false)
                    .await
                    .map(NaceIndex::new)
            }
            .boxed_local()
        })
        .await
    }

    /// `GET /reference/regions`: the programme area's regions first, loaded once.
    pub async fn regions(self) -> Result<Arc<Vec<RegionItem>>, ApiClientError> {
        cached(&REGIONS, move || {
            async move { self.get("/reference/regions", false).await }.boxed_local()
        })
        .await
    }

    /// `GET /reference/places`: towns whose name (or another name of them) starts with `q`.
    pub async fn places(self, q: &str, limit: u32) -> Result<Vec<PlaceItem>, ApiClientError> {
        let mut qs = QueryString::default();
        qs.text("q", Some(q));
        qs.number("limit", Some(f64::from(limit)));
        self.get(&format!("/reference/places{}", qs.finish()), false)
            .await
    }
}
