//! The Kooperationsbörse of an event: settings and slots, participants' event profiles and
//! partner suggestions, meeting requests, the schedule (agenda and table plan) and ratings.

use chrono::{DateTime, Utc};
use glokal_domain::Language;
use uuid::Uuid;

use crate::{LocalizedText, OrganizationKind};

/// A period as entered: RFC 3339 with offset, e.g. `2027-03-11T10:00:00+01:00`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimeRangeInput {
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub starts_at: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub ends_at: String,
}

/// A period (UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TimeRange {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// Body of `configure_matchmaking` (a full replacement).
///
/// Slots run from each day's start, one after the other, `slot_minutes` long; a slot that would
/// touch a break starts after the break instead. At most 128 slots in all.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "days": [{"starts_at": "2027-03-11T10:00:00+01:00", "ends_at": "2027-03-11T16:00:00+01:00"}],
    "slot_minutes": 20,
    "breaks": [{"starts_at": "2027-03-11T12:00:00+01:00", "ends_at": "2027-03-11T13:00:00+01:00"}],
    "tables": 30,
    "interpreter_tables": 4,
    "max_meetings": 10,
    "request_expiry_hours": 48,
    "booking_deadline": "2027-03-09T18:00:00+01:00"
})))]
pub struct MatchmakingInput {
    /// Meeting times per day, 1 to 7, within the event, not overlapping.
    pub days: Vec<TimeRangeInput>,
    /// Length of a meeting in minutes (5–240).
    pub slot_minutes: u32,
    /// Breaks without meetings (lunch), at most 20.
    #[serde(default)]
    pub breaks: Vec<TimeRangeInput>,
    /// Ordinary tables (1–1000).
    pub tables: u32,
    /// Further tables with a German–Czech interpreter (0–200).
    #[serde(default)]
    pub interpreter_tables: u32,
    /// Default maximum of meetings per participant (1–128); participants may set their own.
    pub max_meetings: u32,
    /// Pending requests expire after this many hours (1–720), so they block nobody.
    pub request_expiry_hours: u32,
    /// Requests are sent and answered until then (RFC 3339); default: the first day's start.
    /// At the latest the end of the last day.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub booking_deadline: Option<String>,
}

/// A meeting slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Slot {
    /// 0-based, in time order.
    pub index: u32,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// Meeting outcomes after the event, counted over every rating (each side rates once).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeetingOutcomeCounts {
    /// Published meetings.
    pub meetings: u32,
    /// Ratings given (up to two per meeting).
    pub ratings: u32,
    pub no_follow_up: u32,
    pub follow_up_planned: u32,
    pub offer_quote: u32,
    pub cooperation_agreement: u32,
}

/// The Kooperationsbörse of an event.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MatchmakingSettings {
    pub event_id: Uuid,
    pub days: Vec<TimeRange>,
    pub breaks: Vec<TimeRange>,
    pub slot_minutes: u32,
    pub tables: u32,
    pub interpreter_tables: u32,
    pub max_meetings: u32,
    pub request_expiry_hours: u32,
    pub booking_deadline: DateTime<Utc>,
    /// Requests can be sent and answered now.
    pub booking_open: bool,
    pub slots: Vec<Slot>,
    /// Confirmed registrations (every one is a participant).
    pub participants: u32,
    /// Accepted meeting requests.
    pub accepted_requests: u32,
    /// When organisers last ran `schedule_meetings`.
    pub draft_generated_at: Option<DateTime<Utc>>,
    /// When a schedule was last published.
    pub schedule_published_at: Option<DateTime<Utc>>,
    /// Whether the caller organises the event.
    pub can_manage: bool,
    /// The caller's participant id, if they take part.
    pub my_participant_id: Option<Uuid>,
    /// Outcomes of the meetings (organisers only).
    pub outcomes: Option<MeetingOutcomeCounts>,
    pub updated_at: DateTime<Utc>,
}

/// Body of `update_my_participation` (a full replacement).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "offer": {"de": "Spritzguss von technischen Teilen bis 2 kg", "cs": "Vstřikování technických dílů do 2 kg"},
    "seek": {"de": "Werkzeugbau in Nordböhmen"},
    "keywords": ["Spritzguss", "vstřikování", "Werkzeugbau"],
    "nace_codes": ["22.29"],
    "languages": ["de", "en"],
    "available_slots": [0, 1, 2, 3, 6, 7],
    "max_meetings": 6
})))]
pub struct ParticipationInput {
    /// What the participant offers, per language (each at most 2000 characters).
    #[serde(default)]
    pub offer: LocalizedText,
    /// What they look for, per language (each at most 2000 characters).
    #[serde(default)]
    pub seek: LocalizedText,
    /// Up to 30 keywords in any language.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Up to 20 NACE codes.
    #[serde(default)]
    pub nace_codes: Vec<String>,
    /// Languages spoken at the table (codes from `list_languages`), at least one.
    pub languages: Vec<String>,
    /// Slot indexes the participant is there (`null`: all slots).
    #[serde(default)]
    pub available_slots: Option<Vec<u32>>,
    /// Own maximum of meetings (`null`: the event's default), at most the number of slots.
    #[serde(default)]
    pub max_meetings: Option<u32>,
}

