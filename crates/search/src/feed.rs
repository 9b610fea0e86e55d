//! Keeping an index current: a full rebuild from the database, and the follower of the
//! `search_changes` feed that every server process runs (poll every ~200 ms from its last
//! position), so several processes on one database each keep their own index current.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use chrono::Utc;
use glokal_api_types::SearchHitType;
use glokal_store::entities::{opportunity, organization};
use glokal_store::opportunities::today;
use glokal_store::organizations::Viewer;
use glokal_store::search_changes::{self, ChangedEntity};
use glokal_store::DatabaseConnection;
use uuid::Uuid;

use crate::doc::IndexDoc;
use crate::index::SearchIndex;

const PAGE: u64 = 1000;

/// A gap in the feed (a transaction that took a number but has not committed, or rolled
/// back) is waited for this long before it is skipped.
const GAP_PATIENCE: chrono::Duration = chrono::Duration::seconds(3);

fn org_doc(model: organization::Model) -> IndexDoc {
    IndexDoc::organization(&model.into_api(Viewer::Anonymous, None, None), today())
}

fn opp_doc(model: opportunity::Model, org: &organization::Model) -> IndexDoc {
    let t = today();
    let org_api = org.clone().into_api(Viewer::Anonymous, None, None);
    IndexDoc::opportunity(&model.into_api(org, None, t), Some(&org_api), t)
}

/// Rebuilds the whole index from the database; `progress(done, total)` is called as it goes.
/// Returns the number of documents.
pub async fn rebuild(
    index: &SearchIndex,
    db: &DatabaseConnection,
    mut progress: impl FnMut(u64, u64),
) -> anyhow::Result<u64> {
    // Changes after this position are replayed by the follower (idempotent).
    let start_seq = search_changes::max_seq(db).await?;
    let (orgs, opps) = search_changes::counts(db).await?;
    let total = orgs + opps;
    index.clear()?;
    let mut done = 0u64;
    let mut after = None;
    loop {
        let page = search_changes::organizations_page(db, after, PAGE).await?;
        let Some(last) = page.last() else { break };
        after = Some(last.id);
        let docs: Vec<IndexDoc> = page.into_iter().map(org_doc).collect();
        done += docs.len() as u64;
        index.add_new(&docs)?;
        progress(done, total);
    }
    let mut after = None;
    let mut org_cache: HashMap<Uuid, organization::Model> = HashMap::new();
    loop {
        let page = search_changes::opportunities_page(db, after, PAGE).await?;
        let Some(last) = page.last() else { break };
        after = Some(last.id);
        let missing: Vec<Uuid> = page
            .iter()
            .map(|o| o.organization_id)
            .filter(|id| !org_cache.contains_key(id))
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        if org_cache.len() > 20_000 {
            org_cache.clear();
        }
        for org in search_changes::organizations_by_ids(db, missing).await? {
            org_cache.insert(org.id, org);
        }
        let mut docs = Vec::with_capacity(page.len());
        for opp in page {
            if let Some(org) = org_cache.get(&opp.organization_id) {
                docs.push(opp_doc(opp, org));
            }
        }
        done += docs.len() as u64;
        index.add_new(&docs)?;
        progress(done, total);
    }
    index.commit(start_seq)?;
    Ok(done)
}

