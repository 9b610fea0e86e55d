use actix_web::{post, web, HttpResponse};
use chrono::{Duration, Utc};
use glokal_api_types::{
    ErrorBody, ErrorCode, MeetingRequest, MeetingRequestInput, MeetingRequestStatus,
};
use glokal_store::{events, matchmaking};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::handlers::fields::{multiline, Errors};
use crate::mail::matchmaking_templates;
use crate::state::AppState;

/// Ask another participant for a meeting, with a message (at most 1000 characters).
///
/// The recipient gets a mail in their language and answers until the request expires (after
/// the event's `request_expiry_hours`, at the latest at the booking deadline); an expired
/// request blocks nobody. One open, accepted or declined request per pair (409
/// `meeting_request_exists`; the declined side may still ask the other way round). Not to
/// oneself or one's own organisation (422), only to participants (404).
#[utoipa::path(
    tag = "matchmaking",
    operation_id = "request_meeting",
    params(("id" = Uuid, Path, description = "Event id")),
    request_body = MeetingRequestInput,
    responses(
        (status = 201, description = "The request, pending", body = MeetingRequest),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "The caller is no participant (`not_a_participant`)", body = ErrorBody),
        (status = 404, description = "No such event, or the recipient is no participant", body = ErrorBody),
        (status = 409, description = "Booking closed (`matchmaking_closed`), no matchmaking (`matchmaking_unavailable`), already a request between the two (`meeting_request_exists`)", body = ErrorBody),
        (status = 422, description = "To oneself (`cannot_request_self`), to one's own organisation (`own_organization`), message too long", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/events/{id}/meeting-requests")]
pub async fn request_meeting(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<MeetingRequestInput>,
) -> ApiResult<HttpResponse> {
    let (event, _, settings) = super::load_configured(&state.db, *id, &user.0).await?;
    let sender = super::require_participant(&state.db, &event, &user.0).await?;
    let body = body.into_inner();
    let mut errors = Errors::default();
    let message = multiline(&mut errors, "message", body.message, 1000);
    if body.to_participant_id == sender.id() {
        errors.add("to_participant_id", "cannot_request_self");
    }
    errors.finish(())?;
    let recipient = matchmaking::participant(&state.db, event.id, body.to_participant_id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    if recipient.organization.id == sender.organization.id {
        return Err(ApiError::field("to_participant_id", "own_organization"));
    }
    let now = Utc::now();
    super::require_booking_open(&event, &settings, now)?;

    let txn = glokal_store::begin_write(&state.db).await?;
    // One request after the other per event: the duplicate check cannot interleave.
    events::lock(&txn, event.id).await?;
    let blocking = matchmaking::requests_between(&txn, sender.id(), recipient.id())
        .await?
        .into_iter()
        .any(|r| match r.status_at(now) {
            MeetingRequestStatus::Pending | MeetingRequestStatus::Accepted => true,
            MeetingRequestStatus::Declined => r.sender_id == sender.id(),
            MeetingRequestStatus::Expired | MeetingRequestStatus::Cancelled => false,
        });
    if blocking {
        return Err(ApiError::Client(ErrorCode::MeetingRequestExists));
    }
    let expires_at = (now + Duration::hours(i64::from(settings.request_expiry_hours.max(1))))
        .min(settings.booking_deadline);
    let row = matchmaking::create_request(
        &txn,
        event.id,
        sender.id(),
        recipient.id(),
        message.clone(),
        expires_at,
    )
    .await?;
    let person = &recipient.user;
    let mail = matchmaking_templates::meeting_requested(
        person.language(),
        &person.display_name,
        &event,
        &sender.organization.name,
        &sender.organization.country,
        message.as_deref(),
        expires_at,
        &super::matchmaking_link(&state, event.id),
    );
    if person.email_notifications {
        state
            .mail
            .enqueue(&txn, Some(person.id), &person.email, &mail)
            .await?;
    }
    let view = super::one_request_view(&txn, row, now).await?;
    txn.commit().await?;
    state.mail.kick();
    tracing::info!(event = %event.id, request = %view.id, "meeting requested");
    Ok(HttpResponse::Created().json(view))
}
