//! Scoped API tokens of institutions (CRM integration): `Authorization: Bearer glk_…`.

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// What a token may read.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ApiScope {
    /// Organisations with their contact persons (as a logged-in person sees them).
    #[serde(rename = "organizations:read")]
    OrganizationsRead,
    /// Create organisations (they are then managed by the token's institution), update the
    /// ones it manages, and import organisations from CSV/XLSX.
    #[serde(rename = "organizations:write")]
    OrganizationsWrite,
    /// Offers and requests.
    #[serde(rename = "opportunities:read")]
    OpportunitiesRead,
    /// Events and the calendar.
    #[serde(rename = "events:read")]
    EventsRead,
    /// The programme indicators (`get_statistics` and its drill-down).
    #[serde(rename = "statistics:read")]
    StatisticsRead,
}

impl ApiScope {
    pub const ALL: [ApiScope; 5] = [
        ApiScope::OrganizationsRead,
        ApiScope::OrganizationsWrite,
        ApiScope::OpportunitiesRead,
        ApiScope::EventsRead,
        ApiScope::StatisticsRead,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ApiScope::OrganizationsRead => "organizations:read",
            ApiScope::OrganizationsWrite => "organizations:write",
            ApiScope::OpportunitiesRead => "opportunities:read",
            ApiScope::EventsRead => "events:read",
            ApiScope::StatisticsRead => "statistics:read",
        }
    }

    pub fn parse(text: &str) -> Option<ApiScope> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// Body of `create_api_token`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiTokenInput {
    /// What it is for, e.g. "CRM sync IHK Dresden" (1–100 characters).
    pub name: String,
    /// At least one.
    pub scopes: Vec<ApiScope>,
}

/// A token as listed (never the secret).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiToken {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub name: String,
    pub scopes: Vec<ApiScope>,
    /// The first characters of the token, to recognise it (`glk_AbCd…`).
    pub prefix: String,
    pub created_at: DateTime<Utc>,
    /// Recorded at most once a minute.
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// The answer of `create_api_token`: the token itself, shown this once.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatedApiToken {
    /// Send as `Authorization: Bearer <token>`; only its hash is stored.
    pub token: String,
    pub api_token: ApiToken,
}

/// An organisation's tokens, newest first.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiTokenList {
    pub items: Vec<ApiToken>,
}
