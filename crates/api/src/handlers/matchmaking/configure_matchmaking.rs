use actix_web::{put, web};
use chrono::Utc;
use glokal_api_types::{ErrorBody, ErrorCode, MatchmakingInput, MatchmakingSettings};
use glokal_store::{events, matchmaking};
use uuid::Uuid;

use super::validate::settings_fields;
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Set up or change the Kooperationsbörse of an event (organisers).
///
/// Meeting days with start and end, slot length, breaks, tables and interpreter tables,
/// the default maximum of meetings per participant, how long requests stay open and the
/// booking deadline; the slots derived from them are returned (at most 128). Only for events
/// with `matchmaking: true` that are not over or cancelled. Once a schedule is published, a
/// change may not move its meetings (409 `schedule_conflict`); a changed slot or table layout
/// discards the draft schedule.
#[utoipa::path(
    tag = "matchmaking",
    operation_id = "configure_matchmaking",
    params(("id" = Uuid, Path, description = "Event id")),
    request_body = MatchmakingInput,
    responses(
        (status = 200, description = "The settings with their slots", body = MatchmakingSettings),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an organiser", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "No matchmaking at this event (`matchmaking_unavailable`), the event is over or cancelled (`invalid_event_state`), published meetings would move (`schedule_conflict`)", body = ErrorBody),
        (status = 422, description = "Invalid fields: times (`invalid_datetime`, `ends_before_start`, `outside_event`, `overlapping`), `no_slots`, `too_many_slots`, `out_of_range`", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[put("/events/{id}/matchmaking")]
pub async fn configure_matchmaking(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<MatchmakingInput>,
) -> ApiResult<web::Json<MatchmakingSettings>> {
    let (event, access, _) = super::load_event(&state.db, *id, &user.0).await?;
    crate::handlers::events::require_manage(access)?;
    super::require_not_over(&event, Utc::now())?;
    let (fields, slots) = settings_fields(body.into_inner(), &event)?;

    let txn = glokal_store::begin_write(&state.db).await?;
    events::lock(&txn, event.id).await?;
    let previous = matchmaking::settings(&txn, event.id).await?;
    if let Some(previous) = &previous {
        let old_slots = previous.slots();
        let total = fields.tables + fields.interpreter_tables;
        for meeting in matchmaking::meetings(&txn, event.id).await? {
            let Some((slot, table, _)) = meeting.published() else {
                continue;
            };
            let same_slot = old_slots.get(slot as usize) == slots.get(slot as usize);
            let same_kind = (table >= previous.tables()) == (table >= fields.tables);
            if !same_slot || !same_kind || table >= total {
                return Err(ApiError::Client(ErrorCode::ScheduleConflict));
            }
        }
    }
    let layout_changed = previous.as_ref().is_some_and(|p| {
        p.slots() != slots
            || p.tables() != fields.tables
            || p.interpreter_tables() != fields.interpreter_tables
    });
    let saved = matchmaking::save_settings(&txn, event.id, fields).await?;
    if layout_changed {
        matchmaking::discard_draft(&txn, event.id).await?;
    }
    let saved = if layout_changed {
        matchmaking::settings(&txn, event.id)
            .await?
            .unwrap_or(saved)
    } else {
        saved
    };
    let view = super::settings_view(&txn, saved, access, &user.0).await?;
    txn.commit().await?;
    tracing::info!(event = %event.id, user_id = %user.0.id, slots = view.slots.len(), "matchmaking configured");
    Ok(web::Json(view))
}
