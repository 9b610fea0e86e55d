//! The Kooperationsbörse (B2B matchmaking) of an event: `/api/v1/events/{id}/matchmaking`,
//! `…/participation`, `…/participants`, `…/meeting-requests`, `…/schedule`, `…/agenda`,
//! `…/table-plan`, and `/api/v1/meeting-requests/{id}/*`, `/api/v1/meetings/{id}/rating`.
//!
//! Rights: organisers (whoever may edit the event) configure, schedule, publish and see the
//! table plan. Participants are the confirmed registrations of the event (participant id =
//! registration id): they keep an event profile, see the other participants with suggestions,
//! send and answer meeting requests, and see their own agenda. Organisers and co-organisers'
//! staff also see the participant list; nobody else does.

pub mod agenda;
pub mod answer_meeting_request;
pub mod cancel_meeting_request;
pub mod configure_matchmaking;
pub mod get_agenda;
pub mod get_agenda_ics;
pub mod get_matchmaking;
pub mod get_my_participation;
pub mod get_table_plan;
pub mod list_meeting_requests;
pub mod list_participants;
pub mod list_slots;
pub mod plan;
pub mod profile;
pub mod publish_schedule;
pub mod rate_meeting;
pub mod request_meeting;
pub mod schedule_meetings;
pub mod suggest;
pub mod update_my_participation;
pub mod validate;

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use glokal_api_types::{
    ErrorCode, EventStatus, Language, MeetingRequest, ParticipantRef, UnscheduledReason,
};
use glokal_i18n::t_args;
use glokal_store::entities::{event, user};
use glokal_store::matchmaking::{self, Participant, Request, Settings, SettingsContext};
use glokal_store::ConnectionTrait;
use uuid::Uuid;

use super::events::{self as events_handlers, Access};
use crate::error::{ApiError, ApiResult};
use crate::lang::RequestLanguage;
use crate::state::AppState;

/// Loads an event the caller may see that has matchmaking (409 `matchmaking_unavailable`
/// otherwise), with the caller's rights and the settings if set up.
pub(crate) async fn load_event(
    db: &impl ConnectionTrait,
    id: Uuid,
    user: &user::Model,
) -> ApiResult<(event::Model, Access, Option<Settings>)> {
    let (event, access) = events_handlers::load_visible(db, id, Some(user)).await?;
    if !event.matchmaking {
        return Err(ApiError::Client(ErrorCode::MatchmakingUnavailable));
    }
    let settings = matchmaking::settings(db, event.id).await?;
    Ok((event, access, settings))
}

/// Like [`load_event`], but the Kooperationsbörse must be set up.
pub(crate) async fn load_configured(
    db: &impl ConnectionTrait,
    id: Uuid,
    user: &user::Model,
) -> ApiResult<(event::Model, Access, Settings)> {
    let (event, access, settings) = load_event(db, id, user).await?;
    let settings = settings.ok_or(ApiError::Client(ErrorCode::MatchmakingUnavailable))?;
    Ok((event, access, settings))
}

/// The caller as a participant (403 `not_a_participant` without a confirmed registration).
pub(crate) async fn require_participant(
    db: &impl ConnectionTrait,
    event: &event::Model,
    user: &user::Model,
) -> ApiResult<Participant> {
    matchmaking::participant_of_user(db, event.id, user.id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotAParticipant))
}

/// 409 `matchmaking_closed` unless requests can be sent and answered now: the event is
/// published (or its registration closed) and the booking deadline has not passed.
pub(crate) fn require_booking_open(
    event: &event::Model,
    settings: &Settings,
    now: DateTime<Utc>,
) -> ApiResult<()> {
    let running = matches!(
        event.status_at(now),
        EventStatus::Published | EventStatus::Closed
    );
    if running && settings.booking_open(now) {
        Ok(())
    } else {
        Err(ApiError::Client(ErrorCode::MatchmakingClosed))
    }
}

/// 409 `invalid_event_state` for cancelled events and events that are over.
pub(crate) fn require_not_over(event: &event::Model, now: DateTime<Utc>) -> ApiResult<()> {
    match event.status_at(now) {
        EventStatus::Cancelled | EventStatus::Done => {
            Err(ApiError::Client(ErrorCode::InvalidEventState))
        }
        _ => Ok(()),
    }
}

/// The language to show texts in: `Accept-Language`, else the caller's own.
pub(crate) fn viewer_language(language: RequestLanguage, user: &user::Model) -> Language {
    language.0.unwrap_or_else(|| user.language())
}

