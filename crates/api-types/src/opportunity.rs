//! The marketplace: offers and requests ("opportunities") posted by organisations.

use chrono::{DateTime, NaiveDate, Utc};
use glokal_domain::Language;
use uuid::Uuid;

use crate::{LocalizedText, MemberRole, OrganizationKind};

/// What an opportunity offers or asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OpportunityType {
    /// Products for sale.
    ProductOffer,
    /// Services (engineering, logistics, testing, …).
    ServiceOffer,
    /// Free production capacity: process, material, period (`capacity` is required).
    CapacityOffer,
    /// Looking for a supplier of a part, material or service.
    SupplierRequest,
    /// Looking for a partner: joint project, distribution, research and development.
    CooperationRequest,
    /// Urgent: a part or material is missing (`needed_by` is required).
    ShortageAlert,
    /// A technology, licence or know-how for transfer.
    TechnologyOffer,
    /// Looking for a technology or know-how.
    TechnologyRequest,
}

impl OpportunityType {
    /// Every type, offers first.
    pub const ALL: [OpportunityType; 8] = [
        OpportunityType::ProductOffer,
        OpportunityType::ServiceOffer,
        OpportunityType::CapacityOffer,
        OpportunityType::TechnologyOffer,
        OpportunityType::SupplierRequest,
        OpportunityType::CooperationRequest,
        OpportunityType::ShortageAlert,
        OpportunityType::TechnologyRequest,
    ];

    /// The stable snake_case name (as in JSON).
    pub fn as_str(self) -> &'static str {
        match self {
            OpportunityType::ProductOffer => "product_offer",
            OpportunityType::ServiceOffer => "service_offer",
            OpportunityType::CapacityOffer => "capacity_offer",
            OpportunityType::SupplierRequest => "supplier_request",
            OpportunityType::CooperationRequest => "cooperation_request",
            OpportunityType::ShortageAlert => "shortage_alert",
            OpportunityType::TechnologyOffer => "technology_offer",
            OpportunityType::TechnologyRequest => "technology_request",
        }
    }

    /// Parses the snake_case name.
    pub fn parse(text: &str) -> Option<OpportunityType> {
        OpportunityType::ALL
            .into_iter()
            .find(|t| t.as_str() == text)
    }

    /// Offers something (the others ask for something).
    pub fn is_offer(self) -> bool {
        matches!(
            self,
            OpportunityType::ProductOffer
                | OpportunityType::ServiceOffer
                | OpportunityType::CapacityOffer
                | OpportunityType::TechnologyOffer
        )
    }
}

/// Where an opportunity stands: `draft → published → closed`; a published one whose
/// `valid_until` has passed reads as `expired` (computed, no job needed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OpportunityStatus {
    /// Visible only to the organisation's members (and platform admins).
    Draft,
    /// Public and open.
    Published,
    /// Closed by the organisation, with an outcome.
    Closed,
    /// Published, but `valid_until` has passed; extend it to open it again.
    Expired,
}

/// Why an opportunity was closed (counted for the programme's indicators).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CloseOutcome {
    /// A partner was found through Glokal.
    PartnerFoundGlokal,
    /// A partner was found elsewhere.
    FoundElsewhere,
    /// The need or offer no longer exists.
    NoLongerNeeded,
}

/// Free production capacity of a `capacity_offer`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Capacity {
    /// The process, e.g. "CNC-Fräsen 5-Achs", "vstřikování do 250 t".
    pub process: String,
    /// Material(s) the capacity is for.
    #[serde(default)]
    pub material: Option<String>,
    /// First day the capacity is free.
    pub available_from: NaiveDate,
    /// Last day the capacity is free (on or after `available_from`).
    pub available_until: NaiveDate,
}

/// Body of `create_opportunity` and `update_opportunity` (a full replacement).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "organization_id": "6f1c2a9e-0000-4000-8000-000000000001",
    "type": "shortage_alert",
    "title": {"cs": "Hledáme granulát PA6 GF30", "de": "PA6 GF30 Granulat gesucht"},
    "text": {"cs": "Kvůli výpadku dodavatele hledáme 2 t granulátu PA6 GF30.", "de": "Wegen eines Lieferausfalls suchen wir 2 t PA6 GF30 Granulat."},
    "nace_codes": ["20.16"],
    "keywords": ["PA6 GF30", "granulát"],
    "quantity": 2.0, "unit": "t",
    "needed_by": "2026-12-15",
    "max_distance_km": 150,
    "publish": true
})))]
pub struct OpportunityInput {
    /// The posting organisation (the caller must be its owner or editor); cannot change later.
    pub organization_id: Uuid,
    #[serde(rename = "type")]
    pub opportunity_type: OpportunityType,
    /// Title in at least one language (up to 150 characters each).
    pub title: LocalizedText,
    /// Text in exactly the title's languages (up to 5000 characters each, line breaks kept).
    pub text: LocalizedText,
    /// NACE Rev. 2 codes of what is offered or asked for.
    #[serde(default)]
    pub nace_codes: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// How much (positive), with `unit`.
    #[serde(default)]
    pub quantity: Option<f64>,
    /// Unit of `quantity`, e.g. `Stück`, `ks`, `kg`, `t`, `h/Woche` (up to 30 characters).
    #[serde(default)]
    pub unit: Option<String>,
    /// Last day it is open; default 90 days from today (a shortage alert: at most its
    /// `needed_by`), at most one year ahead.
    #[serde(default)]
    pub valid_until: Option<NaiveDate>,
    /// Requests only; required for a `shortage_alert`: the day the part or material is needed.
    #[serde(default)]
    pub needed_by: Option<NaiveDate>,
    /// Required for a `capacity_offer`, not allowed otherwise.
    #[serde(default)]
    pub capacity: Option<Capacity>,
    /// ISO 3166-1 alpha-2 codes of the countries it is meant for; empty: any.
    #[serde(default)]
    pub target_countries: Vec<String>,
    /// Meant only for organisations from another country than the poster's.
    #[serde(default)]
    pub cross_border_only: bool,
    /// Meant only for organisations within this distance (1–1000 km). For a shortage alert
    /// it is the radius of the alert (default 100 km).
    #[serde(default)]
    pub max_distance_km: Option<u32>,
    /// Certifications a partner should hold (codes from `GET /reference/certifications`,
    /// at most 10): matching partners who hold them rank higher.
    #[serde(default)]
    pub certifications: Vec<String>,
    /// `true` publishes it; `false` keeps (or creates) a draft. A published opportunity
    /// cannot go back to draft (`cannot_unpublish`).
    #[serde(default)]
    pub publish: bool,
}

