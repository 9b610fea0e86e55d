//! Events: information days, Kooperationsbörsen, workshops, exhibitions — and registrations.

use chrono::{DateTime, NaiveDate, Utc};
use glokal_domain::Language;
use uuid::Uuid;

use crate::LocalizedText;

/// What kind of event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// Talks and information days.
    Information,
    /// Cooperation events, e.g. a Kooperationsbörse with 1:1 meetings.
    Cooperation,
    Workshop,
    /// A fair or accompanying exhibition.
    Exhibition,
}

/// Where an event is in its life.
///
/// Organisers set `draft` → `published` (→ `closed`: registration stopped early), or
/// `cancelled`. A published event is reported as `closed` once its registration deadline has
/// passed and as `done` once it has ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    /// Seen only by the organiser's members.
    Draft,
    /// Public; registration open until the deadline.
    Published,
    /// Public; registration closed.
    Closed,
    /// Over.
    Done,
    /// Called off; registered people were told.
    Cancelled,
}

/// Venue of an event as entered.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VenueInput {
    /// E.g. `Internationales Congress Center Dresden`.
    pub name: String,
    #[serde(default)]
    pub street: Option<String>,
    #[serde(default)]
    pub postal_code: Option<String>,
    pub city: String,
    /// ISO 3166-1 alpha-2 (`DE`, `CZ`, …).
    pub country: String,
    /// GeoNames id from `search_places`; without it the town is looked up by name.
    #[serde(default)]
    pub place_id: Option<u32>,
}

/// Venue of an event, with the place's coordinates and NUTS 3 region when the town is known.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Venue {
    pub name: String,
    pub street: Option<String>,
    pub postal_code: Option<String>,
    pub city: String,
    pub country: String,
    pub place_id: Option<u32>,
    pub region_code: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// One programme item as entered.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeItemInput {
    /// RFC 3339 with offset, within the event, e.g. `2027-03-11T10:30:00+01:00`.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub starts_at: String,
    /// Title (talk, visit, break) in at least one language.
    pub title: LocalizedText,
    /// Speaker or host.
    #[serde(default)]
    pub speaker: Option<String>,
}

/// One programme item (talk, visit, break).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeItem {
    pub starts_at: DateTime<Utc>,
    pub title: LocalizedText,
    pub speaker: Option<String>,
}

/// Body of `create_event` and `update_event` (a full replacement).
///
/// Times are RFC 3339 with an offset (`+01:00`/`+02:00` for Dresden and Liberec alike —
/// Europe/Berlin and Europe/Prague keep the same time); they are stored and returned in UTC.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "organization_id": "0d9f3b2e-5a4c-4f7e-9a51-2c7f4f0e8b11",
    "title": {"de": "Kooperationsbörse Automotive", "cs": "Kooperační burza Automotive"},
    "description": {"de": "Zulieferer aus Sachsen und Nordböhmen treffen sich zu 1:1-Gesprächen."},
    "type": "cooperation",
    "venue": {"name": "Internationales Congress Center Dresden", "street": "Ostra-Ufer 2", "city": "Dresden", "country": "DE"},
    "starts_at": "2027-03-11T09:00:00+01:00",
    "ends_at": "2027-03-11T16:00:00+01:00",
    "languages": ["de", "cs"],
    "capacity": 120,
    "registration_deadline": "2027-03-04T23:59:00+01:00",
    "matchmaking": true
})))]
pub struct EventInput {
    /// The organiser: the caller must be institution staff and its owner or editor.
    pub organization_id: Uuid,
    /// Further organisations running the event.
    #[serde(default)]
    pub co_organizer_ids: Vec<Uuid>,
    /// At least one language.
    pub title: LocalizedText,
    #[serde(default)]
    pub description: LocalizedText,
    #[serde(rename = "type")]
    pub kind: EventType,
    /// Where it takes place; at least one of `venue` and `online_url` (both: hybrid).
    #[serde(default)]
    pub venue: Option<VenueInput>,
    /// Link to join online.
    #[serde(default)]
    pub online_url: Option<String>,
    /// RFC 3339 with offset.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub starts_at: String,
    /// RFC 3339 with offset; after `starts_at`.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub ends_at: String,
    /// Languages spoken at the event (codes from `list_languages`), at least one.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Places; without it there is no limit and no waiting list.
    #[serde(default)]
    pub capacity: Option<u32>,
    /// RFC 3339 with offset; default: the start. At the latest the end.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub registration_deadline: Option<String>,
    /// Programme items, at most 50, each within the event.
    #[serde(default)]
    pub programme: Vec<ProgrammeItemInput>,
    /// The event has B2B matchmaking (meeting requests and scheduling).
    #[serde(default)]
    pub matchmaking: bool,
}

/// An organisation named on an event.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventOrganizer {
    pub id: Uuid,
    pub name: String,
}

/// The caller's own registration, shown on the event.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OwnRegistration {
    pub id: Uuid,
    pub status: RegistrationStatus,
    /// 1 = next to move up; only while waiting.
    pub waiting_position: Option<u32>,
}

