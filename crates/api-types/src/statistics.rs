//! Programme indicators for institution staff (`get_statistics`): organisations, offers and
//! requests, contacts and meetings split into cross-border and domestic, events, outcomes, and
//! the organisations cooperating across the border.

use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// Parameters of `get_statistics` and its drill-downs.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct StatisticsQuery {
    /// First day (UTC) of the period; default: the first day of the month eleven months
    /// before `to`'s (twelve calendar months).
    pub from: Option<NaiveDate>,
    /// Last day (UTC) of the period; default: today.
    pub to: Option<NaiveDate>,
    /// Count the demo data too (default `false`: real activity only).
    pub include_demo: Option<bool>,
    /// `csv` for a CSV file instead of JSON (drill-downs).
    pub format: Option<String>,
}

/// A count per value (a country code, a kind, a type …).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KeyCount {
    pub key: String,
    pub count: u64,
}

/// A count split into cross-border (between two countries) and domestic.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BorderSplit {
    pub total: u64,
    pub cross_border: u64,
    pub domestic: u64,
}

/// Registered organisations (now, and new in the period).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganizationStatistics {
    pub total: u64,
    pub verified: u64,
    /// Registered within the period.
    pub new_in_period: u64,
    pub by_country: Vec<KeyCount>,
    /// NUTS 3 region codes (`none` when unknown).
    pub by_region: Vec<KeyCount>,
    pub by_kind: Vec<KeyCount>,
    /// EU size class (`none` when not given).
    pub by_size: Vec<KeyCount>,
}

/// Offers and requests published in the period.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpportunityStatistics {
    pub published: u64,
    pub by_type: Vec<KeyCount>,
    /// Closed in the period, by outcome.
    pub closed_by_outcome: Vec<KeyCount>,
}

/// Events that took place in the period and their participants.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventStatistics {
    pub events: u64,
    /// Confirmed registrations.
    pub registrations: u64,
    pub checked_in: u64,
    /// Registrations by the registering organisation's country.
    pub registrations_by_country: Vec<KeyCount>,
}

/// The programme's indicator: organisations cooperating across the border in the period.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CooperationIndicator {
    /// Distinct organisations.
    pub organizations: u64,
    pub by_country: Vec<KeyCount>,
    /// Counted through a cross-border conversation with replies from both sides.
    pub through_conversation: u64,
    /// … a held cross-border meeting at a Kooperationsbörse.
    pub through_meeting: u64,
    /// … a reported cooperation agreement.
    pub through_agreement: u64,
}

/// One month of the period.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MonthStatistics {
    /// `YYYY-MM`.
    pub month: String,
    /// Conversations started, split.
    pub contacts: BorderSplit,
    /// Organisations cooperating across the border in this month.
    pub cooperating_organizations: u64,
}

/// The answer of `get_statistics`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Statistics {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub include_demo: bool,
    pub organizations: OrganizationStatistics,
    pub opportunities: OpportunityStatistics,
    /// Conversations started in the period.
    pub contacts: BorderSplit,
    /// … of which both sides wrote.
    pub contacts_with_replies: BorderSplit,
    /// Kooperationsbörse meetings held in the period (published schedule, event over).
    pub meetings: BorderSplit,
    /// Ratings of meetings given in the period, by outcome.
    pub meeting_outcomes: Vec<KeyCount>,
    pub events: EventStatistics,
    pub cooperation: CooperationIndicator,
    pub months: Vec<MonthStatistics>,
    pub generated_at: DateTime<Utc>,
}

/// Why an organisation counts as cooperating across the border.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CooperationEvidence {
    Conversation,
    Meeting,
    Agreement,
}

/// One organisation behind the indicator (drill-down).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CooperatingOrganization {
    pub id: Uuid,
    pub name: String,
    pub country: String,
    pub city: String,
    pub region_code: Option<String>,
    pub evidence: Vec<CooperationEvidence>,
    /// When it first counted in the period.
    pub first_at: DateTime<Utc>,
}

/// The organisations behind the indicator, by name.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CooperatingOrganizations {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub items: Vec<CooperatingOrganization>,
}