/// What the platform suggests for a participant's event profile: from the organisation's
/// description, keywords, NACE codes and languages and its published offers and requests.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ParticipationDraft {
    pub offer: LocalizedText,
    pub seek: LocalizedText,
    pub keywords: Vec<String>,
    pub nace_codes: Vec<String>,
    pub languages: Vec<String>,
}

/// An organisation taking part, as shown to the other participants.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ParticipantOrganization {
    pub id: Uuid,
    pub name: String,
    pub kind: OrganizationKind,
    pub country: String,
    pub city: String,
    pub nace_codes: Vec<String>,
    pub logo_url: Option<String>,
}

/// The caller's participation in an event's Kooperationsbörse.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Participation {
    /// The participant id (the id of the caller's registration).
    pub participant_id: Uuid,
    pub event_id: Uuid,
    pub organization: ParticipantOrganization,
    /// `false` until the participant saves the profile; until then the profile fields show
    /// the suggestion.
    pub saved: bool,
    pub offer: LocalizedText,
    pub seek: LocalizedText,
    pub keywords: Vec<String>,
    pub nace_codes: Vec<String>,
    pub languages: Vec<String>,
    /// Slot indexes the participant is there (`null`: all slots).
    pub available_slots: Option<Vec<u32>>,
    /// Own maximum (`null`: the event's default).
    pub max_meetings: Option<u32>,
    /// The maximum that applies.
    pub effective_max_meetings: u32,
    /// Pre-filled from the organisation and its published offers and requests.
    pub suggested: ParticipationDraft,
    pub updated_at: Option<DateTime<Utc>>,
}

/// A text in the language it is shown in.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShownText {
    pub language: Language,
    pub text: String,
}

/// A participant in the list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ParticipantSummary {
    /// Participant id: address meeting requests to it.
    pub id: Uuid,
    pub organization: ParticipantOrganization,
    /// What they offer, in the viewer's language if written in it.
    pub offer: Option<ShownText>,
    /// What they look for.
    pub seek: Option<ShownText>,
    pub keywords: Vec<String>,
    /// The profile's NACE codes (else the organisation's).
    pub nace_codes: Vec<String>,
    pub languages: Vec<String>,
    /// The caller themself.
    pub is_me: bool,
}

/// Why a partner is suggested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SuggestionReasonKind {
    /// The same NACE class.
    SharedNace,
    /// A NACE code in the same group or division.
    RelatedNace,
    /// Keywords both use (in any language, diacritics ignored).
    SharedKeywords,
    /// Their keywords appear in what the caller looks for, or the other way round.
    MatchesSeek,
    /// Across the border.
    CrossBorder,
}

/// One reason of a suggestion, with the matching values and a sentence in the caller's language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SuggestionReason {
    pub kind: SuggestionReasonKind,
    /// E.g. the shared NACE codes or keywords.
    pub values: Vec<String>,
    pub text: String,
}

/// A suggested partner for the caller.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartnerSuggestion {
    pub participant_id: Uuid,
    pub organization_name: String,
    /// Higher is better; comparable within one list only.
    pub score: u32,
    pub reasons: Vec<SuggestionReason>,
}

/// Filters of `list_participants`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ParticipantQuery {
    /// The organisation's country (`DE`, `CZ`).
    pub country: Option<String>,
    /// NACE code or prefix (`C`, `22`, `22.2`, `22.29`) of the profile or organisation.
    pub nace: Option<String>,
    /// Text in the name, offer, look-for texts or keywords (any language, diacritics ignored).
    pub q: Option<String>,
}

/// The participants of a Kooperationsbörse, by organisation name, with suggestions.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ParticipantList {
    pub items: Vec<ParticipantSummary>,
    /// All participants (without filters).
    pub total: u32,
    /// Best partners for the caller (participants only; at most 10, without those already
    /// asked or asking), independent of the filters.
    pub suggestions: Vec<PartnerSuggestion>,
}

/// Body of `request_meeting`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeetingRequestInput {
    /// The participant to meet (an id from `list_participants`).
    pub to_participant_id: Uuid,
    /// A message to them, at most 1000 characters.
    #[serde(default)]
    pub message: Option<String>,
}

/// Where a meeting request stands. `expired` is a pending request whose time ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MeetingRequestStatus {
    Pending,
    Accepted,
    Declined,
    Expired,
    Cancelled,
}

/// One side of a meeting request.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ParticipantRef {
    pub participant_id: Uuid,
    pub organization_id: Uuid,
    pub organization_name: String,
    pub country: String,
}

/// A meeting request as its sender or recipient sees it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeetingRequest {
    pub id: Uuid,
    pub event_id: Uuid,
    pub from: ParticipantRef,
    pub to: ParticipantRef,
    pub message: Option<String>,
    pub status: MeetingRequestStatus,
    /// A pending request expires then.
    pub expires_at: DateTime<Utc>,
    pub answered_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

/// The caller's meeting requests of one event, newest first.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeetingRequestList {
    pub incoming: Vec<MeetingRequest>,
    pub outgoing: Vec<MeetingRequest>,
}

