//! Company registers: look a company up by its id to fill in a profile form.
//!
//! Today the Czech register ARES (`ares.rs`). Answers — records and "no such company" —
//! are kept for [`CACHE_TTL`] in a small in-memory cache (`cache.rs`), so repeated look-ups
//! of the same IČO do not hit ARES. The cache is **per process**: several server processes
//! each keep their own, and a restart empties it.

mod ares;
mod cache;

use std::time::Duration;

pub use ares::{AresClient, ARES_CONNECT_TIMEOUT, ARES_TIMEOUT};
pub use cache::LookupCache;
use glokal_api_types::CompanyRegistryRecord;
use glokal_domain::Ico;

/// How long a look-up result (found or not found) is reused.
pub const CACHE_TTL: Duration = Duration::from_secs(24 * 3600);
/// Most IČOs kept in the cache; when full, expired and then the oldest entries go.
pub const CACHE_CAPACITY: usize = 10_000;

/// Why a register look-up produced no record.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// The register answered that it has no company with this id.
    #[error("the register has no company with this id")]
    NotFound,
    /// No usable answer: timeout, connection error, 5xx or a body we cannot read.
    #[error("the register is unavailable: {0:#}")]
    Unavailable(anyhow::Error),
}

/// The Czech register (ARES) behind a cache of recent answers.
pub struct CzRegistry {
    client: AresClient,
    cache: LookupCache<Ico, Option<CompanyRegistryRecord>>,
}

impl CzRegistry {
    /// A registry talking to the ARES REST API at `base_url`
    /// (e.g. `https://ares.gov.cz/ekonomicke-subjekty-v-be/rest`).
    pub fn new(base_url: &str) -> anyhow::Result<Self> {
        Ok(CzRegistry {
            client: AresClient::new(base_url)?,
            cache: LookupCache::new(CACHE_TTL, CACHE_CAPACITY),
        })
    }

    /// The register's record of a company, from the cache when it was looked up in the last
    /// 24 hours. Failures are logged here with their cause and never cached.
    #[tracing::instrument(skip(self), fields(ico = %ico))]
    pub async fn lookup(&self, ico: &Ico) -> Result<CompanyRegistryRecord, RegistryError> {
        if let Some(cached) = self.cache.get(ico) {
            tracing::debug!(
                found = cached.is_some(),
                "company register answer from cache"
            );
            return cached.ok_or(RegistryError::NotFound);
        }
        match self.client.fetch(ico).await {
            Ok(record) => {
                self.cache.insert(ico.clone(), Some(record.clone()));
                Ok(record)
            }
            Err(RegistryError::NotFound) => {
                self.cache.insert(ico.clone(), None);
                Err(RegistryError::NotFound)
            }
            Err(RegistryError::Unavailable(cause)) => {
                tracing::warn!(error = %format!("{cause:#}"), "ARES look-up failed");
                Err(RegistryError::Unavailable(cause))
            }
        }
    }
}
