//! A small time-limited in-memory cache with a size cap.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Values kept for `ttl` after they were stored, at most `capacity` of them; when full,
/// expired entries are dropped first, then the oldest. Per process, never persisted.
pub struct LookupCache<K, V> {
    entries: Mutex<HashMap<K, (Instant, V)>>,
    ttl: Duration,
    capacity: usize,
}

impl<K: Hash + Eq + Clone, V: Clone> LookupCache<K, V> {
    /// An empty cache.
    pub fn new(ttl: Duration, capacity: usize) -> Self {
        LookupCache {
            entries: Mutex::new(HashMap::new()),
            ttl,
            capacity: capacity.max(1),
        }
    }

    /// The value stored for `key`, unless it has expired.
    pub fn get(&self, key: &K) -> Option<V> {
        self.get_at(key, Instant::now())
    }

    /// Stores `value` for `key` from now on.
    pub fn insert(&self, key: K, value: V) {
        self.insert_at(key, value, Instant::now());
    }

    /// Number of entries (expired ones included until they are evicted).
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether nothing is stored.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<K, (Instant, V)>> {
        // A panic while holding the lock cannot leave the map half-updated in a harmful way.
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn get_at(&self, key: &K, now: Instant) -> Option<V> {
        let mut entries = self.lock();
        match entries.get(key) {
            Some((stored, value)) if now.saturating_duration_since(*stored) < self.ttl => {
                Some(value.clone())
            }
            Some(_) => {
                entries.remove(key);
                None
            }
            None => None,
        }
    }

    fn insert_at(&self, key: K, value: V, now: Instant) {
        let mut entries = self.lock();
        if entries.len() >= self.capacity && !entries.contains_key(&key) {
            entries.retain(|_, (stored, _)| now.saturating_duration_since(*stored) < self.ttl);
            if entries.len() >= self.capacity {
                let oldest = entries
                    .iter()
                    .min_by_key(|(_, (stored, _))| *stored)
                    .map(|(k, _)| k.clone());
                if let Some(oldest) = oldest {
                    entries.remove(&oldest);
                }
            }
        }
        entries.insert(key, (now, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_expire_after_the_ttl() {
        let cache = LookupCache::new(Duration::from_secs(60), 10);
        let start = Instant::now();
        cache.insert_at("a", 1, start);
        assert_eq!(cache.get_at(&"a", start + Duration::from_secs(59)), Some(1));
        assert_eq!(cache.get_at(&"a", start + Duration::from_secs(60)), None);
        assert!(
            cache.is_empty(),
            "an expired entry is removed when it is read"
        );
        assert_eq!(cache.get(&"b"), None);
    }

    #[test]
    fn a_full_cache_drops_expired_then_oldest_entries() {
        let cache = LookupCache::new(Duration::from_secs(60), 3);
        let start = Instant::now();
        cache.insert_at("old", 1, start);
        cache.insert_at("b", 2, start + Duration::from_secs(30));
        cache.insert_at("c", 3, start + Duration::from_secs(40));
        // "old" has expired at 70 s: it makes room.
        let later = start + Duration::from_secs(70);
        cache.insert_at("d", 4, later);
        assert_eq!(cache.len(), 3);
        assert_eq!(cache.get_at(&"old", later), None);
        // Nothing expired at 75 s: the oldest ("b") goes.
        let later = start + Duration::from_secs(75);
        cache.insert_at("e", 5, later);
        assert_eq!(cache.len(), 3);
        assert_eq!(cache.get_at(&"b", later), None);
        assert_eq!(cache.get_at(&"c", later), Some(3));
        // Replacing an existing key never evicts another.
        cache.insert_at("c", 6, later);
        assert_eq!(cache.len(), 3);
        assert_eq!(cache.get_at(&"c", later), Some(6));
    }
}
