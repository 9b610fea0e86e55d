use actix_web::{get, web};
use glokal_api_types::{
    ErrorBody, ScheduleVersion, TablePlan, TablePlanMeeting, TablePlanQuery, TablePlanSide,
    TablePlanSlot, UnscheduledMeeting,
};
use glokal_store::matchmaking::Participant;
use uuid::Uuid;

use super::ScheduleData;
use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::lang::RequestLanguage;
use crate::state::AppState;

fn side(p: &Participant) -> TablePlanSide {
    TablePlanSide {
        participant_id: p.id(),
        organization_name: p.organization.name.clone(),
        country: p.organization.country.clone(),
        person_name: p.user.display_name.clone(),
    }
}

/// Who meets whom, per slot and table (organisers; printable): the published schedule, or with
/// `version=draft` the last result of `schedule_meetings` with its unscheduled requests.
#[utoipa::path(
    tag = "matchmaking",
    operation_id = "get_table_plan",
    params(("id" = Uuid, Path, description = "Event id"), TablePlanQuery),
    responses(
        (status = 200, description = "Every slot with its meetings by table", body = TablePlan),
        (status = 400, description = "Unknown `version`", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an organiser", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "No matchmaking set up (`matchmaking_unavailable`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/events/{id}/table-plan")]
pub async fn get_table_plan(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    query: web::Query<TablePlanQuery>,
    language: RequestLanguage,
) -> ApiResult<web::Json<TablePlan>> {
    let (event, access, settings) = super::load_configured(&state.db, *id, &user.0).await?;
    crate::handlers::events::require_manage(access)?;
    let version = query.version.unwrap_or_default();
    let lang = super::viewer_language(language, &user.0);
    let data = ScheduleData::load(&state.db, event.id).await?;
    let mut slots: Vec<TablePlanSlot> = settings
        .slots()
        .into_iter()
        .map(|s| TablePlanSlot {
            index: s.index,
            starts_at: s.starts_at,
            ends_at: s.ends_at,
            meetings: Vec::new(),
        })
        .collect();
    let mut unscheduled = Vec::new();
    for meeting in &data.meetings {
        let Some((a, b)) = data.sides(meeting) else {
            continue;
        };
        let placement = match version {
            ScheduleVersion::Published => meeting.published(),
            ScheduleVersion::Draft => meeting.draft(),
        };
        match placement {
            Some((slot, table, interpreter_missing)) => {
                if let Some(slot) = slots.get_mut(slot as usize) {
                    slot.meetings.push(TablePlanMeeting {
                        meeting_id: meeting.id,
                        table: table + 1,
                        interpreter_table: table >= settings.tables(),
                        interpreter_missing,
                        a: side(a),
                        b: side(b),
                    });
                }
            }
            None if version == ScheduleVersion::Draft => {
                if let Some(reason) = meeting.draft_reason() {
                    unscheduled.push(UnscheduledMeeting {
                        meeting_id: meeting.id,
                        request_id: meeting.request_id,
                        a: a.reference(),
                        b: b.reference(),
                        reason,
                        message: super::reason_message(lang, reason),
                    });
                }
            }
            None => {}
        }
    }
    for slot in &mut slots {
        slot.meetings.sort_by_key(|m| m.table);
    }
    Ok(web::Json(TablePlan {
        event_id: event.id,
        version,
        generated_at: match version {
            ScheduleVersion::Published => settings.schedule_published_at,
            ScheduleVersion::Draft => settings.draft_generated_at,
        },
        tables: settings.tables(),
        interpreter_tables: settings.interpreter_tables(),
        slots,
        unscheduled,
    }))
}
