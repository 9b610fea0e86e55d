//! Matching partners of an opportunity, each with its *why matched* explanation.

use uuid::Uuid;

use crate::{LocalizedText, OpportunityType};

/// What a suggestion points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MatchTargetType {
    /// An organisation that fits.
    Organization,
    /// An opportunity of another organisation that answers this one (an offer for a request …).
    Opportunity,
}

impl MatchTargetType {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchTargetType::Organization => "organization",
            MatchTargetType::Opportunity => "opportunity",
        }
    }

    pub fn parse(text: &str) -> Option<MatchTargetType> {
        match text {
            "organization" => Some(MatchTargetType::Organization),
            "opportunity" => Some(MatchTargetType::Opportunity),
            _ => None,
        }
    }
}

/// Why a partner was suggested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MatchReasonCode {
    /// An offer for a request (or the reverse).
    Counterpart,
    /// Both name the same things (glossary terms in any language, keywords).
    SharedTerms,
    /// Same or related economic activity (NACE class, group or division).
    SameActivity,
    /// Distance between the two.
    Distance,
    /// Across the Saxon–Czech (or another) border.
    CrossBorder,
    /// Holds certifications the opportunity asks for.
    Certifications,
}

/// One reason, with its text in the caller's language.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MatchReason {
    pub code: MatchReasonCode,
    /// E.g. "Both mention injection moulding, plastic parts".
    pub text: String,
    /// The shared terms (in the caller's language where the glossary has them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<String>,
    /// The shared NACE code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nace: Option<String>,
    /// Kilometres between the two.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<f64>,
    /// Certifications held (codes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub certifications: Vec<String>,
}

/// The organisation of a suggestion.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MatchOrganization {
    pub id: Uuid,
    pub name: String,
    pub country: String,
    pub city: String,
    pub logo_url: Option<String>,
    pub verified: bool,
}

/// The counter-opportunity of a suggestion.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MatchOpportunity {
    pub id: Uuid,
    #[serde(rename = "type")]
    pub opportunity_type: OpportunityType,
    pub title: LocalizedText,
}

/// One matching partner.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartnerMatch {
    pub target_type: MatchTargetType,
    /// The organisation's or the opportunity's id (what `dismiss_match` takes).
    pub target_id: Uuid,
    pub organization: MatchOrganization,
    /// Set when the suggestion is an opportunity.
    pub opportunity: Option<MatchOpportunity>,
    /// 0–100: how well it fits.
    pub score: u32,
    pub distance_km: Option<f64>,
    /// Why it was suggested, strongest reason first.
    pub reasons: Vec<MatchReason>,
    /// Dismissed by the opportunity's organisation (only listed with `include_dismissed`).
    pub dismissed: bool,
}

/// The matching partners of an opportunity, best first.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartnerMatches {
    pub items: Vec<PartnerMatch>,
    /// How many suggestions were dismissed (not listed unless asked for).
    pub dismissed: u64,
}

/// Parameters of `list_opportunity_matches`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct MatchQuery {
    /// Also list dismissed suggestions (marked `dismissed`).
    pub include_dismissed: Option<bool>,
    /// 1–50, default 20.
    pub limit: Option<u32>,
}

/// Body of `dismiss_match`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DismissMatchRequest {
    pub target_type: MatchTargetType,
    pub target_id: Uuid,
}
