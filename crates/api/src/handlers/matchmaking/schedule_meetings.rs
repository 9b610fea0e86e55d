use actix_web::{post, web};
use anyhow::anyhow;
use chrono::Utc;
use glokal_api_types::{ErrorBody, ErrorCode, ScheduleResult, UnscheduledMeeting};
use glokal_domain::scheduler;
use glokal_store::{events, matchmaking};
use uuid::Uuid;

use super::plan;
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::lang::RequestLanguage;
use crate::state::AppState;

/// Schedule the accepted meeting requests (organisers) and store the result as the draft.
///
/// Every accepted request between two participants gets a slot and a table so that nobody is
/// in two places at once, everybody is there, personal maxima hold and no table is used twice;
/// German–Czech pairs without a common language get an interpreter table where one is free.
/// Published meetings stay exactly where they are. Answers how many were scheduled against an
/// upper bound, and what could not be scheduled with the reason (in the caller's language).
/// Run it again as requests come in; `publish_schedule` makes the draft public.
#[utoipa::path(
    tag = "matchmaking",
    operation_id = "schedule_meetings",
    params(("id" = Uuid, Path, description = "Event id")),
    responses(
        (status = 200, description = "The draft's figures and the unscheduled requests", body = ScheduleResult),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an organiser", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "No matchmaking set up (`matchmaking_unavailable`), the event is over or cancelled (`invalid_event_state`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/events/{id}/schedule")]
pub async fn schedule_meetings(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    language: RequestLanguage,
) -> ApiResult<web::Json<ScheduleResult>> {
    let (event, access, _) = super::load_configured(&state.db, *id, &user.0).await?;
    crate::handlers::events::require_manage(access)?;
    let now = Utc::now();
    super::require_not_over(&event, now)?;
    let lang = super::viewer_language(language, &user.0);

    let txn = glokal_store::begin_write(&state.db).await?;
    events::lock(&txn, event.id).await?;
    let settings = matchmaking::settings(&txn, event.id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::MatchmakingUnavailable))?;
    let participants = matchmaking::participants(&txn, event.id).await?;
    let accepted = matchmaking::accepted_requests(&txn, event.id).await?;
    let meetings = matchmaking::meetings(&txn, event.id).await?;
    let plan = plan::build(&settings, &participants, accepted, &meetings);
    let problem = plan.problem.clone();
    // CPU work (up to a second for large events): off the async workers.
    let (schedule, bound) = web::block(move || {
        let schedule = scheduler::schedule(&problem);
        scheduler::check(&problem, &schedule).map(|()| (schedule, scheduler::upper_bound(&problem)))
    })
    .await?
    .map_err(|broken| ApiError::Unexpected(anyhow!("the scheduler broke a rule: {broken}")))?;
    let entries = plan::entries(&plan, &schedule);
    let stored = matchmaking::store_draft(&txn, event.id, &entries, now).await?;

    let refs: std::collections::HashMap<Uuid, _> = participants
        .iter()
        .map(|p| (p.id(), p.reference()))
        .collect();
    let meeting_of: std::collections::HashMap<Uuid, Uuid> =
        stored.iter().map(|m| (m.request_id, m.id)).collect();
    let mut unscheduled = Vec::new();
    let mut kept = 0;
    let mut interpreter_missing = 0;
    for ((request, entry), problem_request) in plan
        .requests
        .iter()
        .zip(&entries)
        .zip(&plan.problem.requests)
    {
        match entry.outcome {
            Ok((slot, table, missing)) => {
                interpreter_missing += u32::from(missing);
                if problem_request
                    .fixed
                    .is_some_and(|f| f.slot == slot as usize && f.table == table as usize)
                {
                    kept += 1;
                }
            }
            Err(reason) => {
                let (Some(a), Some(b)) = (
                    refs.get(&request.sender_id),
                    refs.get(&request.recipient_id),
                ) else {
                    continue;
                };
                unscheduled.push(UnscheduledMeeting {
                    meeting_id: meeting_of.get(&request.id).copied().unwrap_or_default(),
                    request_id: request.id,
                    a: a.clone(),
                    b: b.clone(),
                    reason,
                    message: super::reason_message(lang, reason),
                });
            }
        }
    }
    txn.commit().await?;
    let result = ScheduleResult {
        event_id: event.id,
        requests: plan.requests.len() as u32,
        scheduled: schedule.scheduled() as u32,
        upper_bound: bound as u32,
        kept,
        interpreter_missing,
        unscheduled,
        generated_at: now,
    };
    tracing::info!(
        event = %event.id,
        requests = result.requests,
        scheduled = result.scheduled,
        upper_bound = result.upper_bound,
        fixed = plan.fixed,
        "meetings scheduled (draft)"
    );
    Ok(web::Json(result))
}
