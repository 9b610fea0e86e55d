use actix_web::{post, web};
use chrono::Utc;
use glokal_api_types::{
    AnswerMeetingRequest, ErrorBody, ErrorCode, MeetingAnswer, MeetingRequest, MeetingRequestStatus,
};
use glokal_store::{events, matchmaking};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::mail::matchmaking_templates;
use crate::state::AppState;

/// Accept or decline a meeting request (its recipient), while it is pending and booking is
/// open. The sender gets a mail in their language; accepted requests are scheduled by the
/// organisers.
#[utoipa::path(
    tag = "matchmaking",
    operation_id = "answer_meeting_request",
    params(("id" = Uuid, Path, description = "Meeting request id")),
    request_body = AnswerMeetingRequest,
    responses(
        (status = 200, description = "The answered request", body = MeetingRequest),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "The caller sent it (only the recipient answers)", body = ErrorBody),
        (status = 404, description = "No such request (or not the caller's)", body = ErrorBody),
        (status = 409, description = "Not pending any more (`meeting_request_not_pending`), booking closed (`matchmaking_closed`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/meeting-requests/{id}/answer")]
pub async fn answer_meeting_request(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<AnswerMeetingRequest>,
) -> ApiResult<web::Json<MeetingRequest>> {
    let row = matchmaking::request(&state.db, *id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    let (event, _, settings) = super::load_configured(&state.db, row.event_id, &user.0).await?;
    let me = matchmaking::participant_of_user(&state.db, event.id, user.0.id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    if me.id() == row.sender_id {
        return Err(ApiError::Client(ErrorCode::Forbidden));
    }
    if me.id() != row.recipient_id {
        return Err(ApiError::Client(ErrorCode::NotFound));
    }
    let now = Utc::now();
    if row.status_at(now) != MeetingRequestStatus::Pending {
        return Err(ApiError::Client(ErrorCode::MeetingRequestNotPending));
    }
    super::require_booking_open(&event, &settings, now)?;

    let txn = glokal_store::begin_write(&state.db).await?;
    events::lock(&txn, event.id).await?;
    let row = matchmaking::request(&txn, row.id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    if row.status_at(now) != MeetingRequestStatus::Pending {
        return Err(ApiError::Client(ErrorCode::MeetingRequestNotPending));
    }
    let accepted = body.answer == MeetingAnswer::Accept;
    let status = if accepted {
        MeetingRequestStatus::Accepted
    } else {
        MeetingRequestStatus::Declined
    };
    let row = matchmaking::set_request_status(&txn, row, status).await?;
    if let Some(sender) = matchmaking::participant(&txn, event.id, row.sender_id).await? {
        let person = &sender.user;
        let mail = matchmaking_templates::meeting_answered(
            person.language(),
            &person.display_name,
            &event,
            &me.organization.name,
            accepted,
            &super::matchmaking_link(&state, event.id),
        );
        if person.email_notifications {
            state
                .mail
                .enqueue(&txn, Some(person.id), &person.email, &mail)
                .await?;
        }
    }
    let view = super::one_request_view(&txn, row, now).await?;
    txn.commit().await?;
    state.mail.kick();
    tracing::info!(event = %event.id, request = %view.id, ?status, "meeting request answered");
    Ok(web::Json(view))
}
