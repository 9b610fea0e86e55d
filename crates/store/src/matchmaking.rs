//! The Kooperationsbörse of an event: settings and the slots derived from them, participants
//! (confirmed registrations) with their event profiles, meeting requests, meetings (draft and
//! published placement), ratings with the outcome counts, and the follow-up marker.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use glokal_api_types::{
    LocalizedText, MatchmakingSettings, MeetingOutcome, MeetingOutcomeCounts, MeetingRequestStatus,
    OrganizationKind, ParticipantOrganization, ParticipantRef, RegistrationStatus, Slot, TimeRange,
    UnscheduledReason,
};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};
use uuid::Uuid;

use crate::encoding::{enum_parse, enum_str, from_json, join_list, json, split_list};
use crate::entities::event_registration as reg;
use crate::entities::matchmaking_follow_up as follow_up;
use crate::entities::matchmaking_profile as profile;
use crate::entities::matchmaking_settings as settings;
use crate::entities::meeting_rating as rating;
use crate::entities::{
    event, meeting, meeting_request as request, opportunity, organization, user,
};
use crate::events::Registration;
use crate::organizations::LOGO_URL_PREFIX;

pub use crate::entities::matchmaking_profile::Model as Profile;
pub use crate::entities::matchmaking_settings::Model as Settings;
pub use crate::entities::meeting::Model as Meeting;
pub use crate::entities::meeting_request::Model as Request;

/// At most this many slots per event (the scheduler's limit).
pub const MAX_SLOTS: usize = 128;

// --- settings and slots ---

/// Validated settings, ready to store (the API layer checks them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsFields {
    /// Sorted, not overlapping.
    pub days: Vec<TimeRange>,
    /// Sorted.
    pub breaks: Vec<TimeRange>,
    pub slot_minutes: u32,
    pub tables: u32,
    pub interpreter_tables: u32,
    pub max_meetings: u32,
    pub request_expiry_hours: u32,
    pub booking_deadline: DateTime<Utc>,
}

/// The slots of meeting days: from each day's start one after the other, `minutes` long; a slot
/// that would overlap a break starts when the break ends. Stops after `limit` slots.
pub fn derive_slots(
    days: &[TimeRange],
    breaks: &[TimeRange],
    minutes: u32,
    limit: usize,
) -> Vec<Slot> {
    let mut slots = Vec::new();
    if minutes == 0 {
        return slots;
    }
    let length = Duration::minutes(i64::from(minutes));
    let mut days = days.to_vec();
    days.sort_by_key(|d| d.starts_at);
    for day in days {
        let mut at = day.starts_at;
        while at + length <= day.ends_at {
            if slots.len() >= limit {
                return slots;
            }
            let end = at + length;
            let blocking = breaks
                .iter()
                .filter(|b| b.starts_at < end && b.ends_at > at)
                .map(|b| b.ends_at)
                .max();
            match blocking {
                Some(resume) => at = resume.max(at + Duration::minutes(1)),
                None => {
                    slots.push(Slot {
                        index: slots.len() as u32,
                        starts_at: at,
                        ends_at: end,
                    });
                    at = end;
                }
            }
        }
    }
    slots
}

/// What the settings row does not know.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsContext {
    pub participants: u32,
    pub accepted_requests: u32,
    pub can_manage: bool,
    pub my_participant_id: Option<Uuid>,
    pub outcomes: Option<MeetingOutcomeCounts>,
}

impl Settings {
    pub fn days(&self) -> Vec<TimeRange> {
        from_json(&self.days)
    }

    pub fn breaks(&self) -> Vec<TimeRange> {
        from_json(&self.breaks)
    }

    /// The meeting slots, in time order.
    pub fn slots(&self) -> Vec<Slot> {
        derive_slots(
            &self.days(),
            &self.breaks(),
            self.slot_minutes.max(0) as u32,
            MAX_SLOTS,
        )
    }

    pub fn tables(&self) -> u32 {
        self.tables.max(0) as u32
    }

    pub fn interpreter_tables(&self) -> u32 {
        self.interpreter_tables.max(0) as u32
    }

    pub fn max_meetings(&self) -> u32 {
        self.max_meetings.max(0) as u32
    }

    /// Requests can be sent and answered at `now` (the event's state is checked apart).
    pub fn booking_open(&self, now: DateTime<Utc>) -> bool {
        now <= self.booking_deadline
    }

