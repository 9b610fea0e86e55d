/// Answer of `/healthz` and `/readyz`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HealthStatus {
    /// `ok` or `unavailable`.
    pub status: String,
}

/// Public facts about this installation, for the SPA and integrators.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServerInfo {
    /// Product name.
    pub name: String,
    /// Server version (semver).
    pub version: String,
    /// Languages every text is available in.
    pub languages: Vec<glokal_domain::Language>,
    /// Minimum password length enforced at registration.
    pub password_min_length: u32,
    /// XYZ tile URL template (`{z}`, `{x}`, `{y}`) for maps; `null`: link to OpenStreetMap instead.
    pub map_tiles_url: Option<String>,
    /// Credit to show on maps.
    pub map_attribution: String,
    /// The version of the terms of use and privacy notice a registration must accept
    /// (`accepted_terms_version` of `register`).
    pub terms_version: String,
}
