use actix_web::{get, web};
use chrono::{Datelike, Utc};
use glokal_api_types::{ApiScope, ErrorBody, EventPage, EventQuery, Role};
use glokal_domain::reference::spoken_languages;
use glokal_store::events::{self, DraftVisibility, EventFilter};
use glokal_store::organizations;

use super::local_time;
use crate::auth::Caller;
use crate::error::ApiResult;
use crate::handlers::fields::{country_code, Errors};
use crate::state::AppState;

/// The event calendar: events by start, filtered by country of the venue, type, language,
/// days (`from`/`to`, local time) and organiser or co-organiser.
///
/// Public. Drafts appear only for members of their organising organisations (and admins);
/// `status` selects one state (`published`, `closed`, `done`, `cancelled`, `draft`).
#[utoipa::path(
    tag = "events",
    operation_id = "list_events",
    params(EventQuery),
    responses(
        (status = 403, description = "An API token without `events:read` (`insufficient_scope`)", body = ErrorBody),
        (status = 200, description = "One page of events", body = EventPage),
        (status = 400, description = "Malformed parameters (e.g. a date that is not `YYYY-MM-DD`)", body = ErrorBody),
        (status = 401, description = "An access token was sent but is invalid or expired", body = ErrorBody),
        (status = 422, description = "Invalid country or language, `to` before `from`, days or `limit` out of range", body = ErrorBody),
    ),
    security((), ("bearer_auth" = []), ("api_token" = ["events:read"]))
)]
#[get("/events")]
pub async fn list_events(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<EventQuery>,
) -> ApiResult<web::Json<EventPage>> {
    caller.require_scope(ApiScope::EventsRead)?;
    let query = query.into_inner();
    let mut errors = Errors::default();
    let (country, language) = checked_filters(&mut errors, &query.country, &query.language);
    let limit = query.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        errors.add("limit", "out_of_range");
    }
    for (field, day) in [("from", query.from), ("to", query.to)] {
        if day.is_some_and(|d| !(1900..=2200).contains(&d.year())) {
            errors.add(field, "out_of_range");
        }
    }
    if let (Some(from), Some(to)) = (query.from, query.to) {
        if to < from {
            errors.add("to", "out_of_range");
        }
    }
    errors.finish(())?;
    let drafts = match &caller.user {
        None => DraftVisibility::None,
        Some(user) if user.role() == Role::PlatformAdmin => DraftVisibility::All,
        Some(user) => DraftVisibility::Of(
            organizations::memberships(&state.db, user.id)
                .await?
                .into_iter()
                .map(|(org, _)| org.id)
                .collect(),
        ),
    };
    let offset = query.offset.unwrap_or(0);
    let now = Utc::now();
    let filter = EventFilter {
        country,
        kind: query.kind,
        language,
        ends_after: query.from.map(local_time::day_start),
        starts_before: query
            .to
            .and_then(|d| d.succ_opt())
            .map(local_time::day_start),
        organization_id: query.organization_id,
        status: query.status,
        drafts,
        now,
        offset,
        limit,
    };
    let (rows, total) = events::list(&state.db, &filter).await?;
    Ok(web::Json(EventPage {
        items: summaries(&state.db, rows, now).await?,
        total,
        offset,
        limit,
    }))
}

/// Country and language filters, normalised (`invalid_country`, `unknown_language`).
pub(crate) fn checked_filters(
    errors: &mut Errors,
    country: &Option<String>,
    language: &Option<String>,
) -> (Option<String>, Option<String>) {
    let country = country
        .as_deref()
        .filter(|c| !c.trim().is_empty())
        .map(|c| country_code(errors, "country", c));
    let language = language
        .as_deref()
        .map(|l| l.trim().to_ascii_lowercase())
        .filter(|l| !l.is_empty());
    if language
        .as_deref()
        .is_some_and(|l| !spoken_languages::is_known(l))
    {
        errors.add("language", "unknown_language");
    }
    (country, language)
}

/// List entries with organiser names and free places.
pub(crate) async fn summaries(
    db: &impl glokal_store::ConnectionTrait,
    rows: Vec<glokal_store::entities::event::Model>,
    now: chrono::DateTime<Utc>,
) -> ApiResult<Vec<glokal_api_types::EventSummary>> {
    let ids: Vec<_> = rows.iter().map(|e| e.id).collect();
    let mut org_ids: Vec<_> = rows.iter().map(|e| e.organization_id).collect();
    org_ids.sort();
    org_ids.dedup();
    let names = events::organization_names(db, &org_ids).await?;
    let counts = events::counts(db, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|e| {
            let organizer = super::organizer(&names, e.organization_id);
            let counts = super::counts_of(&counts, e.id);
            e.into_summary(organizer, counts, now)
        })
        .collect())
}
