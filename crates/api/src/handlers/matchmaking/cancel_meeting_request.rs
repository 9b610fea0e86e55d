use actix_web::{post, web};
use chrono::Utc;
use glokal_api_types::{ErrorBody, ErrorCode, MeetingRequest, MeetingRequestStatus};
use glokal_store::{events, matchmaking};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Withdraw a meeting request (its sender), while it is pending.
#[utoipa::path(
    tag = "matchmaking",
    operation_id = "cancel_meeting_request",
    params(("id" = Uuid, Path, description = "Meeting request id")),
    responses(
        (status = 200, description = "The cancelled request", body = MeetingRequest),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "The caller received it (only the sender withdraws)", body = ErrorBody),
        (status = 404, description = "No such request (or not the caller's)", body = ErrorBody),
        (status = 409, description = "Not pending any more (`meeting_request_not_pending`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/meeting-requests/{id}/cancel")]
pub async fn cancel_meeting_request(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<MeetingRequest>> {
    let row = matchmaking::request(&state.db, *id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    let (event, _, _) = super::load_event(&state.db, row.event_id, &user.0).await?;
    let me = matchmaking::participant_of_user(&state.db, event.id, user.0.id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    if me.id() == row.recipient_id {
        return Err(ApiError::Client(ErrorCode::Forbidden));
    }
    if me.id() != row.sender_id {
        return Err(ApiError::Client(ErrorCode::NotFound));
    }
    let now = Utc::now();
    let txn = glokal_store::begin_write(&state.db).await?;
    events::lock(&txn, event.id).await?;
    let row = matchmaking::request(&txn, row.id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    if row.status_at(now) != MeetingRequestStatus::Pending {
        return Err(ApiError::Client(ErrorCode::MeetingRequestNotPending));
    }
    let row = matchmaking::set_request_status(&txn, row, MeetingRequestStatus::Cancelled).await?;
    let view = super::one_request_view(&txn, row, now).await?;
    txn.commit().await?;
    tracing::info!(event = %event.id, request = %view.id, "meeting request withdrawn");
    Ok(web::Json(view))
}
