use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::{get, web, HttpResponse};
use glokal_api_types::{ApiScope, CalendarQuery, ErrorBody};
use uuid::Uuid;

use super::ics;
use crate::auth::Caller;
use crate::error::ApiResult;
use crate::lang::RequestLanguage;
use crate::state::AppState;

/// One event as an iCalendar file (RFC 5545) to add to a calendar.
///
/// Texts in `lang` (else `Accept-Language`), falling back to a language the organiser wrote;
/// times in UTC; `STATUS:CANCELLED` once cancelled. Drafts only for their organisers' members.
#[utoipa::path(
    tag = "events",
    operation_id = "get_event_ics",
    params(("id" = Uuid, Path, description = "Event id"), CalendarQuery),
    responses(
        (status = 403, description = "An API token without `events:read` (`insufficient_scope`)", body = ErrorBody),
        (status = 200, description = "`text/calendar; charset=utf-8` with one `VEVENT`", body = String, content_type = "text/calendar"),
        (status = 400, description = "Unknown `lang`", body = ErrorBody),
        (status = 401, description = "An access token was sent but is invalid or expired", body = ErrorBody),
        (status = 404, description = "No such event (or a draft of others)", body = ErrorBody),
    ),
    security((), ("bearer_auth" = []), ("api_token" = ["events:read"]))
)]
#[get("/events/{id}/ics")]
pub async fn get_event_ics(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    query: web::Query<CalendarQuery>,
    language: RequestLanguage,
) -> ApiResult<HttpResponse> {
    caller.require_scope(ApiScope::EventsRead)?;
    let (event, _) = super::load_visible(&state.db, *id, caller.user.as_ref()).await?;
    let lang = query.lang.unwrap_or_else(|| language.or_english());
    let body = ics::calendar(&state, std::slice::from_ref(&event), lang, None);
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, ics::CONTENT_TYPE))
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(format!(
                "glokal-event-{}.ics",
                event.id
            ))],
        })
        .body(body))
}