    pub fn into_api(self, context: SettingsContext, now: DateTime<Utc>) -> MatchmakingSettings {
        MatchmakingSettings {
            event_id: self.event_id,
            days: self.days(),
            breaks: self.breaks(),
            slots: self.slots(),
            slot_minutes: self.slot_minutes.max(0) as u32,
            tables: self.tables(),
            interpreter_tables: self.interpreter_tables(),
            max_meetings: self.max_meetings(),
            request_expiry_hours: self.request_expiry_hours.max(0) as u32,
            booking_deadline: self.booking_deadline,
            booking_open: self.booking_open(now),
            participants: context.participants,
            accepted_requests: context.accepted_requests,
            draft_generated_at: self.draft_generated_at,
            schedule_published_at: self.schedule_published_at,
            can_manage: context.can_manage,
            my_participant_id: context.my_participant_id,
            outcomes: context.outcomes,
            updated_at: self.updated_at,
        }
    }
}

/// The settings of an event's Kooperationsbörse, if set up.
pub async fn settings(db: &impl ConnectionTrait, event: Uuid) -> Result<Option<Settings>, DbErr> {
    settings::Entity::find_by_id(event).one(db).await
}

/// Stores the settings (replacing earlier ones); the schedule's draft and publication marks stay.
pub async fn save_settings(
    db: &impl ConnectionTrait,
    event: Uuid,
    fields: SettingsFields,
) -> Result<Settings, DbErr> {
    let now = Utc::now();
    let existing = settings(db, event).await?;
    let is_new = existing.is_none();
    let mut active: settings::ActiveModel = match existing {
        Some(current) => current.into(),
        None => settings::ActiveModel {
            event_id: Set(event),
            draft_generated_at: Set(None),
            schedule_published_at: Set(None),
            created_at: Set(now),
            ..Default::default()
        },
    };
    active.days = Set(json(&fields.days));
    active.breaks = Set(json(&fields.breaks));
    active.slot_minutes = Set(fields.slot_minutes as i32);
    active.tables = Set(fields.tables as i32);
    active.interpreter_tables = Set(fields.interpreter_tables as i32);
    active.max_meetings = Set(fields.max_meetings as i32);
    active.request_expiry_hours = Set(fields.request_expiry_hours as i32);
    active.booking_deadline = Set(fields.booking_deadline);
    active.updated_at = Set(now);
    if is_new {
        active.insert(db).await
    } else {
        active.update(db).await
    }
}

// --- participants ---

/// A participant: a confirmed registration with its person, organisation and event profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    pub registration: Registration,
    pub user: user::Model,
    pub organization: organization::Model,
    pub profile: Option<Profile>,
}

impl Participant {
    /// The participant id (the registration's).
    pub fn id(&self) -> Uuid {
        self.registration.id
    }

    /// The organisation as other participants see it.
    pub fn organization_view(&self) -> ParticipantOrganization {
        organization_view(&self.organization)
    }

    pub fn reference(&self) -> ParticipantRef {
        ParticipantRef {
            participant_id: self.registration.id,
            organization_id: self.organization.id,
            organization_name: self.organization.name.clone(),
            country: self.organization.country.clone(),
        }
    }
}

/// An organisation as shown at a Kooperationsbörse.
pub fn organization_view(org: &organization::Model) -> ParticipantOrganization {
    ParticipantOrganization {
        id: org.id,
        name: org.name.clone(),
        kind: enum_parse(&org.kind).unwrap_or(OrganizationKind::Other),
        country: org.country.clone(),
        city: org.city.clone(),
        nace_codes: org
            .nace_main
            .iter()
            .cloned()
            .chain(split_list(&org.nace_codes))
            .fold(Vec::new(), |mut codes, code| {
                if !codes.contains(&code) {
                    codes.push(code);
                }
                codes
            }),
        logo_url: org.logo.as_ref().map(|f| format!("{LOGO_URL_PREFIX}{f}")),
    }
}

/// The organisation's texts, keywords and languages (for the profile suggestion).
pub fn organization_description(org: &organization::Model) -> LocalizedText {
    from_json(&org.description)
}

pub fn organization_keywords(org: &organization::Model) -> Vec<String> {
    from_json(&org.keywords)
}

pub fn organization_languages(org: &organization::Model) -> Vec<String> {
    split_list(&org.languages)
}

impl Profile {
    pub fn offer(&self) -> LocalizedText {
        from_json(&self.offer)
    }

    pub fn seek(&self) -> LocalizedText {
        from_json(&self.seek)
    }