/// An offer or request with its organisation's name and location.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Opportunity {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub organization_name: String,
    pub organization_kind: OrganizationKind,
    /// The organisation's country.
    pub country: String,
    /// The organisation's town.
    pub city: String,
    /// The organisation's NUTS 3 region.
    pub region_code: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    #[serde(rename = "type")]
    pub opportunity_type: OpportunityType,
    /// `expired` when published and `valid_until` has passed.
    pub status: OpportunityStatus,
    pub title: LocalizedText,
    pub text: LocalizedText,
    /// The languages title and text exist in.
    pub text_languages: Vec<Language>,
    pub nace_codes: Vec<String>,
    pub keywords: Vec<String>,
    pub quantity: Option<f64>,
    pub unit: Option<String>,
    pub valid_until: NaiveDate,
    pub needed_by: Option<NaiveDate>,
    pub capacity: Option<Capacity>,
    pub target_countries: Vec<String>,
    pub cross_border_only: bool,
    pub max_distance_km: Option<u32>,
    /// Certifications asked of a partner.
    #[serde(default)]
    pub certifications: Vec<String>,
    /// Set when closed.
    pub close_outcome: Option<CloseOutcome>,
    /// Demo data loaded by `glokal seed --demo`.
    pub demo: bool,
    /// The caller's role in the organisation, if any.
    pub my_role: Option<MemberRole>,
    pub published_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An opportunity in lists.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpportunitySummary {
    pub id: Uuid,
    #[serde(rename = "type")]
    pub opportunity_type: OpportunityType,
    pub status: OpportunityStatus,
    pub title: LocalizedText,
    pub text_languages: Vec<Language>,
    pub organization_id: Uuid,
    pub organization_name: String,
    pub country: String,
    pub city: String,
    pub region_code: Option<String>,
    pub nace_codes: Vec<String>,
    pub quantity: Option<f64>,
    pub unit: Option<String>,
    pub valid_until: NaiveDate,
    pub needed_by: Option<NaiveDate>,
    pub cross_border_only: bool,
    pub demo: bool,
    pub published_at: Option<DateTime<Utc>>,
    /// Distance of the organisation from `near`, when given.
    pub distance_km: Option<f64>,
}

/// Sort orders of `list_opportunities`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OpportunitySort {
    /// Most recently published first.
    #[default]
    Newest,
    /// Soonest `valid_until` first.
    Deadline,
    /// Needs `near`.
    Distance,
    /// Least recently changed first (incremental sync with `updated_since` and `cursor`).
    Updated,
}

/// Filters and paging of `list_opportunities`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct OpportunityQuery {
    /// One type or several, comma-separated (`supplier_request,shortage_alert`).
    #[serde(rename = "type")]
    pub types: Option<String>,
    /// The organisation's ISO country code.
    pub country: Option<String>,
    /// The organisation's NUTS 3 region code.
    pub region: Option<String>,
    /// NACE code prefix of the opportunity (`C`, `22`, `22.2`, `22.21`).
    pub nace: Option<String>,
    /// GeoNames id of the place to measure distances from.
    pub near: Option<u32>,
    /// With `near`: only organisations within this many kilometres.
    pub radius_km: Option<f64>,
    /// Only this organisation's opportunities; its members (and admins) also get its drafts.
    pub organization_id: Option<Uuid>,
    /// Default `true`: only published ones whose `valid_until` has not passed; `false` adds
    /// closed and expired ones (never other organisations' drafts).
    pub open_only: Option<bool>,
    pub sort: Option<OpportunitySort>,
    /// Only those changed at or after this instant (RFC 3339), for incremental sync.
    #[serde(default)]
    pub updated_since: Option<DateTime<Utc>>,
    /// With `sort=updated`: the previous page's `next_cursor` (stable while others change).
    #[serde(default)]
    pub cursor: Option<String>,
    #[serde(default)]
    pub offset: Option<u64>,
    /// 1–100, default 20.
    #[serde(default)]
    pub limit: Option<u64>,
}

/// One page of opportunities.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpportunityPage {
    pub items: Vec<OpportunitySummary>,
    pub total: u64,
    pub offset: u64,
    pub limit: u64,
    /// With `sort=updated`: pass as `cursor` for the next page; `null` on the last one.
    #[serde(default)]
    pub next_cursor: Option<String>,
}

/// `close_opportunity`: why it is closed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CloseOpportunityRequest {
    pub outcome: CloseOutcome,
}

/// `extend_opportunity`: the new last day (today to one year ahead).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExtendOpportunityRequest {
    pub valid_until: NaiveDate,
}
