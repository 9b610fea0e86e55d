use actix_web::{post, web};
use glokal_api_types::{ErrorBody, ErrorCode, Event, EventStatus};
use glokal_store::events;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Publish a draft: it appears in the calendar and the `.ics` feed, and registration opens
/// until the deadline (organisers).
#[utoipa::path(
    tag = "events",
    operation_id = "publish_event",
    params(("id" = Uuid, Path, description = "Event id")),
    responses(
        (status = 200, description = "The published event", body = Event),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an organiser", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "Not a draft (`invalid_event_state`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/events/{id}/publish")]
pub async fn publish_event(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<Event>> {
    let (event, access) = super::load_visible(&state.db, *id, Some(&user.0)).await?;
    super::require_manage(access)?;
    if event.stored_status() != EventStatus::Draft {
        return Err(ApiError::Client(ErrorCode::InvalidEventState));
    }
    let published = events::set_status(&state.db, event, EventStatus::Published, None).await?;
    tracing::info!(event = %published.id, user_id = %user.0.id, "event published");
    Ok(web::Json(
        super::event_view(&state.db, published, access, Some(&user.0)).await?,
    ))
}