/// Re-reads the changed entities and updates the index (not committed).
pub async fn apply(
    index: &SearchIndex,
    db: &DatabaseConnection,
    changes: &[(ChangedEntity, Uuid)],
) -> anyhow::Result<()> {
    let mut seen = HashSet::new();
    for &(entity, id) in changes {
        if !seen.insert((entity, id)) {
            continue;
        }
        match entity {
            ChangedEntity::Organization => {
                let found = glokal_store::organizations::get(db, id).await?;
                match found.filter(|org| org.hidden_at.is_none()) {
                    Some(org) => {
                        // its opportunities show the organisation's place and name
                        let opps = search_changes::opportunities_of(db, id).await?;
                        let mut docs = vec![org_doc(org.clone())];
                        docs.extend(opps.into_iter().map(|o| opp_doc(o, &org)));
                        index.delete_opportunities_of(id)?;
                        index.upsert(&docs)?;
                    }
                    None => {
                        index.delete(SearchHitType::Organization, id);
                        index.delete_opportunities_of(id)?;
                    }
                }
            }
            ChangedEntity::Opportunity => {
                let found = glokal_store::opportunities::get(db, id)
                    .await
                    .context("reading an opportunity")?;
                match found {
                    Some((opp, org))
                        if !opp.is_draft()
                            && opp.hidden_at.is_none()
                            && org.hidden_at.is_none() =>
                    {
                        index.upsert(&[opp_doc(opp, &org)])?;
                    }
                    _ => index.delete(SearchHitType::Opportunity, id),
                }
            }
        }
    }
    Ok(())
}

/// The follower's memory: feed positions above the index's position already applied.
#[derive(Default)]
pub struct Follower {
    applied: HashSet<i64>,
}

impl Follower {
    /// One poll: applies new changes, commits, and moves the index's position over the
    /// contiguous part of the feed (gaps older than a few seconds are skipped). Returns the
    /// number of changes applied.
    pub async fn poll(
        &mut self,
        index: &SearchIndex,
        db: &DatabaseConnection,
    ) -> anyhow::Result<usize> {
        let watermark = index.last_seq();
        let rows = search_changes::after(db, watermark, 2000).await?;
        if rows.is_empty() {
            return Ok(0);
        }
        let fresh: Vec<(ChangedEntity, Uuid)> = rows
            .iter()
            .filter(|r| !self.applied.contains(&r.seq))
            .filter_map(|r| ChangedEntity::parse(&r.entity_type).map(|e| (e, r.entity_id)))
            .collect();
        if !fresh.is_empty() {
            apply(index, db, &fresh).await?;
        }
        let now = Utc::now();
        let mut new_mark = watermark;
        for r in &rows {
            if r.seq == new_mark + 1 || now - r.created_at > GAP_PATIENCE {
                new_mark = r.seq;
            } else {
                break;
            }
        }
        for r in &rows {
            if r.seq > new_mark {
                self.applied.insert(r.seq);
            }
        }
        self.applied.retain(|s| *s > new_mark);
        if !fresh.is_empty() || new_mark != watermark {
            index.commit(new_mark)?;
        }
        Ok(fresh.len())
    }
}

/// Opens the index state at start: rebuilds when it is new, outdated, or behind the
/// feed's oldest kept change.
pub async fn prepare(
    index: &SearchIndex,
    db: &DatabaseConnection,
    needs_rebuild: bool,
) -> anyhow::Result<bool> {
    let behind = match search_changes::min_seq(db).await? {
        Some(min) => index.last_seq() < min - 1,
        None => false,
    };
    // Written while no server ran (e.g. `glokal seed`): the numbers differ.
    let (orgs, opps) = search_changes::counts(db).await?;
    let differs = index.num_docs() != orgs + opps;
    if needs_rebuild || behind || differs {
        let n = rebuild(index, db, |_, _| {}).await?;
        tracing::info!(documents = n, "search index rebuilt");
        return Ok(true);
    }
    Ok(false)
}

/// Follows the feed until the task is dropped: a poll every `interval`, old changes pruned
/// once an hour.
pub fn spawn_follower(
    index: Arc<SearchIndex>,
    db: DatabaseConnection,
    interval: Duration,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut follower = Follower::default();
        let mut last_prune = std::time::Instant::now();
        loop {
            tokio::time::sleep(interval).await;
            if let Err(e) = follower.poll(&index, &db).await {
                tracing::warn!(error = %format!("{e:#}"), "search change feed poll failed");
            }
            if last_prune.elapsed() > Duration::from_secs(3600) {
                last_prune = std::time::Instant::now();
                let before = Utc::now() - chrono::Duration::days(7);
                if let Err(e) = search_changes::prune(&db, before).await {
                    tracing::warn!(error = %e, "pruning the search change feed failed");
                }
            }
        }
    })
}
