//! Events, their co-organisers, and registrations with waiting list and check-in.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use glokal_api_types::{
    Event, EventOrganizer, EventStatus, EventSummary, EventType, LocalizedText, OwnRegistration,
    ProgrammeItem, RegistrationStatus, Venue,
};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use crate::encoding::{enum_parse, enum_str, from_json, join_list, json, split_list};
use crate::entities::event::{ActiveModel, Column, Entity, Model};
use crate::entities::event_co_organizer as co;
use crate::entities::event_registration as reg;
use crate::entities::organization;

pub use crate::entities::event_registration::Model as Registration;

/// Validated event data, ready to store (the API layer checks and normalises it).
#[derive(Debug, Clone, PartialEq)]
pub struct EventFields {
    pub organization_id: Uuid,
    /// Without the organiser, without duplicates.
    pub co_organizer_ids: Vec<Uuid>,
    pub kind: EventType,
    pub title: LocalizedText,
    pub description: LocalizedText,
    pub venue: Option<Venue>,
    pub online_url: Option<String>,
    /// The venue's country, else the organiser's.
    pub country: Option<String>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub languages: Vec<String>,
    pub capacity: Option<u32>,
    pub registration_deadline: Option<DateTime<Utc>>,
    /// Sorted by time.
    pub programme: Vec<ProgrammeItem>,
    pub matchmaking: bool,
    /// Demo data (seeded), not a real event.
    pub demo: bool,
}

/// Confirmed and waiting registrations of an event.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub confirmed: u32,
    pub waiting: u32,
}

/// What the event's own row does not know: names, counts and the caller's relation to it.
#[derive(Debug, Clone, PartialEq)]
pub struct EventContext {
    pub organizer: EventOrganizer,
    pub co_organizers: Vec<EventOrganizer>,
    pub counts: Counts,
    pub can_manage: bool,
    pub my_registration: Option<OwnRegistration>,
}

impl Model {
    pub fn kind(&self) -> EventType {
        enum_parse(&self.kind).unwrap_or(EventType::Information)
    }

    /// The state organisers set (`draft`, `published`, `closed`, `cancelled`).
    pub fn stored_status(&self) -> EventStatus {
        enum_parse(&self.status).unwrap_or(EventStatus::Draft)
    }

    /// Registration is possible until then: the deadline, else the start.
    pub fn deadline(&self) -> DateTime<Utc> {
        self.registration_deadline.unwrap_or(self.starts_at)
    }

    /// The state at `now`: a published event is `closed` after its deadline, and a published
    /// or closed one `done` once it has ended.
    pub fn status_at(&self, now: DateTime<Utc>) -> EventStatus {
        match self.stored_status() {
            EventStatus::Draft => EventStatus::Draft,
            EventStatus::Cancelled => EventStatus::Cancelled,
            _ if now >= self.ends_at => EventStatus::Done,
            EventStatus::Published if now > self.deadline() => EventStatus::Closed,
            other => other,
        }
    }

    pub fn title(&self) -> LocalizedText {
        from_json(&self.title)
    }

    pub fn description(&self) -> LocalizedText {
        from_json(&self.description)
    }

    pub fn languages(&self) -> Vec<String> {
        split_list(&self.languages)
    }

    pub fn programme(&self) -> Vec<ProgrammeItem> {
        from_json(&self.programme)
    }

    pub fn capacity(&self) -> Option<u32> {
        self.capacity.map(|c| c.max(0) as u32)
    }

    pub fn venue(&self) -> Option<Venue> {
        Some(Venue {
            name: self.venue_name.clone()?,
            street: self.street.clone(),
            postal_code: self.postal_code.clone(),
            city: self.city.clone()?,
            country: self.country.clone()?,
            place_id: self.place_id.map(|id| id as u32),
            region_code: self.region_code.clone(),
            lat: self.lat,
            lon: self.lon,
        })
    }

    fn places_left(&self, counts: Counts) -> Option<u32> {
        self.capacity().map(|c| c.saturating_sub(counts.confirmed))
    }

