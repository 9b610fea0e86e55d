use actix_web::{post, web};
use chrono::Utc;
use glokal_api_types::{ErrorBody, ErrorCode, Event, EventStatus};
use glokal_store::events;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Close registration before the deadline (organisers); the event stays in the calendar.
#[utoipa::path(
    tag = "events",
    operation_id = "close_event",
    params(("id" = Uuid, Path, description = "Event id")),
    responses(
        (status = 200, description = "The event, now `closed`", body = Event),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an organiser", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "Not published, or over (`invalid_event_state`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/events/{id}/close")]
pub async fn close_event(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<Event>> {
    let (event, access) = super::load_visible(&state.db, *id, Some(&user.0)).await?;
    super::require_manage(access)?;
    if event.stored_status() != EventStatus::Published
        || event.status_at(Utc::now()) == EventStatus::Done
    {
        return Err(ApiError::Client(ErrorCode::InvalidEventState));
    }
    let closed = events::set_status(&state.db, event, EventStatus::Closed, None).await?;
    tracing::info!(event = %closed.id, user_id = %user.0.id, "event registration closed");
    Ok(web::Json(
        super::event_view(&state.db, closed, access, Some(&user.0)).await?,
    ))
}
