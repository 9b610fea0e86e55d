use actix_web::{delete, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode, EventStatus};
use glokal_store::events;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Delete a draft (organisers). Published events are cancelled instead, so registered people
/// are told.
#[utoipa::path(
    tag = "events",
    operation_id = "delete_event",
    params(("id" = Uuid, Path, description = "Event id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an organiser", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "Not a draft (`invalid_event_state`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[delete("/events/{id}")]
pub async fn delete_event(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let (event, access) = super::load_visible(&state.db, *id, Some(&user.0)).await?;
    super::require_manage(access)?;
    if event.stored_status() != EventStatus::Draft {
        return Err(ApiError::Client(ErrorCode::InvalidEventState));
    }
    events::delete(&state.db, event.id).await?;
    tracing::info!(event = %event.id, user_id = %user.0.id, "draft event deleted");
    Ok(HttpResponse::NoContent().finish())
}