    /// The full event for a caller.
    pub fn into_api(self, context: EventContext, now: DateTime<Utc>) -> Event {
        let title = self.title();
        Event {
            id: self.id,
            organizer: context.organizer,
            co_organizers: context.co_organizers,
            text_languages: title.languages(),
            title,
            description: self.description(),
            kind: self.kind(),
            status: self.status_at(now),
            venue: self.venue(),
            online_url: self.online_url.clone(),
            country: self.country.clone(),
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            languages: self.languages(),
            capacity: self.capacity(),
            registration_deadline: self.deadline(),
            registered: context.counts.confirmed,
            waiting: context.counts.waiting,
            places_left: self.places_left(context.counts),
            programme: self.programme(),
            matchmaking: self.matchmaking,
            ics_url: format!("/api/v1/events/{}/ics", self.id),
            can_manage: context.can_manage,
            my_registration: context.my_registration,
            cancellation_reason: self.cancellation_reason,
            demo: self.demo,
            published_at: self.published_at,
            cancelled_at: self.cancelled_at,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }

    /// The entry in lists and calendars.
    pub fn into_summary(
        self,
        organizer: EventOrganizer,
        counts: Counts,
        now: DateTime<Utc>,
    ) -> EventSummary {
        EventSummary {
            id: self.id,
            title: self.title(),
            kind: self.kind(),
            status: self.status_at(now),
            organizer,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            city: self.city.clone(),
            online: self.online_url.is_some(),
            languages: self.languages(),
            capacity: self.capacity(),
            places_left: self.places_left(counts),
            matchmaking: self.matchmaking,
            demo: self.demo,
            country: self.country,
            region_code: self.region_code,
        }
    }
}

impl reg::Model {
    pub fn registration_status(&self) -> RegistrationStatus {
        enum_parse(&self.status).unwrap_or(RegistrationStatus::Cancelled)
    }
}

fn apply(active: &mut ActiveModel, f: &EventFields) {
    let venue = f.venue.as_ref();
    active.organization_id = Set(f.organization_id);
    active.kind = Set(enum_str(&f.kind));
    active.title = Set(json(&f.title));
    active.description = Set(json(&f.description));
    active.venue_name = Set(venue.map(|v| v.name.clone()));
    active.street = Set(venue.and_then(|v| v.street.clone()));
    active.postal_code = Set(venue.and_then(|v| v.postal_code.clone()));
    active.city = Set(venue.map(|v| v.city.clone()));
    active.country = Set(f.country.clone());
    active.place_id = Set(venue.and_then(|v| v.place_id.map(|id| id as i32)));
    active.region_code = Set(venue.and_then(|v| v.region_code.clone()));
    active.lat = Set(venue.and_then(|v| v.lat));
    active.lon = Set(venue.and_then(|v| v.lon));
    active.online_url = Set(f.online_url.clone());
    active.starts_at = Set(f.starts_at);
    active.ends_at = Set(f.ends_at);
    active.languages = Set(join_list(&f.languages));
    active.capacity = Set(f.capacity.map(|c| c.min(i32::MAX as u32) as i32));
    active.registration_deadline = Set(f.registration_deadline);
    active.programme = Set(json(&f.programme));
    active.matchmaking = Set(f.matchmaking);
    active.demo = Set(f.demo);
    active.updated_at = Set(Utc::now());
}

async fn set_co_organizers(
    db: &impl ConnectionTrait,
    event: Uuid,
    organizations: &[Uuid],
) -> Result<(), DbErr> {
    co::Entity::delete_many()
        .filter(co::Column::EventId.eq(event))
        .exec(db)
        .await?;
    if organizations.is_empty() {
        return Ok(());
    }
    let rows = organizations.iter().map(|org| co::ActiveModel {
        event_id: Set(event),
        organization_id: Set(*org),
    });
    co::Entity::insert_many(rows).exec(db).await?;
    Ok(())
}

/// Stores a new event as a draft.
pub async fn create(
    db: &impl ConnectionTrait,
    fields: EventFields,
    created_by: Option<Uuid>,
) -> Result<Model, DbErr> {
    let now = Utc::now();
    let mut active = ActiveModel {
        id: Set(Uuid::new_v4()),
        status: Set(enum_str(&EventStatus::Draft)),
        sequence: Set(0),
        cancellation_reason: Set(None),
        created_by: Set(created_by),
        created_at: Set(now),
        published_at: Set(None),
        cancelled_at: Set(None),
        ..Default::default()
    };
    apply(&mut active, &fields);
    let model = active.insert(db).await?;
    set_co_organizers(db, model.id, &fields.co_organizer_ids).await?;
    Ok(model)
}

/// An event by id.
pub async fn get(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Model>, DbErr> {
    Entity::find_by_id(id).one(db).await
}

/// Replaces the event's data (its state stays); raises the iCalendar sequence.
pub async fn update(
    db: &impl ConnectionTrait,
    current: Model,
    fields: EventFields,
) -> Result<Model, DbErr> {
    let sequence = current.sequence + 1;
    let mut active: ActiveModel = current.into();
    apply(&mut active, &fields);
    active.sequence = Set(sequence);
    let model = active.update(db).await?;
    set_co_organizers(db, model.id, &fields.co_organizer_ids).await?;
    Ok(model)
}

/// Sets the state organisers control; `published` and `cancelled` are timestamped,
/// a cancellation keeps its reason.
pub async fn set_status(
    db: &impl ConnectionTrait,
    current: Model,
    status: EventStatus,
    reason: Option<String>,
) -> Result<Model, DbErr> {
    let now = Utc::now();
    let sequence = current.sequence + 1;
    let first_publication = current.published_at.is_none();
    let mut active: ActiveModel = current.into();
    active.status = Set(enum_str(&status));
    active.sequence = Set(sequence);
    active.updated_at = Set(now);
    match status {
        EventStatus::Published if first_publication => active.published_at = Set(Some(now)),
        EventStatus::Cancelled => {
            active.cancelled_at = Set(Some(now));
            active.cancellation_reason = Set(reason);
        }
        _ => {}
    }
    active.update(db).await
}

/// Deletes an event (co-organisers and registrations go with it).
pub async fn delete(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// Takes the write lock on an event's row for the rest of the transaction, so registrations
/// are counted and placed one after the other on PostgreSQL (on SQLite, write transactions
/// started with `begin_write` are one after the other anyway).
pub async fn lock(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::Sequence, Expr::col(Column::Sequence))
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// The co-organisers of an event.
pub async fn co_organizer_ids(db: &impl ConnectionTrait, event: Uuid) -> Result<Vec<Uuid>, DbErr> {
    Ok(co::Entity::find()
        .filter(co::Column::EventId.eq(event))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.organization_id)
        .collect())
}

/// Names of organisations by id (unknown ids are left out).
pub async fn organization_names(
    db: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, String>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(organization::Entity::find()
        .filter(organization::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

/// Who may see drafts in a list.
#[derive(Debug, Clone, PartialEq)]
pub enum DraftVisibility {
    None,
    /// Drafts organised or co-organised by these organisations.
    Of(Vec<Uuid>),
    All,
}

/// Filters and paging of the event list.
#[derive(Debug, Clone, PartialEq)]
pub struct EventFilter {
    pub country: Option<String>,
    pub kind: Option<EventType>,
    pub language: Option<String>,
    /// Only events that end after this instant.
    pub ends_after: Option<DateTime<Utc>>,
    /// Only events that start before this instant.
    pub starts_before: Option<DateTime<Utc>>,
    pub organization_id: Option<Uuid>,
    pub status: Option<EventStatus>,
    pub drafts: DraftVisibility,
    pub now: DateTime<Utc>,
    pub offset: u64,
    pub limit: u64,
}

fn with_co_organizer(organizations: Vec<Uuid>) -> Condition {
    let co_organized = Query::select()
        .column(co::Column::EventId)
        .from(co::Entity)
        .and_where(co::Column::OrganizationId.is_in(organizations.clone()))
        .to_owned();
    Condition::any()
        .add(Column::OrganizationId.is_in(organizations))
        .add(Column::Id.in_subquery(co_organized))
}

/// The derived state `status` at `now`, as a condition on the stored columns.
fn status_condition(status: EventStatus, now: DateTime<Utc>) -> Condition {
    let stored = |s: EventStatus| Column::Status.eq(enum_str(&s));
    let running = || {
        Condition::all()
            .add(
                Condition::any()
                    .add(stored(EventStatus::Published))
                    .add(stored(EventStatus::Closed)),
            )
            .add(Column::EndsAt.gt(now))
    };
    let deadline_passed = Condition::any()
        .add(
            Condition::all()
                .add(Column::RegistrationDeadline.is_not_null())
                .add(Column::RegistrationDeadline.lt(now)),
        )
        .add(
            Condition::all()
                .add(Column::RegistrationDeadline.is_null())
                .add(Column::StartsAt.lt(now)),
        );
    match status {
        EventStatus::Draft => Condition::all().add(stored(EventStatus::Draft)),
        EventStatus::Cancelled => Condition::all().add(stored(EventStatus::Cancelled)),
        EventStatus::Done => Condition::all()
            .add(
                Condition::any()
                    .add(stored(EventStatus::Published))
                    .add(stored(EventStatus::Closed)),
            )
            .add(Column::EndsAt.lte(now)),
        EventStatus::Closed => running().add(
            Condition::any().add(stored(EventStatus::Closed)).add(
                Condition::all()
                    .add(stored(EventStatus::Published))
                    .add(deadline_passed),
            ),
        ),
        EventStatus::Published => running()
            .add(stored(EventStatus::Published))
            .add(deadline_passed.not()),
    }
}

/// One page of events by start, with the total.
pub async fn list(
    db: &impl ConnectionTrait,
    filter: &EventFilter,
) -> Result<(Vec<Model>, u64), DbErr> {
    let mut condition = Condition::all();
    match &filter.drafts {
        DraftVisibility::All => {}
        DraftVisibility::None => {
            condition = condition.add(Column::Status.ne(enum_str(&EventStatus::Draft)))
        }
        DraftVisibility::Of(orgs) => {
            condition = condition.add(
                Condition::any()
                    .add(Column::Status.ne(enum_str(&EventStatus::Draft)))
                    .add(with_co_organizer(orgs.clone())),
            )
        }
    }
    if let Some(country) = &filter.country {
        condition = condition.add(Column::Country.eq(country.clone()));
    }
    if let Some(kind) = &filter.kind {
        condition = condition.add(Column::Kind.eq(enum_str(kind)));
    }
    if let Some(language) = &filter.language {
        condition = condition.add(Column::Languages.contains(format!(";{language};")));
    }
    if let Some(after) = filter.ends_after {
        condition = condition.add(Column::EndsAt.gt(after));
    }
    if let Some(before) = filter.starts_before {
        condition = condition.add(Column::StartsAt.lt(before));
    }
    if let Some(org) = filter.organization_id {
        condition = condition.add(with_co_organizer(vec![org]));
    }
    if let Some(status) = filter.status {
        condition = condition.add(status_condition(status, filter.now));
    }
    let query = Entity::find().filter(condition);
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_asc(Column::StartsAt)
        .order_by_asc(Column::Id)
        .offset(filter.offset)
        .limit(filter.limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// Titles of the demo events already stored, by German title (keeps `seed --demo` idempotent).
pub async fn demo_titles(
    db: &impl ConnectionTrait,
) -> Result<std::collections::HashSet<String>, DbErr> {
    Ok(Entity::find()
        .filter(Column::Demo.eq(true))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|m| m.title().de)
        .collect())
}

/// The id of a demo organisation by its exact name (for demo events).
pub async fn demo_organization_id(
    db: &impl ConnectionTrait,
    name: &str,
) -> Result<Option<Uuid>, DbErr> {
    Ok(organization::Entity::find()
        .filter(organization::Column::Demo.eq(true))
        .filter(organization::Column::Name.eq(name))
        .one(db)
        .await?
        .map(|o| o.id))
}

// --- registrations ---

/// Confirmed and waiting registrations per event.
pub async fn counts(
    db: &impl ConnectionTrait,
    events: &[Uuid],
) -> Result<HashMap<Uuid, Counts>, DbErr> {
    if events.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(Uuid, String, i64)> = reg::Entity::find()
        .select_only()
        .column(reg::Column::EventId)
        .column(reg::Column::Status)
        .column_as(reg::Column::Id.count(), "n")
        .filter(reg::Column::EventId.is_in(events.to_vec()))
        .group_by(reg::Column::EventId)
        .group_by(reg::Column::Status)
        .into_tuple()
        .all(db)
        .await?;
    let mut out: HashMap<Uuid, Counts> = HashMap::new();
    for (event, status, n) in rows {
        let entry = out.entry(event).or_default();
        match enum_parse(&status) {
            Some(RegistrationStatus::Confirmed) => entry.confirmed = n as u32,
            Some(RegistrationStatus::Waiting) => entry.waiting = n as u32,
            _ => {}
        }
    }
    Ok(out)
}

/// A person's registration for an event, in any state.
pub async fn registration_of(
    db: &impl ConnectionTrait,
    event: Uuid,
    user: Uuid,
) -> Result<Option<Registration>, DbErr> {
    reg::Entity::find()
        .filter(reg::Column::EventId.eq(event))
        .filter(reg::Column::UserId.eq(user))
        .one(db)
        .await
}

/// A registration of an event by id.
pub async fn registration(
    db: &impl ConnectionTrait,
    event: Uuid,
    id: Uuid,
) -> Result<Option<Registration>, DbErr> {
    reg::Entity::find_by_id(id)
        .filter(reg::Column::EventId.eq(event))
        .one(db)
        .await
}

/// Who registers, for whom, and where they land.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRegistration {
    pub event_id: Uuid,
    pub user_id: Uuid,
    pub organization_id: Uuid,
    pub note: Option<String>,
    pub status: RegistrationStatus,
}

/// Stores a registration; a cancelled one of the same person is reused (and queued anew).
pub async fn register(
    db: &impl ConnectionTrait,
    new: NewRegistration,
    cancelled: Option<Registration>,
) -> Result<Registration, DbErr> {
    let now = Utc::now();
    let reuse = cancelled.is_some();
    let mut active = match cancelled {
        Some(previous) => previous.into(),
        None => reg::ActiveModel {
            id: Set(Uuid::new_v4()),
            event_id: Set(new.event_id),
            user_id: Set(new.user_id),
            created_at: Set(now),
            ..Default::default()
        },
    };
    active.organization_id = Set(new.organization_id);
    active.status = Set(enum_str(&new.status));
    active.note = Set(new.note);
    active.registered_at = Set(now);
    active.checked_in_at = Set(None);
    active.cancelled_at = Set(None);
    active.updated_at = Set(now);
    if reuse {
        active.update(db).await
    } else {
        active.insert(db).await
    }
}

/// Changes a registration's state (cancelling timestamps it).
pub async fn set_registration_status(
    db: &impl ConnectionTrait,
    current: Registration,
    status: RegistrationStatus,
) -> Result<Registration, DbErr> {
    let now = Utc::now();
    let mut active: reg::ActiveModel = current.into();
    active.status = Set(enum_str(&status));
    active.updated_at = Set(now);
    if status == RegistrationStatus::Cancelled {
        active.cancelled_at = Set(Some(now));
        active.checked_in_at = Set(None);
    }
    active.update(db).await
}

/// Marks a person as arrived, or not.
pub async fn set_checked_in(
    db: &impl ConnectionTrait,
    current: Registration,
    checked_in: bool,
) -> Result<Registration, DbErr> {
    let now = Utc::now();
    let keep = current.checked_in_at;
    let mut active: reg::ActiveModel = current.into();
    active.checked_in_at = Set(if checked_in { keep.or(Some(now)) } else { None });
    active.updated_at = Set(now);
    active.update(db).await
}

/// Registrations of an event that are not cancelled, in the order people registered.
pub async fn registrations(
    db: &impl ConnectionTrait,
    event: Uuid,
) -> Result<Vec<Registration>, DbErr> {
    reg::Entity::find()
        .filter(reg::Column::EventId.eq(event))
        .filter(reg::Column::Status.ne(enum_str(&RegistrationStatus::Cancelled)))
        .order_by_asc(reg::Column::RegisteredAt)
        .order_by_asc(reg::Column::Id)
        .all(db)
        .await
}

/// The waiting list of an event, first in line first.
pub async fn waiting_list(
    db: &impl ConnectionTrait,
    event: Uuid,
) -> Result<Vec<Registration>, DbErr> {
    reg::Entity::find()
        .filter(reg::Column::EventId.eq(event))
        .filter(reg::Column::Status.eq(enum_str(&RegistrationStatus::Waiting)))
        .order_by_asc(reg::Column::RegisteredAt)
        .order_by_asc(reg::Column::Id)
        .all(db)
        .await
}

/// Number of confirmed registrations of an event.
pub async fn confirmed_count(db: &impl ConnectionTrait, event: Uuid) -> Result<u64, DbErr> {
    reg::Entity::find()
        .filter(reg::Column::EventId.eq(event))
        .filter(reg::Column::Status.eq(enum_str(&RegistrationStatus::Confirmed)))
        .count(db)
        .await
}

/// A person's registrations that are not cancelled.
pub async fn registrations_of_user(
    db: &impl ConnectionTrait,
    user: Uuid,
) -> Result<Vec<Registration>, DbErr> {
    reg::Entity::find()
        .filter(reg::Column::UserId.eq(user))
        .filter(reg::Column::Status.ne(enum_str(&RegistrationStatus::Cancelled)))
        .all(db)
        .await
}

/// Events by id.
pub async fn get_many(db: &impl ConnectionTrait, ids: &[Uuid]) -> Result<Vec<Model>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Entity::find()
        .filter(Column::Id.is_in(ids.to_vec()))
        .order_by_asc(Column::StartsAt)
        .all(db)
        .await
}

/// Registrations of an event that are not cancelled, with the people, in the order they
/// registered (registrations of deleted accounts are gone with them).
pub async fn registrants(
    db: &impl ConnectionTrait,
    event: Uuid,
) -> Result<Vec<(Registration, crate::entities::user::Model)>, DbErr> {
    use crate::entities::user;
    let rows = registrations(db, event).await?;
    let ids: Vec<Uuid> = rows.iter().map(|r| r.user_id).collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut people: HashMap<Uuid, user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|r| people.remove(&r.user_id).map(|u| (r, u)))
        .collect())
}