    pub fn keywords(&self) -> Vec<String> {
        from_json(&self.keywords)
    }

    pub fn nace_codes(&self) -> Vec<String> {
        split_list(&self.nace_codes)
    }

    pub fn languages(&self) -> Vec<String> {
        split_list(&self.languages)
    }

    /// Start instants of the slots the participant is there (`None`: all).
    pub fn available(&self) -> Option<Vec<DateTime<Utc>>> {
        self.available
            .as_deref()
            .map(|text| serde_json::from_str(text).unwrap_or_default())
    }

    pub fn max_meetings(&self) -> Option<u32> {
        self.max_meetings.map(|m| m.max(0) as u32)
    }
}

/// A participant's profile, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileFields {
    pub offer: LocalizedText,
    pub seek: LocalizedText,
    pub keywords: Vec<String>,
    pub nace_codes: Vec<String>,
    pub languages: Vec<String>,
    /// Start instants of the slots the participant is there (`None`: all).
    pub available: Option<Vec<DateTime<Utc>>>,
    pub max_meetings: Option<u32>,
}

/// Stores a participant's profile (replacing an earlier one).
pub async fn save_profile(
    db: &impl ConnectionTrait,
    participant: &Registration,
    fields: ProfileFields,
) -> Result<Profile, DbErr> {
    let now = Utc::now();
    let existing = profile::Entity::find_by_id(participant.id).one(db).await?;
    let is_new = existing.is_none();
    let mut active: profile::ActiveModel = match existing {
        Some(current) => current.into(),
        None => profile::ActiveModel {
            registration_id: Set(participant.id),
            event_id: Set(participant.event_id),
            created_at: Set(now),
            ..Default::default()
        },
    };
    active.offer = Set(json(&fields.offer));
    active.seek = Set(json(&fields.seek));
    active.keywords = Set(json(&fields.keywords));
    active.nace_codes = Set(join_list(&fields.nace_codes));
    active.languages = Set(join_list(&fields.languages));
    active.available = Set(fields.available.as_ref().map(json));
    active.max_meetings = Set(fields.max_meetings.map(|m| m as i32));
    active.updated_at = Set(now);
    if is_new {
        active.insert(db).await
    } else {
        active.update(db).await
    }
}

async fn complete(
    db: &impl ConnectionTrait,
    registrations: Vec<Registration>,
) -> Result<Vec<Participant>, DbErr> {
    if registrations.is_empty() {
        return Ok(Vec::new());
    }
    let user_ids: Vec<Uuid> = registrations.iter().map(|r| r.user_id).collect();
    let org_ids: Vec<Uuid> = registrations.iter().map(|r| r.organization_id).collect();
    let ids: Vec<Uuid> = registrations.iter().map(|r| r.id).collect();
    let users: HashMap<Uuid, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(user_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let orgs: HashMap<Uuid, organization::Model> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(org_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let mut profiles: HashMap<Uuid, Profile> = profile::Entity::find()
        .filter(profile::Column::RegistrationId.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.registration_id, p))
        .collect();
    Ok(registrations
        .into_iter()
        .filter_map(|registration| {
            Some(Participant {
                user: users.get(&registration.user_id)?.clone(),
                organization: orgs.get(&registration.organization_id)?.clone(),
                profile: profiles.remove(&registration.id),
                registration,
            })
        })
        .collect())
}

fn confirmed() -> String {
    enum_str(&RegistrationStatus::Confirmed)
}

/// Every participant of an event (confirmed registrations), in the order they registered.
pub async fn participants(
    db: &impl ConnectionTrait,
    event: Uuid,
) -> Result<Vec<Participant>, DbErr> {
    let rows = reg::Entity::find()
        .filter(reg::Column::EventId.eq(event))
        .filter(reg::Column::Status.eq(confirmed()))
        .order_by_asc(reg::Column::RegisteredAt)
        .order_by_asc(reg::Column::Id)
        .all(db)
        .await?;
    complete(db, rows).await
}

/// A person's participation in an event, if their registration is confirmed.
pub async fn participant_of_user(
    db: &impl ConnectionTrait,
    event: Uuid,
    user: Uuid,
) -> Result<Option<Participant>, DbErr> {
    let rows = reg::Entity::find()
        .filter(reg::Column::EventId.eq(event))
        .filter(reg::Column::UserId.eq(user))
        .filter(reg::Column::Status.eq(confirmed()))
        .all(db)
        .await?;
    Ok(complete(db, rows).await?.pop())
}

/// A participant of an event by id (only confirmed registrations).
pub async fn participant(
    db: &impl ConnectionTrait,
    event: Uuid,
    id: Uuid,
) -> Result<Option<Participant>, DbErr> {
    let rows = reg::Entity::find_by_id(id)
        .filter(reg::Column::EventId.eq(event))
        .filter(reg::Column::Status.eq(confirmed()))
        .all(db)
        .await?;
    Ok(complete(db, rows).await?.pop())
}

/// Names of the sides of requests by participant id, whatever their registration's state now.
pub async fn references(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, ParticipantRef>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = reg::Entity::find()
        .filter(reg::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await?;
    let org_ids: Vec<Uuid> = rows.iter().map(|r| r.organization_id).collect();
    let orgs: HashMap<Uuid, organization::Model> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(org_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            let org = orgs.get(&r.organization_id)?;
            Some((
                r.id,
                ParticipantRef {
                    participant_id: r.id,
                    organization_id: org.id,
                    organization_name: org.name.clone(),
                    country: org.country.clone(),
                },
            ))
        })
        .collect())
}

