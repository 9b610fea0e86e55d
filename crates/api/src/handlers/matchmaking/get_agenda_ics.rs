use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::{get, web, HttpResponse};
use glokal_api_types::{CalendarQuery, ErrorBody};
use uuid::Uuid;

use super::agenda::{self, Version};
use super::ScheduleData;
use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::handlers::events::ics;
use crate::lang::RequestLanguage;
use crate::state::AppState;

/// The caller's published meetings as an iCalendar file (RFC 5545): one `VEVENT` per meeting
/// with the table and the venue as location and the contact person in the description.
#[utoipa::path(
    tag = "matchmaking",
    operation_id = "get_agenda_ics",
    params(("id" = Uuid, Path, description = "Event id"), CalendarQuery),
    responses(
        (status = 200, description = "`text/calendar; charset=utf-8`, one `VEVENT` per meeting", body = String, content_type = "text/calendar"),
        (status = 400, description = "Unknown `lang`", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "No confirmed registration (`not_a_participant`)", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "No matchmaking set up (`matchmaking_unavailable`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/events/{id}/agenda.ics")]
pub async fn get_agenda_ics(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    query: web::Query<CalendarQuery>,
    language: RequestLanguage,
) -> ApiResult<HttpResponse> {
    let (event, _, settings) = super::load_configured(&state.db, *id, &user.0).await?;
    let me = super::require_participant(&state.db, &event, &user.0).await?;
    let lang = query
        .lang
        .unwrap_or_else(|| super::viewer_language(language, &user.0));
    let data = ScheduleData::load(&state.db, event.id).await?;
    let slots = settings.slots();
    let entries = agenda::entries(
        me.id(),
        Version::Published,
        &data.meetings,
        &data.requests,
        &data.participants,
        &slots,
    );
    let body = agenda::calendar(&state, &event, &settings, &entries, &[], lang);
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, ics::CONTENT_TYPE))
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(format!(
                "glokal-agenda-{}.ics",
                event.id
            ))],
        })
        .body(body))
}
