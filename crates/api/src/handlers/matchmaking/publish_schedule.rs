use std::collections::HashSet;

use actix_web::{post, web};
use chrono::Utc;
use glokal_api_types::{ErrorBody, ErrorCode, PublishScheduleResult};
use glokal_store::mail_outbox::{self, Attachment};
use glokal_store::{events, matchmaking};
use uuid::Uuid;

use super::agenda::{self, Removed, Version};
use super::ScheduleData;
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::handlers::events::ics;
use crate::mail::matchmaking_templates::{self, MeetingLine};
use crate::state::AppState;

/// Publish the draft schedule (organisers): it becomes every participant's agenda.
///
/// Everybody whose meetings changed (or who has meetings for the first time) gets a mail in
/// their language with their meetings and their agenda as `.ics` attached (meetings that were
/// dropped come as cancelled entries). Re-running `schedule_meetings` later keeps the published
/// meetings where they are.
#[utoipa::path(
    tag = "matchmaking",
    operation_id = "publish_schedule",
    params(("id" = Uuid, Path, description = "Event id")),
    responses(
        (status = 200, description = "Published", body = PublishScheduleResult),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an organiser", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "No draft (`no_draft_schedule`), no matchmaking (`matchmaking_unavailable`), the event is over or cancelled (`invalid_event_state`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/events/{id}/schedule/publish")]
pub async fn publish_schedule(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<PublishScheduleResult>> {
    let (event, access, _) = super::load_configured(&state.db, *id, &user.0).await?;
    crate::handlers::events::require_manage(access)?;
    let now = Utc::now();
    super::require_not_over(&event, now)?;

    let txn = glokal_store::begin_write(&state.db).await?;
    events::lock(&txn, event.id).await?;
    let settings = matchmaking::settings(&txn, event.id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::MatchmakingUnavailable))?;
    if settings.draft_generated_at.is_none() {
        return Err(ApiError::Client(ErrorCode::NoDraftSchedule));
    }
    let changed_schedule = settings.schedule_published_at.is_some();
    let mut published = settings.clone();
    published.schedule_published_at = Some(now);
    let data = ScheduleData::load(&txn, event.id).await?;
    let slots = settings.slots();
    let link = super::matchmaking_link(&state, event.id);
    let mut notified = 0;
    let mut people: Vec<_> = data.participants.values().collect();
    people.sort_by_key(|p| p.registration.registered_at);
    for participant in people {
        let entries = |version| {
            agenda::entries(
                participant.id(),
                version,
                &data.meetings,
                &data.requests,
                &data.participants,
                &slots,
            )
        };
        let (before, after) = (entries(Version::Published), entries(Version::Draft));
        let key = |e: &agenda::Entry| (e.meeting_id, e.slot.index, e.table, e.interpreter_missing);
        if before.iter().map(key).collect::<Vec<_>>() == after.iter().map(key).collect::<Vec<_>>() {
            continue;
        }
        let still: HashSet<Uuid> = after.iter().map(|e| e.meeting_id).collect();
        let removed: Vec<Removed> = before
            .iter()
            .filter(|e| !still.contains(&e.meeting_id))
            .map(|e| Removed {
                meeting_id: e.meeting_id,
                slot: e.slot,
                partner_name: e.partner.organization.name.clone(),
            })
            .collect();
        let person = &participant.user;
        let lang = person.language();
        let lines: Vec<MeetingLine> = after
            .iter()
            .map(|e| MeetingLine {
                starts_at: e.slot.starts_at,
                ends_at: e.slot.ends_at,
                table: super::table_label(lang, &settings, e.table),
                organization: e.partner.organization.name.clone(),
                interpreter_missing: e.interpreter_missing,
            })
            .collect();
        let mail = matchmaking_templates::schedule(
            lang,
            &person.display_name,
            &event,
            changed_schedule,
            &lines,
            &link,
        );
        let attachment = Attachment {
            name: "agenda.ics".to_owned(),
            content_type: ics::CONTENT_TYPE_PUBLISH.to_owned(),
            body: agenda::calendar(&state, &event, &published, &after, &removed, lang),
        };
        mail_outbox::enqueue_with_attachment(
            &txn,
            Some(person.id),
            &person.email,
            &mail.subject,
            &mail.body,
            Some(&attachment),
        )
        .await?;
        notified += 1;
    }
    matchmaking::publish_draft(&txn, event.id, now).await?;
    let meetings = data
        .meetings
        .iter()
        .filter(|m| m.draft().is_some() && data.sides(m).is_some())
        .count() as u32;
    txn.commit().await?;
    state.mail.kick();
    tracing::info!(event = %event.id, meetings, notified, "schedule published");
    Ok(web::Json(PublishScheduleResult {
        event_id: event.id,
        meetings,
        notified,
        published_at: now,
    }))
}