/// An event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Event {
    pub id: Uuid,
    pub organizer: EventOrganizer,
    pub co_organizers: Vec<EventOrganizer>,
    pub title: LocalizedText,
    pub description: LocalizedText,
    /// The languages the title exists in.
    pub text_languages: Vec<Language>,
    #[serde(rename = "type")]
    pub kind: EventType,
    pub status: EventStatus,
    pub venue: Option<Venue>,
    pub online_url: Option<String>,
    /// The venue's country; for online-only events the organiser's.
    pub country: Option<String>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub languages: Vec<String>,
    pub capacity: Option<u32>,
    /// Registration is possible until then (the start, unless set earlier).
    pub registration_deadline: DateTime<Utc>,
    /// Confirmed registrations.
    pub registered: u32,
    /// People on the waiting list.
    pub waiting: u32,
    /// Free places (`null`: no limit).
    pub places_left: Option<u32>,
    pub programme: Vec<ProgrammeItem>,
    pub matchmaking: bool,
    /// Path of the event's iCalendar file.
    pub ics_url: String,
    /// Whether the caller may edit, publish and cancel it.
    pub can_manage: bool,
    /// The caller's registration, if any (not cancelled).
    pub my_registration: Option<OwnRegistration>,
    /// Why it was cancelled, if the organiser said.
    pub cancellation_reason: Option<String>,
    /// Demo data, not a real event.
    pub demo: bool,
    pub published_at: Option<DateTime<Utc>>,
    pub cancelled_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An event in lists and calendars.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventSummary {
    pub id: Uuid,
    pub title: LocalizedText,
    #[serde(rename = "type")]
    pub kind: EventType,
    pub status: EventStatus,
    pub organizer: EventOrganizer,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Town of the venue (`null`: online only).
    pub city: Option<String>,
    pub country: Option<String>,
    pub region_code: Option<String>,
    /// It can be joined online.
    pub online: bool,
    pub languages: Vec<String>,
    pub capacity: Option<u32>,
    pub places_left: Option<u32>,
    pub matchmaking: bool,
    pub demo: bool,
}

/// Filters and paging of `list_events` (and the `events.ics` feed).
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct EventQuery {
    /// ISO country code of the venue (`DE`, `CZ`).
    pub country: Option<String>,
    /// Event type.
    #[serde(rename = "type")]
    pub kind: Option<EventType>,
    /// Spoken at the event (code from `list_languages`).
    pub language: Option<String>,
    /// Only events on or after this day (local time in Dresden/Prague).
    pub from: Option<NaiveDate>,
    /// Only events on or before this day (local time).
    pub to: Option<NaiveDate>,
    /// Organised or co-organised by this organisation.
    pub organization_id: Option<Uuid>,
    /// Only events in this state (drafts: only your own organisations').
    pub status: Option<EventStatus>,
    #[serde(default)]
    pub offset: Option<u64>,
    /// 1–100, default 20.
    #[serde(default)]
    pub limit: Option<u64>,
}

/// One page of events, by start.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventPage {
    pub items: Vec<EventSummary>,
    /// All matches (independent of paging).
    pub total: u64,
    pub offset: u64,
    pub limit: u64,
}

/// `cancel_event`: the reason is passed on to registered people.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CancelEventRequest {
    /// At most 2000 characters.
    #[serde(default)]
    pub reason: Option<String>,
}

/// Language of the `.ics` texts (`events.ics`, `/events/{id}/ics`).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct CalendarQuery {
    /// `de`, `cs` or `en`; default from `Accept-Language`. Texts missing in it come in another.
    pub lang: Option<Language>,
}

/// Filters of the subscribable `events.ics` feed.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct EventFeedQuery {
    /// `de`, `cs` or `en`; default from `Accept-Language`.
    pub lang: Option<Language>,
    /// ISO country code of the venue.
    pub country: Option<String>,
    /// Event type.
    #[serde(rename = "type")]
    pub kind: Option<EventType>,
    /// Spoken at the event.
    pub language: Option<String>,
    /// Organised or co-organised by this organisation.
    pub organization_id: Option<Uuid>,
}

/// A registration's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RegistrationStatus {
    /// Has a place.
    Confirmed,
    /// On the waiting list; moves up when someone cancels.
    Waiting,
    Cancelled,
}

/// `register_for_event`: on behalf of which organisation (the caller must be its member).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventRegistrationRequest {
    pub organization_id: Uuid,
    /// A note to the organisers (at most 1000 characters).
    #[serde(default)]
    pub note: Option<String>,
}

/// A registration as its registrant sees it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventRegistration {
    pub id: Uuid,
    pub event_id: Uuid,
    pub organization: EventOrganizer,
    pub status: RegistrationStatus,
    /// 1 = next to move up; only while waiting.
    pub waiting_position: Option<u32>,
    pub note: Option<String>,
    pub checked_in: bool,
    pub registered_at: DateTime<Utc>,
}

/// One of the caller's registrations with its event (`my_registrations`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MyRegistration {
    pub registration: EventRegistration,
    pub event: EventSummary,
}

/// A line of the organisers' check-in list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationEntry {
    pub id: Uuid,
    pub user_id: Uuid,
    /// The person's display name.
    pub name: String,
    pub email: String,
    pub organization: EventOrganizer,
    pub status: RegistrationStatus,
    pub waiting_position: Option<u32>,
    pub note: Option<String>,
    pub checked_in: bool,
    pub checked_in_at: Option<DateTime<Utc>>,
    pub registered_at: DateTime<Utc>,
}

/// The check-in list: confirmed people by organisation and name, then the waiting list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegistrationList {
    pub event_id: Uuid,
    pub capacity: Option<u32>,
    pub confirmed: u32,
    pub waiting: u32,
    pub checked_in: u32,
    pub items: Vec<RegistrationEntry>,
}

/// `check_in`: arrived or not (toggle on a phone at the door).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckInRequest {
    pub checked_in: bool,
}