/// The recipient's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MeetingAnswer {
    Accept,
    Decline,
}

/// Body of `answer_meeting_request`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AnswerMeetingRequest {
    pub answer: MeetingAnswer,
}

/// Why an accepted request got no slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum UnscheduledReason {
    /// Its published place no longer exists or a side cannot be there any more.
    Invalid,
    /// The two are never there at the same time.
    NoCommonSlot,
    /// One side has as many meetings as they allowed.
    MeetingLimit,
    /// The slots both are there are taken by their other meetings, or all tables are in use.
    NoFreeSlot,
    /// Its published place collides with another published meeting.
    FixedConflict,
}

/// An accepted request without a place in the schedule.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnscheduledMeeting {
    pub meeting_id: Uuid,
    pub request_id: Uuid,
    pub a: ParticipantRef,
    pub b: ParticipantRef,
    pub reason: UnscheduledReason,
    /// The reason in the caller's language.
    pub message: String,
}

/// What `schedule_meetings` produced (stored as the draft).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScheduleResult {
    pub event_id: Uuid,
    /// Accepted requests between current participants.
    pub requests: u32,
    pub scheduled: u32,
    /// No schedule can place more meetings than this.
    pub upper_bound: u32,
    /// Published meetings kept where they are.
    pub kept: u32,
    /// Scheduled German–Czech pairs without a common language and without an interpreter table.
    pub interpreter_missing: u32,
    pub unscheduled: Vec<UnscheduledMeeting>,
    pub generated_at: DateTime<Utc>,
}

/// What `publish_schedule` did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PublishScheduleResult {
    pub event_id: Uuid,
    /// Meetings in the published schedule.
    pub meetings: u32,
    /// Participants whose agenda changed (they got a mail with their agenda).
    pub notified: u32,
    pub published_at: DateTime<Utc>,
}

/// The other side of a meeting, with the contact person (the registered person).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeetingPartner {
    pub participant_id: Uuid,
    pub organization: ParticipantOrganization,
    /// `null` when the person keeps their name to their own organisations.
    pub contact_name: Option<String>,
    /// `null` when the person shares their e-mail address with nobody.
    pub contact_email: Option<String>,
    pub languages: Vec<String>,
}

/// How a meeting went, as one side rates it after the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MeetingOutcome {
    NoFollowUp,
    FollowUpPlanned,
    /// An offer or quote was made.
    OfferQuote,
    /// A cooperation agreement was reached.
    CooperationAgreement,
}

/// A meeting in a participant's agenda.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgendaMeeting {
    pub meeting_id: Uuid,
    pub slot: u32,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Table number as signposted (1-based; interpreter tables follow the ordinary ones).
    pub table: u32,
    /// The table has a German–Czech interpreter.
    pub interpreter_table: bool,
    /// The two share no language and no interpreter table was free.
    pub interpreter_missing: bool,
    pub with: MeetingPartner,
    /// The caller's rating, once given.
    pub my_rating: Option<MeetingOutcome>,
}

/// A participant's published meetings, by time.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Agenda {
    pub event_id: Uuid,
    pub participant_id: Uuid,
    /// When the schedule was published (`null`: not yet; then there are no meetings).
    pub published_at: Option<DateTime<Utc>>,
    pub meetings: Vec<AgendaMeeting>,
    /// Path of the agenda as iCalendar file.
    pub ics_url: String,
}

/// Which schedule a table plan shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ScheduleVersion {
    #[default]
    Published,
    /// The last result of `schedule_meetings`, not yet published.
    Draft,
}

/// `get_table_plan`: which schedule.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct TablePlanQuery {
    /// `published` (default) or `draft`.
    pub version: Option<ScheduleVersion>,
}

/// One side at a table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TablePlanSide {
    pub participant_id: Uuid,
    pub organization_name: String,
    pub country: String,
    pub person_name: String,
}

/// A meeting at a table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TablePlanMeeting {
    pub meeting_id: Uuid,
    /// 1-based table number.
    pub table: u32,
    pub interpreter_table: bool,
    pub interpreter_missing: bool,
    pub a: TablePlanSide,
    pub b: TablePlanSide,
}

/// The meetings of one slot, by table (free tables are left out).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TablePlanSlot {
    pub index: u32,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub meetings: Vec<TablePlanMeeting>,
}

/// Who meets whom at which table and time (organisers; printable).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TablePlan {
    pub event_id: Uuid,
    pub version: ScheduleVersion,
    /// When the draft was made or the schedule published (`null`: none yet).
    pub generated_at: Option<DateTime<Utc>>,
    pub tables: u32,
    pub interpreter_tables: u32,
    pub slots: Vec<TablePlanSlot>,
    /// Accepted requests without a place (draft only).
    pub unscheduled: Vec<UnscheduledMeeting>,
}

/// Body of `rate_meeting`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeetingRatingInput {
    pub outcome: MeetingOutcome,
}

/// One side's rating of a meeting.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MeetingRating {
    pub meeting_id: Uuid,
    pub outcome: MeetingOutcome,
    pub rated_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}
