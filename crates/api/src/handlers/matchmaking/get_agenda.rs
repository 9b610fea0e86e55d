use actix_web::{get, web};
use glokal_api_types::{Agenda, ErrorBody};
use glokal_store::entities::event;
use glokal_store::matchmaking::{self, Participant, Settings};
use glokal_store::ConnectionTrait;
use uuid::Uuid;

use super::agenda::{self, Version};
use super::ScheduleData;
use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// The caller's published meetings, by time: slot, table (interpreter table or not, and whether
/// an interpreter is missing), the other side's organisation and contact person, and the
/// caller's rating once given. Only one's own agenda.
#[utoipa::path(
    tag = "matchmaking",
    operation_id = "get_agenda",
    params(("id" = Uuid, Path, description = "Event id")),
    responses(
        (status = 200, description = "The caller's agenda (empty until a schedule is published)", body = Agenda),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "No confirmed registration (`not_a_participant`)", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "No matchmaking set up (`matchmaking_unavailable`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/events/{id}/agenda")]
pub async fn get_agenda(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<Agenda>> {
    let (event, _, settings) = super::load_configured(&state.db, *id, &user.0).await?;
    let me = super::require_participant(&state.db, &event, &user.0).await?;
    Ok(web::Json(
        agenda_of(&state.db, &event, &settings, &me).await?,
    ))
}

/// A participant's published agenda with their ratings.
pub(crate) async fn agenda_of(
    db: &impl ConnectionTrait,
    event: &event::Model,
    settings: &Settings,
    me: &Participant,
) -> ApiResult<Agenda> {
    let data = ScheduleData::load(db, event.id).await?;
    let ratings = matchmaking::ratings(db, event.id).await?;
    let slots = settings.slots();
    let entries = agenda::entries(
        me.id(),
        Version::Published,
        &data.meetings,
        &data.requests,
        &data.participants,
        &slots,
    );
    let meetings = entries
        .iter()
        .map(|e| agenda::view(e, settings, ratings.get(&(e.meeting_id, me.id())).copied()))
        .collect();
    Ok(Agenda {
        event_id: event.id,
        participant_id: me.id(),
        published_at: settings.schedule_published_at,
        meetings,
        ics_url: format!("/api/v1/events/{}/agenda.ics", event.id),
    })
}
