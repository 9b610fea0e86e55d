use actix_web::http::header::{self, CacheControl, CacheDirective};
use actix_web::{get, web, HttpResponse};
use chrono::{Duration, Utc};
use glokal_api_types::{ErrorBody, EventFeedQuery};
use glokal_i18n::t;
use glokal_store::events::{self, DraftVisibility, EventFilter};

use super::ics;
use crate::error::ApiResult;
use crate::handlers::fields::Errors;
use crate::lang::RequestLanguage;
use crate::state::AppState;

/// How far back the feed reaches.
const FEED_DAYS_BACK: i64 = 365;

/// Most events in the feed.
const FEED_LIMIT: u64 = 2000;

/// Subscribable iCalendar feed (RFC 5545) of all published events — to add to Outlook,
/// Thunderbird, Google or Apple calendars by URL.
///
/// Events of the last twelve months and all coming ones, cancelled ones with
/// `STATUS:CANCELLED`; optionally only of a country, type, language or organisation.
/// Calendar apps refresh it hourly.
#[utoipa::path(
    tag = "events",
    operation_id = "get_events_feed",
    params(EventFeedQuery),
    responses(
        (status = 200, description = "`text/calendar; charset=utf-8` with one `VEVENT` per event", body = String, content_type = "text/calendar"),
        (status = 400, description = "Malformed parameters", body = ErrorBody),
        (status = 422, description = "Invalid country or language", body = ErrorBody),
    )
)]
#[get("/events.ics")]
pub async fn get_events_feed(
    state: web::Data<AppState>,
    query: web::Query<EventFeedQuery>,
    language: RequestLanguage,
) -> ApiResult<HttpResponse> {
    let query = query.into_inner();
    let mut errors = Errors::default();
    let (country, spoken) =
        super::list_events::checked_filters(&mut errors, &query.country, &query.language);
    errors.finish(())?;
    let lang = query.lang.unwrap_or_else(|| language.or_english());
    let now = Utc::now();
    let filter = EventFilter {
        country,
        kind: query.kind,
        language: spoken,
        ends_after: Some(now - Duration::days(FEED_DAYS_BACK)),
        starts_before: None,
        organization_id: query.organization_id,
        status: None,
        drafts: DraftVisibility::None,
        now,
        offset: 0,
        limit: FEED_LIMIT,
    };
    let (rows, _) = events::list(&state.db, &filter).await?;
    let body = ics::calendar(&state, &rows, lang, Some(&t(lang, "calendar-name")));
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, ics::CONTENT_TYPE))
        .insert_header(CacheControl(vec![
            CacheDirective::Public,
            CacheDirective::MaxAge(900),
        ]))
        .body(body))
}
