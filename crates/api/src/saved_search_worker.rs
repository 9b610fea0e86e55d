//! Reports new hits of saved searches: every poll, the searches whose report is due are
//! claimed (one process wins, see `saved_searches::claim`), run against the search index for
//! what was created or published since the last report, and — when there is something new —
//! told to their owner in the notification centre and by mail (`instant` alone, `daily` and
//! `weekly` as a digest), in the owner's language, with a one-click unsubscribe link.

use std::collections::BTreeMap;
use std::time::Duration as StdDuration;

use actix_web::web;
use chrono::{DateTime, Duration, SubsecRound, Utc};
use glokal_api_types::{NotificationCategory, SearchHit, SearchHitType};
use glokal_i18n::t;
use glokal_search::Order;
use glokal_store::notifications::{self, NewNotification};
use glokal_store::saved_searches::{self, Model};
use glokal_store::{notification_preferences, users};
use tokio::sync::watch;

use crate::auth::unsubscribe::{self, Scope};
use crate::error::ApiResult;
use crate::handlers::search::search::request;
use crate::lang::RequestLanguage;
use crate::mail::alert_templates::{self, DigestLine, DigestMail};
use crate::matching::country_name;
use crate::state::AppState;

/// Hits listed in one mail or notification.
const LISTED: u32 = 10;
/// Searches reported per poll.
const BATCH: u64 = 50;
/// New documents reach the index within about a second: the window ends this much before
/// now, so nothing created just before a report is skipped for good.
const INDEX_LAG_SECONDS: i64 = 3;

/// Reports what is due now; returns how many reports found something new.
pub async fn report_due(state: &AppState, now: DateTime<Utc>) -> ApiResult<usize> {
    let mut reported = 0;
    for model in saved_searches::due(&state.db, now, BATCH).await? {
        if !saved_searches::claim(&state.db, &model, now).await? {
            continue;
        }
        match report(state, &model, now).await {
            Ok(true) => reported += 1,
            Ok(false) => {}
            Err(err) => {
                tracing::error!(saved_search = %model.id, error = ?err, "saved search report failed")
            }
        }
    }
    Ok(reported)
}

/// The end of the window reported now (whole seconds, as the index stores them).
fn window_end(now: DateTime<Utc>) -> DateTime<Utc> {
    (now - Duration::seconds(INDEX_LAG_SECONDS)).trunc_subsecs(0)
}

async fn report(state: &AppState, model: &Model, now: DateTime<Utc>) -> ApiResult<bool> {
    // Saved less than the index lag ago: nothing to look at yet.
    let until = window_end(now).max(model.checked_until);
    if until == model.checked_until {
        saved_searches::finish(&state.db, model, until, 0, false).await?;
        return Ok(false);
    }
    let Some(owner) = users::find_by_id(&state.db, model.user_id).await? else {
        return Ok(false);
    };
    let lang = owner.language();
    let results = match request(model.query(), RequestLanguage(Some(lang))) {
        Ok(mut req) => {
            req.lang = lang;
            req.page = 1;
            req.per_page = LISTED;
            req.facets = false;
            req.order = Some(Order::Newest);
            req.created_between = Some((model.checked_until.timestamp(), until.timestamp()));
            Some(state.search.search(&req)?)
        }
        // Stored before a rule changed (e.g. a region code): nothing to report.
        Err(_) => None,
    };
    let Some(results) = results.filter(|r| r.total > 0) else {
        saved_searches::finish(&state.db, model, until, 0, false).await?;
        return Ok(false);
    };
    let channels = notification_preferences::channels(
        &state.db,
        owner.id,
        NotificationCategory::SavedSearches,
    )
    .await?;
    let base = state.settings.public_url.trim_end_matches('/');
    let txn = glokal_store::begin_write(&state.db).await?;
    let titles: Vec<String> = results
        .hits
        .iter()
        .take(3)
        .map(|h| h.title.clone())
        .collect();
    let count = results.total;
    let search_path = search_path(model);
    if channels.in_app {
        notifications::create(
            &txn,
            NewNotification {
                user_id: owner.id,
                kind: "saved_search".to_owned(),
                title_key: Some("notification-saved-search-title".to_owned()),
                body_key: Some("notification-saved-search-body".to_owned()),
                params: BTreeMap::from([
                    ("count".to_owned(), count.to_string()),
                    ("search".to_owned(), model.name.clone()),
                    ("titles".to_owned(), titles.join(", ")),
                    ("saved_search_id".to_owned(), model.id.to_string()),
                ]),
                texts: None,
                link: Some(search_path.clone()),
                group_key: Some(format!("saved_search:{}", model.id)),
                hidden: false,
            },
        )
        .await?;
    }
    let mailed = channels.email && model.email && owner.email_verified_at.is_some();
    if mailed {
        let token = unsubscribe::issue(
            &state.settings.jwt_secret,
            owner.id,
            Scope::SavedSearch(model.id),
        );
        let lines: Vec<DigestLine> = results
            .hits
            .iter()
            .map(|h| digest_line(h, lang, base))
            .collect();
        let mail = alert_templates::saved_search(
            lang,
            &owner.display_name,
            &DigestMail {
                search: &model.name,
                total: count,
                lines: &lines,
                search_link: &format!("{base}{search_path}"),
                unsubscribe: &format!("{base}/unsubscribe?token={token}"),
            },
        );
        state
            .mail
            .enqueue_with_unsubscribe(
                &txn,
                Some(owner.id),
                &owner.email,
                &mail,
                &format!("{base}/api/v1/unsubscribe?token={token}"),
            )
            .await?;
    }
    saved_searches::finish(
        &txn,
        model,
        until,
        u32::try_from(count).unwrap_or(u32::MAX),
        true,
    )
    .await?;
    txn.commit().await?;
    if mailed {
        state.mail.kick();
    }
    tracing::info!(saved_search = %model.id, hits = count, mailed, "saved search reported");
    Ok(true)
}

/// The SPA's search page with the saved parameters.
fn search_path(model: &Model) -> String {
    let query = serde_urlencoded::to_string(model.query()).unwrap_or_default();
    // `None` values serialise as empty parameters: leave them out.
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.ends_with('='))
        .collect();
    format!("/search?{}", kept.join("&"))
}

fn digest_line(h: &SearchHit, lang: glokal_api_types::Language, base: &str) -> DigestLine {
    let (path, detail) = match h.hit_type {
        SearchHitType::Organization => (
            format!("/organizations/{}", h.id),
            format!("{}, {}", h.town, country_name(lang, &h.country)),
        ),
        SearchHitType::Opportunity => (
            format!("/opportunities/{}", h.id),
            format!(
                "{} · {}, {}{}",
                h.opportunity_type
                    .map(|ty| t(lang, &format!("opp-type-{}", ty.as_str())))
                    .unwrap_or_default(),
                h.organization_name.clone().unwrap_or_default(),
                h.town,
                if h.country.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", h.country)
                },
            ),
        ),
    };
    DigestLine {
        title: h.title.clone(),
        detail,
        link: format!("{base}{path}"),
    }
}

/// Runs [`report_due`] every `every` until `shutdown` turns true.
pub async fn run(
    state: web::Data<AppState>,
    mut shutdown: watch::Receiver<bool>,
    every: StdDuration,
) {
    loop {
        if let Err(err) = report_due(&state, Utc::now()).await {
            tracing::error!(error = ?err, "saved search reports failed; retrying later");
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            return;
        }
    }
}