/// Link to the event's Kooperationsbörse in the SPA.
pub(crate) fn matchmaking_link(state: &AppState, event: Uuid) -> String {
    format!(
        "{}/events/{}/matchmaking",
        state.settings.public_url.trim_end_matches('/'),
        event
    )
}

/// The signposted table name: 1-based, interpreter tables after the ordinary ones.
pub(crate) fn table_label(lang: Language, settings: &Settings, table: u32) -> String {
    let id = if table >= settings.tables() {
        "matchmaking-interpreter-table"
    } else {
        "matchmaking-table"
    };
    t_args(lang, id, &[("table", (table + 1).into())])
}

/// The text of an unscheduled reason.
pub(crate) fn reason_message(lang: Language, reason: UnscheduledReason) -> String {
    let id = match reason {
        UnscheduledReason::Invalid => "matchmaking-unscheduled-invalid",
        UnscheduledReason::NoCommonSlot => "matchmaking-unscheduled-no_common_slot",
        UnscheduledReason::MeetingLimit => "matchmaking-unscheduled-meeting_limit",
        UnscheduledReason::NoFreeSlot => "matchmaking-unscheduled-no_free_slot",
        UnscheduledReason::FixedConflict => "matchmaking-unscheduled-fixed_conflict",
    };
    glokal_i18n::t(lang, id)
}

/// A request as its sides see it (`?` for a side whose organisation vanished).
pub(crate) fn request_view(
    row: Request,
    refs: &HashMap<Uuid, ParticipantRef>,
    now: DateTime<Utc>,
) -> MeetingRequest {
    let side = |id: Uuid| {
        refs.get(&id).cloned().unwrap_or(ParticipantRef {
            participant_id: id,
            organization_id: Uuid::nil(),
            organization_name: "?".to_owned(),
            country: String::new(),
        })
    };
    MeetingRequest {
        id: row.id,
        event_id: row.event_id,
        from: side(row.sender_id),
        to: side(row.recipient_id),
        status: row.status_at(now),
        message: row.message,
        expires_at: row.expires_at,
        answered_at: row.answered_at,
        created_at: row.created_at,
    }
}

/// One request with the names of its sides.
pub(crate) async fn one_request_view(
    db: &impl ConnectionTrait,
    row: Request,
    now: DateTime<Utc>,
) -> ApiResult<MeetingRequest> {
    let refs = matchmaking::references(db, &[row.sender_id, row.recipient_id]).await?;
    Ok(request_view(row, &refs, now))
}

/// The settings as the caller sees them.
pub(crate) async fn settings_view(
    db: &impl ConnectionTrait,
    settings: Settings,
    access: Access,
    user: &user::Model,
) -> ApiResult<glokal_api_types::MatchmakingSettings> {
    let event = settings.event_id;
    let outcomes = if access.manage {
        Some(matchmaking::outcome_counts(db, event).await?)
    } else {
        None
    };
    let context = SettingsContext {
        participants: matchmaking::participant_count(db, event).await? as u32,
        accepted_requests: matchmaking::accepted_count(db, event).await? as u32,
        can_manage: access.manage,
        my_participant_id: matchmaking::participant_of_user(db, event, user.id)
            .await?
            .map(|p| p.id()),
        outcomes,
    };
    Ok(settings.into_api(context, Utc::now()))
}

/// Everything a schedule refers to: participants by id, accepted requests by id, meetings.
pub(crate) struct ScheduleData {
    pub participants: HashMap<Uuid, Participant>,
    pub requests: HashMap<Uuid, Request>,
    pub meetings: Vec<glokal_store::matchmaking::Meeting>,
}

impl ScheduleData {
    pub(crate) async fn load(db: &impl ConnectionTrait, event: Uuid) -> ApiResult<ScheduleData> {
        Ok(ScheduleData {
            participants: matchmaking::participants(db, event)
                .await?
                .into_iter()
                .map(|p| (p.id(), p))
                .collect(),
            requests: matchmaking::accepted_requests(db, event)
                .await?
                .into_iter()
                .map(|r| (r.id, r))
                .collect(),
            meetings: matchmaking::meetings(db, event).await?,
        })
    }

    /// The two sides of a meeting, if both still take part.
    pub(crate) fn sides(
        &self,
        meeting: &glokal_store::matchmaking::Meeting,
    ) -> Option<(&Participant, &Participant)> {
        let request = self.requests.get(&meeting.request_id)?;
        Some((
            self.participants.get(&request.sender_id)?,
            self.participants.get(&request.recipient_id)?,
        ))
    }
}
