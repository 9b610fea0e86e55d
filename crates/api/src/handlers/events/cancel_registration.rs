use actix_web::{delete, web, HttpResponse};
use chrono::Utc;
use glokal_api_types::{ErrorBody, ErrorCode, EventStatus, RegistrationStatus};
use glokal_store::events;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Cancel a registration: one's own, or anybody's for organisers.
///
/// A freed place goes to the first person on the waiting list, who is told by mail (with
/// the `.ics`). Cancelling twice is harmless; registrations of events that are over stay.
#[utoipa::path(
    tag = "events",
    operation_id = "cancel_registration",
    params(
        ("id" = Uuid, Path, description = "Event id"),
        ("registration_id" = Uuid, Path, description = "Registration id"),
    ),
    responses(
        (status = 204, description = "Cancelled"),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Neither one's own registration nor an organiser", body = ErrorBody),
        (status = 404, description = "No such event or registration", body = ErrorBody),
        (status = 409, description = "The event is over (`invalid_event_state`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[delete("/events/{id}/registrations/{registration_id}")]
pub async fn cancel_registration(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(Uuid, Uuid)>,
) -> ApiResult<HttpResponse> {
    let (id, registration_id) = path.into_inner();
    let (event, access) = super::load_visible(&state.db, id, Some(&user.0)).await?;
    let registration = events::registration(&state.db, event.id, registration_id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    if registration.user_id != user.0.id {
        super::require_staff(access)?;
    }
    if registration.registration_status() == RegistrationStatus::Cancelled {
        return Ok(HttpResponse::NoContent().finish());
    }
    let now = Utc::now();
    if event.status_at(now) == EventStatus::Done {
        return Err(ApiError::Client(ErrorCode::InvalidEventState));
    }
    let txn = glokal_store::begin_write(&state.db).await?;
    events::lock(&txn, event.id).await?;
    // Read again under the lock: capacity and registration may have changed meanwhile.
    let event = events::get(&txn, event.id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    let Some(registration) = events::registration(&txn, event.id, registration_id).await? else {
        return Err(ApiError::Client(ErrorCode::NotFound));
    };
    if registration.registration_status() == RegistrationStatus::Cancelled {
        return Ok(HttpResponse::NoContent().finish());
    }
    let was = registration.registration_status();
    events::set_registration_status(&txn, registration, RegistrationStatus::Cancelled).await?;
    let promoted = if was == RegistrationStatus::Confirmed {
        super::promote_waiting(&state, &txn, &event, now).await?
    } else {
        0
    };
    txn.commit().await?;
    if promoted > 0 {
        state.mail.kick();
    }
    tracing::info!(event = %event.id, registration = %registration_id, by = %user.0.id, promoted, "registration cancelled");
    Ok(HttpResponse::NoContent().finish())
}