/// Number of confirmed registrations (participants) of an event.
pub async fn participant_count(db: &impl ConnectionTrait, event: Uuid) -> Result<u64, DbErr> {
    reg::Entity::find()
        .filter(reg::Column::EventId.eq(event))
        .filter(reg::Column::Status.eq(confirmed()))
        .count(db)
        .await
}

/// Published offers and requests that are still open, per organisation (for profile suggestions).
pub async fn open_opportunities(
    db: &impl ConnectionTrait,
    organizations: &[Uuid],
) -> Result<HashMap<Uuid, Vec<opportunity::Model>>, DbErr> {
    if organizations.is_empty() {
        return Ok(HashMap::new());
    }
    let today = Utc::now().date_naive();
    let rows = opportunity::Entity::find()
        .filter(opportunity::Column::OrganizationId.is_in(organizations.to_vec()))
        .filter(opportunity::Column::Status.eq("published"))
        .filter(opportunity::Column::ValidUntil.gte(today))
        .order_by_asc(opportunity::Column::PublishedAt)
        .order_by_asc(opportunity::Column::CreatedAt)
        .order_by_asc(opportunity::Column::Id)
        .all(db)
        .await?;
    let mut out: HashMap<Uuid, Vec<opportunity::Model>> = HashMap::new();
    for row in rows {
        out.entry(row.organization_id).or_default().push(row);
    }
    Ok(out)
}

/// The title, text and keywords of an opportunity (for profile suggestions).
pub fn opportunity_texts(row: &opportunity::Model) -> (LocalizedText, Vec<String>, Vec<String>) {
    (
        from_json(&row.title),
        from_json(&row.keywords),
        split_list(&row.nace_codes),
    )
}

// --- meeting requests ---

const PENDING: &str = "pending";

impl Request {
    /// The state at `now`: a pending request past its expiry reads `expired`.
    pub fn status_at(&self, now: DateTime<Utc>) -> MeetingRequestStatus {
        let stored = enum_parse(&self.status).unwrap_or(MeetingRequestStatus::Cancelled);
        if stored == MeetingRequestStatus::Pending && now >= self.expires_at {
            MeetingRequestStatus::Expired
        } else {
            stored
        }
    }

    /// The other side of the request for one of its participants.
    pub fn other_side(&self, participant: Uuid) -> Uuid {
        if self.sender_id == participant {
            self.recipient_id
        } else {
            self.sender_id
        }
    }
}

