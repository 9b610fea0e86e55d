//! Reference data: NACE Rev. 2, regions, certifications and spoken languages (loaded once per
//! visit and kept), places (autocomplete).

use std::any::Any;
use std::cell::RefCell;
use std::sync::Arc;

use futures::future::{FutureExt, LocalBoxFuture, Shared};
use glokal_api_types::{
    CertificationItem, Language, LanguageItem, NaceItem, PlaceItem, RegionItem, ServerInfo,
};
use glokal_domain::reference::fold;

use super::query::QueryString;
use super::{Api, ApiClientError};

type Value = Arc<dyn Any + Send + Sync>;
type Cached = Shared<LocalBoxFuture<'static, Result<Value, ApiClientError>>>;

thread_local! {
    /// Lists loaded (or being loaded) in this visit, by API path. Type-erased, so that the
    /// sharing machinery exists once in the bundle, not once per list.
    static CACHE: RefCell<Vec<(&'static str, Cached)>> = const { RefCell::new(Vec::new()) };
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
async fn cached<T: Send + Sync + 'static>(
    path: &'static str,
    load: LocalBoxFuture<'static, Result<T, ApiClientError>>,
) -> Result<Arc<T>, ApiClientError> {
    let erased = load
        .map(|result| result.map(|value| Arc::new(value) as Value))
        .boxed_local();
    let value = shared(path, erased).await?;
    value
        .downcast::<T>()
        .map_err(|_| ApiClientError::Unexpected { status: 0 })
}

/// The one shared load of `path` (started with `load` unless one exists already).
async fn shared(
    path: &'static str,
    load: LocalBoxFuture<'static, Result<Value, ApiClientError>>,
) -> Result<Value, ApiClientError> {
    let future = CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        match cache.iter().find(|(key, _)| *key == path) {
            Some((_, future)) => future.clone(),
            None => {
                let future = load.shared();
                cache.push((path, future.clone()));
                future
            }
        }
    });
    let result = future.await;
    if result.is_err() {
        CACHE.with(|cache| cache.borrow_mut().retain(|(key, _)| *key != path));
    }
    result
}

impl Api {
    /// `GET /reference/nace`: all 996 entries, loaded once.
    pub async fn nace(self) -> Result<Arc<NaceIndex>, ApiClientError> {
        let path = "/reference/nace";
        let load = async move {
            self.get::<Vec<NaceItem>>(path, false)
                .await
                .map(NaceIndex::new)
        };
        cached(path, load.boxed_local()).await
    }

    /// `GET /reference/regions`: the programme area's regions first, loaded once.
    pub async fn regions(self) -> Result<Arc<Vec<RegionItem>>, ApiClientError> {
        self.list("/reference/regions").await
    }

    /// `GET /reference/certifications`: the certification schemes, loaded once.
    pub async fn certifications(self) -> Result<Arc<Vec<CertificationItem>>, ApiClientError> {
        self.list("/reference/certifications").await
    }

    /// `GET /reference/languages`: the languages organisations and people can speak, loaded once.
    pub async fn languages(self) -> Result<Arc<Vec<LanguageItem>>, ApiClientError> {
        self.list("/reference/languages").await
    }

    /// `GET /info`: product name, version, languages, password policy, map tiles; loaded once.
    pub async fn info(self) -> Result<Arc<ServerInfo>, ApiClientError> {
        self.list("/info").await
    }

    /// A JSON answer that does not change during a visit, loaded once.
    async fn list<T: serde::de::DeserializeOwned + Send + Sync + 'static>(
        self,
        path: &'static str,
    ) -> Result<Arc<T>, ApiClientError> {
        cached(path, self.get::<T>(path, false).boxed_local()).await
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
