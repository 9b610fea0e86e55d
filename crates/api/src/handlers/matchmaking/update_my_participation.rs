use actix_web::{put, web};
use chrono::Utc;
use glokal_api_types::{ErrorBody, Participation, ParticipationInput};
use glokal_store::matchmaking;
use uuid::Uuid;

use super::get_my_participation::participation_view;
use super::validate::profile_fields;
use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// Save the caller's event profile (a full replacement): what they offer and look for per
/// language, keywords, NACE codes, languages spoken at the table, the slots they are there
/// (`null`: all) and their own maximum of meetings (`null`: the event's default). Until the
/// event is over.
#[utoipa::path(
    tag = "matchmaking",
    operation_id = "update_my_participation",
    params(("id" = Uuid, Path, description = "Event id")),
    request_body = ParticipationInput,
    responses(
        (status = 200, description = "The saved participation", body = Participation),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "No confirmed registration (`not_a_participant`)", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "No matchmaking here (`matchmaking_unavailable`); the event is over or cancelled (`invalid_event_state`)", body = ErrorBody),
        (status = 422, description = "Invalid fields (`too_long`, `unknown_nace_code`, `unknown_language`, `unknown_slot`, `out_of_range`, …)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[put("/events/{id}/participation")]
pub async fn update_my_participation(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<ParticipationInput>,
) -> ApiResult<web::Json<Participation>> {
    let (event, _, settings) = super::load_configured(&state.db, *id, &user.0).await?;
    let participant = super::require_participant(&state.db, &event, &user.0).await?;
    super::require_not_over(&event, Utc::now())?;
    let fields = profile_fields(body.into_inner(), &settings.slots())?;
    let txn = glokal_store::begin_write(&state.db).await?;
    matchmaking::save_profile(&txn, &participant.registration, fields).await?;
    let participant = matchmaking::participant(&txn, event.id, participant.id())
        .await?
        .ok_or(crate::error::ApiError::Client(
            glokal_api_types::ErrorCode::NotAParticipant,
        ))?;
    let view = participation_view(&txn, &participant, &settings).await?;
    txn.commit().await?;
    tracing::info!(event = %event.id, participant = %participant.id(), "participation saved");
    Ok(web::Json(view))
}