/// Stores a new pending request.
pub async fn create_request(
    db: &impl ConnectionTrait,
    event: Uuid,
    sender: Uuid,
    recipient: Uuid,
    message: Option<String>,
    expires_at: DateTime<Utc>,
) -> Result<Request, DbErr> {
    let now = Utc::now();
    request::ActiveModel {
        id: Set(Uuid::new_v4()),
        event_id: Set(event),
        sender_id: Set(sender),
        recipient_id: Set(recipient),
        message: Set(message),
        status: Set(PENDING.to_owned()),
        expires_at: Set(expires_at),
        answered_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(db)
    .await
}

/// A meeting request by id.
pub async fn request(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Request>, DbErr> {
    request::Entity::find_by_id(id).one(db).await
}

/// Requests of an event a participant sent or received, newest first.
pub async fn requests_of(
    db: &impl ConnectionTrait,
    event: Uuid,
    participant: Uuid,
) -> Result<Vec<Request>, DbErr> {
    request::Entity::find()
        .filter(request::Column::EventId.eq(event))
        .filter(
            Condition::any()
                .add(request::Column::SenderId.eq(participant))
                .add(request::Column::RecipientId.eq(participant)),
        )
        .order_by_desc(request::Column::CreatedAt)
        .order_by_desc(request::Column::Id)
        .all(db)
        .await
}

/// Every request between two participants, in either direction.
pub async fn requests_between(
    db: &impl ConnectionTrait,
    a: Uuid,
    b: Uuid,
) -> Result<Vec<Request>, DbErr> {
    request::Entity::find()
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(request::Column::SenderId.eq(a))
                        .add(request::Column::RecipientId.eq(b)),
                )
                .add(
                    Condition::all()
                        .add(request::Column::SenderId.eq(b))
                        .add(request::Column::RecipientId.eq(a)),
                ),
        )
        .all(db)
        .await
}

/// Answers or cancels a request (`accepted`, `declined`, `cancelled`).
pub async fn set_request_status(
    db: &impl ConnectionTrait,
    current: Request,
    status: MeetingRequestStatus,
) -> Result<Request, DbErr> {
    let now = Utc::now();
    let mut active: request::ActiveModel = current.into();
    active.status = Set(enum_str(&status));
    if matches!(
        status,
        MeetingRequestStatus::Accepted | MeetingRequestStatus::Declined
    ) {
        active.answered_at = Set(Some(now));
    }
    active.updated_at = Set(now);
    active.update(db).await
}

/// Accepted requests of an event, oldest first (the order the scheduler sees them in).
pub async fn accepted_requests(
    db: &impl ConnectionTrait,
    event: Uuid,
) -> Result<Vec<Request>, DbErr> {
    request::Entity::find()
        .filter(request::Column::EventId.eq(event))
        .filter(request::Column::Status.eq(enum_str(&MeetingRequestStatus::Accepted)))
        .order_by_asc(request::Column::AnsweredAt)
        .order_by_asc(request::Column::Id)
        .all(db)
        .await
}

/// Number of accepted requests of an event.
pub async fn accepted_count(db: &impl ConnectionTrait, event: Uuid) -> Result<u64, DbErr> {
    request::Entity::find()
        .filter(request::Column::EventId.eq(event))
        .filter(request::Column::Status.eq(enum_str(&MeetingRequestStatus::Accepted)))
        .count(db)
        .await
}

// --- meetings ---

/// A placement: slot index, table index (0-based), interpreter missing.
pub type Placement = (u32, u32, bool);

impl Meeting {
    pub fn draft(&self) -> Option<Placement> {
        Some((
            u32::try_from(self.draft_slot?).ok()?,
            u32::try_from(self.draft_table?).ok()?,
            self.draft_interpreter_missing,
        ))
    }

    pub fn published(&self) -> Option<Placement> {
        Some((
            u32::try_from(self.published_slot?).ok()?,
            u32::try_from(self.published_table?).ok()?,
            self.published_interpreter_missing,
        ))
    }

    pub fn draft_reason(&self) -> Option<UnscheduledReason> {
        self.draft_reason.as_deref().and_then(enum_parse)
    }
}

/// The meetings of an event (every accepted request that was ever scheduled).
pub async fn meetings(db: &impl ConnectionTrait, event: Uuid) -> Result<Vec<Meeting>, DbErr> {
    meeting::Entity::find()
        .filter(meeting::Column::EventId.eq(event))
        .order_by_asc(meeting::Column::CreatedAt)
        .order_by_asc(meeting::Column::Id)
        .all(db)
        .await
}

/// A meeting by id.
pub async fn meeting(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Meeting>, DbErr> {
    meeting::Entity::find_by_id(id).one(db).await
}

/// The draft result for one accepted request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DraftEntry {
    pub request_id: Uuid,
    pub outcome: Result<Placement, UnscheduledReason>,
}

