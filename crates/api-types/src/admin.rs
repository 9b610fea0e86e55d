//! Platform administration.

use glokal_domain::Role;

use crate::User;

/// `GET /api/v1/admin/users`: one page of accounts.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserPage {
    pub items: Vec<User>,
    /// Number of accounts in total.
    pub total: u64,
    pub offset: u64,
    pub limit: u64,
}

/// Paging parameters of list endpoints.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct PageQuery {
    /// Items to skip (default 0).
    #[serde(default)]
    pub offset: u64,
    /// Items per page, 1–200 (default 50).
    #[serde(default = "default_limit")]
    pub limit: u64,
}

fn default_limit() -> u64 {
    50
}

/// `PUT /api/v1/admin/users/{id}/role`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetRoleRequest {
    pub role: Role,
}
