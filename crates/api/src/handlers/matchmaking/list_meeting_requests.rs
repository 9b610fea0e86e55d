use actix_web::{get, web};
use chrono::Utc;
use glokal_api_types::{ErrorBody, MeetingRequestList};
use glokal_store::matchmaking::{self, Participant};
use glokal_store::ConnectionTrait;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// The caller's meeting requests of an event, incoming and outgoing, newest first, with their
/// state (`pending`, `accepted`, `declined`, `expired`, `cancelled`).
#[utoipa::path(
    tag = "matchmaking",
    operation_id = "list_meeting_requests",
    params(("id" = Uuid, Path, description = "Event id")),
    responses(
        (status = 200, description = "Incoming and outgoing requests", body = MeetingRequestList),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "No confirmed registration (`not_a_participant`)", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "No matchmaking at this event (`matchmaking_unavailable`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/events/{id}/meeting-requests")]
pub async fn list_meeting_requests(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<MeetingRequestList>> {
    let (event, _, _) = super::load_event(&state.db, *id, &user.0).await?;
    let me = super::require_participant(&state.db, &event, &user.0).await?;
    Ok(web::Json(requests_of(&state.db, event.id, &me).await?))
}

/// A participant's meeting requests, incoming and outgoing.
pub(crate) async fn requests_of(
    db: &impl ConnectionTrait,
    event: Uuid,
    me: &Participant,
) -> ApiResult<MeetingRequestList> {
    let rows = matchmaking::requests_of(db, event, me.id()).await?;
    let mut ids: Vec<Uuid> = rows
        .iter()
        .flat_map(|r| [r.sender_id, r.recipient_id])
        .collect();
    ids.sort();
    ids.dedup();
    let refs = matchmaking::references(db, &ids).await?;
    let now = Utc::now();
    let (outgoing, incoming): (Vec<_>, Vec<_>) =
        rows.into_iter().partition(|r| r.sender_id == me.id());
    Ok(MeetingRequestList {
        incoming: incoming
            .into_iter()
            .map(|r| super::request_view(r, &refs, now))
            .collect(),
        outgoing: outgoing
            .into_iter()
            .map(|r| super::request_view(r, &refs, now))
            .collect(),
    })
}