/// Stores a draft schedule: one entry per accepted request; meetings of requests not among the
/// entries lose their draft place. Returns the event's meetings afterwards.
pub async fn store_draft(
    db: &impl ConnectionTrait,
    event: Uuid,
    entries: &[DraftEntry],
    now: DateTime<Utc>,
) -> Result<Vec<Meeting>, DbErr> {
    let existing: HashMap<Uuid, Meeting> = meetings(db, event)
        .await?
        .into_iter()
        .map(|m| (m.request_id, m))
        .collect();
    let mut seen = HashSet::new();
    for entry in entries {
        seen.insert(entry.request_id);
        let (slot, table, missing, reason) = match entry.outcome {
            Ok((slot, table, missing)) => (Some(slot as i32), Some(table as i32), missing, None),
            Err(reason) => (None, None, false, Some(enum_str(&reason))),
        };
        let mut active: meeting::ActiveModel = match existing.get(&entry.request_id) {
            Some(current) => current.clone().into(),
            None => meeting::ActiveModel {
                id: Set(Uuid::new_v4()),
                event_id: Set(event),
                request_id: Set(entry.request_id),
                published_slot: Set(None),
                published_table: Set(None),
                published_interpreter_missing: Set(false),
                created_at: Set(now),
                ..Default::default()
            },
        };
        active.draft_slot = Set(slot);
        active.draft_table = Set(table);
        active.draft_interpreter_missing = Set(missing);
        active.draft_reason = Set(reason);
        active.updated_at = Set(now);
        if existing.contains_key(&entry.request_id) {
            active.update(db).await?;
        } else {
            active.insert(db).await?;
        }
    }
    let stale: Vec<Uuid> = existing
        .values()
        .filter(|m| !seen.contains(&m.request_id))
        .map(|m| m.id)
        .collect();
    if !stale.is_empty() {
        meeting::Entity::update_many()
            .col_expr(meeting::Column::DraftSlot, Expr::value(Option::<i32>::None))
            .col_expr(
                meeting::Column::DraftTable,
                Expr::value(Option::<i32>::None),
            )
            .col_expr(meeting::Column::DraftInterpreterMissing, Expr::value(false))
            .col_expr(
                meeting::Column::DraftReason,
                Expr::value(Option::<String>::None),
            )
            .filter(meeting::Column::Id.is_in(stale))
            .exec(db)
            .await?;
    }
    settings::Entity::update_many()
        .col_expr(settings::Column::DraftGeneratedAt, Expr::value(now))
        .filter(settings::Column::EventId.eq(event))
        .exec(db)
        .await?;
    meetings(db, event).await
}

/// Makes the draft the published schedule.
pub async fn publish_draft(
    db: &impl ConnectionTrait,
    event: Uuid,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    meeting::Entity::update_many()
        .col_expr(
            meeting::Column::PublishedSlot,
            Expr::col(meeting::Column::DraftSlot),
        )
        .col_expr(
            meeting::Column::PublishedTable,
            Expr::col(meeting::Column::DraftTable),
        )
        .col_expr(
            meeting::Column::PublishedInterpreterMissing,
            Expr::col(meeting::Column::DraftInterpreterMissing),
        )
        .col_expr(meeting::Column::UpdatedAt, Expr::value(now))
        .filter(meeting::Column::EventId.eq(event))
        .exec(db)
        .await?;
    settings::Entity::update_many()
        .col_expr(settings::Column::SchedulePublishedAt, Expr::value(now))
        .filter(settings::Column::EventId.eq(event))
        .exec(db)
        .await?;
    Ok(())
}

