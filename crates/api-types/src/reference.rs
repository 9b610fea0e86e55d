//! Reference data: NACE Rev. 2, regions, places.

/// A text in German, Czech and English.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Labels {
    pub de: String,
    pub cs: String,
    pub en: String,
}

/// One NACE Rev. 2 entry (section, division, group or class).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NaceItem {
    /// `C`, `22`, `22.2` or `22.21`.
    pub code: String,
    /// 1 section, 2 division, 3 group, 4 class.
    pub level: u8,
    /// The code one level up.
    pub parent: Option<String>,
    pub label: Labels,
}

/// Filters of `list_nace`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct NaceQuery {
    /// Words or a code; matches labels in all three languages, diacritics ignored.
    pub q: Option<String>,
    /// Only this level (1–4).
    pub level: Option<u8>,
    /// Only the children of this code.
    pub parent: Option<String>,
}

/// A NUTS 3 region.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegionItem {
    /// NUTS 3 code, e.g. `DED2C`, `CZ051`.
    pub code: String,
    /// `DE` or `CZ`.
    pub country: String,
    /// Part of the Interreg Sachsen–Tschechien programme area.
    pub in_programme_area: bool,
    pub name: Labels,
}

/// A town or municipality.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlaceItem {
    /// GeoNames id; use it as `place_id` of an organisation.
    pub id: u32,
    pub country: String,
    pub name: String,
    /// Other names, e.g. the German name of a Czech town.
    pub alt_names: Vec<String>,
    pub lat: f64,
    pub lon: f64,
    pub population: u32,
    /// NUTS 3 region, when known.
    pub region_code: Option<String>,
}

/// Parameters of `search_places`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct PlaceQuery {
    /// Beginning of a town's name (any language, diacritics ignored).
    pub q: String,
    /// At most this many places (1–50, default 10).
    pub limit: Option<u32>,
}

/// A certification scheme an organisation can list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CertificationItem {
    /// Stable code used in profiles and filters, e.g. `iso_9001`.
    pub code: String,
    /// The standard's designation, e.g. `ISO 9001`.
    pub name: String,
    /// What it certifies.
    pub topic: Labels,
}

/// A language organisations and contact persons can speak.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LanguageItem {
    /// ISO 639 code, e.g. `pl`.
    pub code: String,
    pub name: Labels,
}
