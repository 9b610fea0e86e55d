use actix_web::{post, web};
use chrono::Utc;
use glokal_api_types::{ErrorBody, ErrorCode, MeetingRating, MeetingRatingInput};
use glokal_store::matchmaking;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Rate a meeting after it took place (each side once; sending again changes the rating):
/// `no_follow_up`, `follow_up_planned`, `offer_quote`, `cooperation_agreement`. The outcomes
/// feed the programme's indicators.
#[utoipa::path(
    tag = "matchmaking",
    operation_id = "rate_meeting",
    params(("id" = Uuid, Path, description = "Meeting id (from the agenda)")),
    request_body = MeetingRatingInput,
    responses(
        (status = 200, description = "The caller's rating", body = MeetingRating),
        (status = 400, description = "Malformed JSON or unknown outcome", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 404, description = "No such meeting of the caller", body = ErrorBody),
        (status = 409, description = "Not held yet or not published (`meeting_not_held`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/meetings/{id}/rating")]
pub async fn rate_meeting(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<MeetingRatingInput>,
) -> ApiResult<web::Json<MeetingRating>> {
    let not_found = || ApiError::Client(ErrorCode::NotFound);
    let meeting = matchmaking::meeting(&state.db, *id)
        .await?
        .ok_or_else(not_found)?;
    let (event, _, settings) = super::load_configured(&state.db, meeting.event_id, &user.0).await?;
    let me = matchmaking::participant_of_user(&state.db, event.id, user.0.id)
        .await?
        .ok_or_else(not_found)?;
    let request = matchmaking::request(&state.db, meeting.request_id)
        .await?
        .ok_or_else(not_found)?;
    if request.sender_id != me.id() && request.recipient_id != me.id() {
        return Err(not_found());
    }
    let held = meeting
        .published()
        .and_then(|(slot, _, _)| settings.slots().get(slot as usize).copied())
        .is_some_and(|slot| slot.starts_at <= Utc::now());
    if !held {
        return Err(ApiError::Client(ErrorCode::MeetingNotHeld));
    }
    let txn = glokal_store::begin_write(&state.db).await?;
    let row = matchmaking::rate(&txn, meeting.id, me.id(), body.outcome).await?;
    txn.commit().await?;
    tracing::info!(meeting = %meeting.id, participant = %me.id(), outcome = ?body.outcome, "meeting rated");
    Ok(web::Json(MeetingRating {
        meeting_id: row.meeting_id,
        outcome: matchmaking::rating_outcome(&row),
        rated_at: row.created_at,
        updated_at: row.updated_at,
    }))
}
