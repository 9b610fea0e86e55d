use actix_web::{get, web};
use glokal_api_types::{ErrorBody, Participation};
use glokal_store::matchmaking::{self, Participant, Settings};
use glokal_store::ConnectionTrait;
use uuid::Uuid;

use super::profile;
use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// The caller's participation: their event profile (or, until saved, the suggestion drawn from
/// their organisation's description, keywords, NACE codes, languages and open offers and
/// requests), available slots and maximum of meetings.
#[utoipa::path(
    tag = "matchmaking",
    operation_id = "get_my_participation",
    params(("id" = Uuid, Path, description = "Event id")),
    responses(
        (status = 200, description = "The caller's participation", body = Participation),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "No confirmed registration (`not_a_participant`)", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "No matchmaking at this event, or not set up yet (`matchmaking_unavailable`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/events/{id}/participation")]
pub async fn get_my_participation(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<Participation>> {
    let (event, _, settings) = super::load_configured(&state.db, *id, &user.0).await?;
    let participant = super::require_participant(&state.db, &event, &user.0).await?;
    Ok(web::Json(
        participation_view(&state.db, &participant, &settings).await?,
    ))
}

/// A participant's participation as they see it.
pub(crate) async fn participation_view(
    db: &impl ConnectionTrait,
    participant: &Participant,
    settings: &Settings,
) -> ApiResult<Participation> {
    let org = participant.organization.id;
    let opportunities = matchmaking::open_opportunities(db, &[org])
        .await?
        .remove(&org)
        .unwrap_or_default();
    let suggested = profile::draft(&participant.organization, &opportunities);
    let effective = profile::effective(participant, &opportunities);
    let slots = settings.slots();
    Ok(Participation {
        participant_id: participant.id(),
        event_id: participant.registration.event_id,
        organization: participant.organization_view(),
        saved: participant.profile.is_some(),
        offer: effective.offer,
        seek: effective.seek,
        keywords: effective.keywords,
        nace_codes: effective.nace_codes,
        languages: effective.languages,
        available_slots: effective
            .available
            .as_deref()
            .map(|starts| profile::slot_indexes(starts, &slots)),
        max_meetings: effective.max_meetings,
        effective_max_meetings: effective
            .max_meetings
            .unwrap_or_else(|| settings.max_meetings()),
        suggested,
        updated_at: participant.profile.as_ref().map(|p| p.updated_at),
    })
}
