use actix_web::{put, web};
use glokal_api_types::{
    CheckInRequest, ErrorBody, ErrorCode, EventStatus, RegistrationEntry, RegistrationStatus,
};
use glokal_store::events;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Mark a registered person as arrived, or undo it (organisers and co-organisers' staff).
///
/// Only confirmed registrations (409 `not_confirmed` for the waiting list), and not for drafts
/// or cancelled events (409 `invalid_event_state`). Returns the updated line of the list.
#[utoipa::path(
    tag = "events",
    operation_id = "check_in",
    params(
        ("id" = Uuid, Path, description = "Event id"),
        ("registration_id" = Uuid, Path, description = "Registration id"),
    ),
    request_body = CheckInRequest,
    responses(
        (status = 200, description = "The registration with its check-in", body = RegistrationEntry),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an organiser", body = ErrorBody),
        (status = 404, description = "No such event or registration (or cancelled)", body = ErrorBody),
        (status = 409, description = "On the waiting list (`not_confirmed`), or the event is a draft or cancelled (`invalid_event_state`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[put("/events/{id}/registrations/{registration_id}/check-in")]
pub async fn check_in(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(Uuid, Uuid)>,
    body: web::Json<CheckInRequest>,
) -> ApiResult<web::Json<RegistrationEntry>> {
    let (id, registration_id) = path.into_inner();
    let (event, access) = super::load_visible(&state.db, id, Some(&user.0)).await?;
    super::require_staff(access)?;
    let registration = events::registration(&state.db, event.id, registration_id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    match registration.registration_status() {
        RegistrationStatus::Cancelled => return Err(ApiError::Client(ErrorCode::NotFound)),
        RegistrationStatus::Waiting => return Err(ApiError::Client(ErrorCode::NotConfirmed)),
        RegistrationStatus::Confirmed => {}
    }
    if matches!(
        event.stored_status(),
        EventStatus::Draft | EventStatus::Cancelled
    ) {
        return Err(ApiError::Client(ErrorCode::InvalidEventState));
    }
    let updated = events::set_checked_in(&state.db, registration, body.checked_in).await?;
    tracing::info!(event = %event.id, registration = %updated.id, checked_in = body.checked_in, "check-in changed");
    let list = super::list_registrations::registration_list(&state.db, &event).await?;
    list.items
        .into_iter()
        .find(|e| e.id == updated.id)
        .map(web::Json)
        .ok_or(ApiError::Client(ErrorCode::NotFound))
}