/// Forgets the draft (the settings changed, so its slots may mean something else now).
pub async fn discard_draft(db: &impl ConnectionTrait, event: Uuid) -> Result<(), DbErr> {
    meeting::Entity::update_many()
        .col_expr(meeting::Column::DraftSlot, Expr::value(Option::<i32>::None))
        .col_expr(
            meeting::Column::DraftTable,
            Expr::value(Option::<i32>::None),
        )
        .col_expr(meeting::Column::DraftInterpreterMissing, Expr::value(false))
        .col_expr(
            meeting::Column::DraftReason,
            Expr::value(Option::<String>::None),
        )
        .filter(meeting::Column::EventId.eq(event))
        .exec(db)
        .await?;
    settings::Entity::update_many()
        .col_expr(
            settings::Column::DraftGeneratedAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(settings::Column::EventId.eq(event))
        .exec(db)
        .await?;
    Ok(())
}

// --- ratings and outcomes ---

/// Stores (or changes) one side's rating of a meeting; returns (outcome, first rated, updated).
pub async fn rate(
    db: &impl ConnectionTrait,
    meeting: Uuid,
    participant: Uuid,
    outcome: MeetingOutcome,
) -> Result<rating::Model, DbErr> {
    let now = Utc::now();
    match rating::Entity::find_by_id((meeting, participant))
        .one(db)
        .await?
    {
        Some(current) => {
            let mut active: rating::ActiveModel = current.into();
            active.outcome = Set(enum_str(&outcome));
            active.updated_at = Set(now);
            active.update(db).await
        }
        None => {
            rating::ActiveModel {
                meeting_id: Set(meeting),
                participant_id: Set(participant),
                outcome: Set(enum_str(&outcome)),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(db)
            .await
        }
    }
}

/// The outcome of a stored rating.
pub fn rating_outcome(row: &rating::Model) -> MeetingOutcome {
    enum_parse(&row.outcome).unwrap_or(MeetingOutcome::NoFollowUp)
}

/// The ratings of an event's meetings: (meeting, participant) → outcome.
pub async fn ratings(
    db: &impl ConnectionTrait,
    event: Uuid,
) -> Result<HashMap<(Uuid, Uuid), MeetingOutcome>, DbErr> {
    let ids: Vec<Uuid> = meetings(db, event).await?.iter().map(|m| m.id).collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(rating::Entity::find()
        .filter(rating::Column::MeetingId.is_in(ids))
        .all(db)
        .await?
        .iter()
        .map(|r| ((r.meeting_id, r.participant_id), rating_outcome(r)))
        .collect())
}

/// How an event's meetings went: published meetings, ratings and their outcomes (the
/// programme's indicators count these).
pub async fn outcome_counts(
    db: &impl ConnectionTrait,
    event: Uuid,
) -> Result<MeetingOutcomeCounts, DbErr> {
    let published: HashSet<Uuid> = meetings(db, event)
        .await?
        .iter()
        .filter(|m| m.published().is_some())
        .map(|m| m.id)
        .collect();
    let mut counts = MeetingOutcomeCounts {
        meetings: published.len() as u32,
        ..Default::default()
    };
    for ((meeting, _), outcome) in ratings(db, event).await? {
        if !published.contains(&meeting) {
            continue;
        }
        counts.ratings += 1;
        match outcome {
            MeetingOutcome::NoFollowUp => counts.no_follow_up += 1,
            MeetingOutcome::FollowUpPlanned => counts.follow_up_planned += 1,
            MeetingOutcome::OfferQuote => counts.offer_quote += 1,
            MeetingOutcome::CooperationAgreement => counts.cooperation_agreement += 1,
        }
    }
    Ok(counts)
}

// --- follow-up after three months ---

/// Events with a Kooperationsbörse that ended in `[ended_after, ended_before)` and were not
/// cancelled.
pub async fn ended_between(
    db: &impl ConnectionTrait,
    ended_after: DateTime<Utc>,
    ended_before: DateTime<Utc>,
) -> Result<Vec<event::Model>, DbErr> {
    let with_settings: Vec<Uuid> = settings::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|s| s.event_id)
        .collect();
    if with_settings.is_empty() {
        return Ok(Vec::new());
    }
    event::Entity::find()
        .filter(event::Column::Id.is_in(with_settings))
        .filter(event::Column::EndsAt.gte(ended_after))
        .filter(event::Column::EndsAt.lt(ended_before))
        .filter(event::Column::Status.is_in(["published", "closed"]))
        .all(db)
        .await
}

/// Participants of an event who already got the follow-up mail.
pub async fn follow_ups_sent(
    db: &impl ConnectionTrait,
    event: Uuid,
) -> Result<HashSet<Uuid>, DbErr> {
    Ok(follow_up::Entity::find()
        .filter(follow_up::Column::EventId.eq(event))
        .all(db)
        .await?
        .into_iter()
        .map(|f| f.participant_id)
        .collect())
}

/// Notes that a participant got the follow-up mail; `false` if that was noted already.
pub async fn mark_follow_up_sent(
    db: &impl ConnectionTrait,
    event: Uuid,
    participant: Uuid,
    at: DateTime<Utc>,
) -> Result<bool, DbErr> {
    if follow_up::Entity::find_by_id(participant)
        .one(db)
        .await?
        .is_some()
    {
        return Ok(false);
    }
    follow_up::ActiveModel {
        participant_id: Set(participant),
        event_id: Set(event),
        sent_at: Set(at),
    }
    .insert(db)
    .await?;
    Ok(true)
}

/// A demo event by its German title (for the demo Kooperationsbörse of `seed --demo`).
pub async fn demo_event(
    db: &impl ConnectionTrait,
    title_de: &str,
) -> Result<Option<event::Model>, DbErr> {
    Ok(event::Entity::find()
        .filter(event::Column::Demo.eq(true))
        .all(db)
        .await?
        .into_iter()
        .find(|e| e.title().de.as_deref() == Some(title_de)))
}

// --- time travel (tests, demo data) ---

/// Moves an event with its Kooperationsbörse by `by` (negative: into the past): start, end,
/// deadlines, meeting days and breaks, participants' available slots and pending requests'
/// expiry — so an event can be over without having been created in the past.
pub async fn shift_in_time(
    db: &impl ConnectionTrait,
    event_id: Uuid,
    by: Duration,
) -> Result<(), DbErr> {
    if let Some(current) = event::Entity::find_by_id(event_id).one(db).await? {
        let (starts, ends, deadline) = (
            current.starts_at,
            current.ends_at,
            current.registration_deadline,
        );
        let mut active: event::ActiveModel = current.into();
        active.starts_at = Set(starts + by);
        active.ends_at = Set(ends + by);
        active.registration_deadline = Set(deadline.map(|d| d + by));
        active.update(db).await?;
    }
    if let Some(current) = settings(db, event_id).await? {
        let shift = |ranges: Vec<TimeRange>| -> Vec<TimeRange> {
            ranges
                .into_iter()
                .map(|r| TimeRange {
                    starts_at: r.starts_at + by,
                    ends_at: r.ends_at + by,
                })
                .collect()
        };
        let (days, breaks, deadline) = (
            shift(current.days()),
            shift(current.breaks()),
            current.booking_deadline + by,
        );
        let mut active: settings::ActiveModel = current.into();
        active.days = Set(json(&days));
        active.breaks = Set(json(&breaks));
        active.booking_deadline = Set(deadline);
        active.update(db).await?;
    }
    let profiles = profile::Entity::find()
        .filter(profile::Column::EventId.eq(event_id))
        .all(db)
        .await?;
    for current in profiles {
        if let Some(available) = current.available() {
            let moved: Vec<DateTime<Utc>> = available.into_iter().map(|t| t + by).collect();
            let mut active: profile::ActiveModel = current.into();
            active.available = Set(Some(json(&moved)));
            active.update(db).await?;
        }
    }
    let requests = request::Entity::find()
        .filter(request::Column::EventId.eq(event_id))
        .all(db)
        .await?;
    for current in requests {
        let expires = current.expires_at + by;
        let mut active: request::ActiveModel = current.into();
        active.expires_at = Set(expires);
        active.update(db).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    fn range(from: &str, to: &str) -> TimeRange {
        TimeRange {
            starts_at: at(from),
            ends_at: at(to),
        }
    }

    #[test]
    fn slots_run_from_the_day_start_and_resume_after_breaks() {
        let days = [range("2027-03-11T09:00:00Z", "2027-03-11T12:00:00Z")];
        let breaks = [range("2027-03-11T10:10:00Z", "2027-03-11T10:30:00Z")];
        let slots = derive_slots(&days, &breaks, 20, MAX_SLOTS);
        let starts: Vec<String> = slots
            .iter()
            .map(|s| s.starts_at.format("%H:%M").to_string())
            .collect();
        // 09:00, 09:20, 09:40 fit; 10:00–10:20 touches the break, so 10:30 is next.
        assert_eq!(
            starts,
            ["09:00", "09:20", "09:40", "10:30", "10:50", "11:10", "11:30"]
        );
        assert!(slots.iter().enumerate().all(|(i, s)| s.index as usize == i));
        assert_eq!(slots[6].ends_at, at("2027-03-11T11:50:00Z"));
    }

    #[test]
    fn slots_of_several_days_are_numbered_through_and_capped() {
        let days = [
            range("2027-03-12T09:00:00Z", "2027-03-12T10:00:00Z"),
            range("2027-03-11T09:00:00Z", "2027-03-11T10:00:00Z"),
        ];
        let slots = derive_slots(&days, &[], 30, MAX_SLOTS);
        assert_eq!(slots.len(), 4);
        assert_eq!(slots[2].starts_at, at("2027-03-12T09:00:00Z"));
        let long = [range("2027-03-11T00:00:00Z", "2027-03-13T00:00:00Z")];
        assert_eq!(
            derive_slots(&long, &[], 5, MAX_SLOTS + 1).len(),
            MAX_SLOTS + 1
        );
    }
}
