//! Search over organisations and opportunities, and suggestions for the search box.

use glokal_domain::Language;
use uuid::Uuid;

use crate::{OpportunityType, OrganizationKind, SizeClass};

/// What to search: organisations, opportunities, or both (default).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SearchScope {
    #[default]
    All,
    Organization,
    Opportunity,
}

/// The kind of a hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SearchHitType {
    Organization,
    Opportunity,
}

/// Sort orders of `search`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SearchSort {
    /// Best match first (with `near`: nearer ones lifted).
    #[default]
    Relevance,
    /// Nearest first; needs `near`.
    Distance,
    /// Most recently changed first.
    Newest,
}

/// Parameters of `search`. An empty `q` with filters browses.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct SearchQuery {
    /// Words in German, Czech or English (at most 200 characters); `"…"` for an exact
    /// phrase; the last word also matches as a prefix (search as you type). An unclosed
    /// quote is closed at the end.
    pub q: Option<String>,
    /// The viewer's language: snippets prefer it (default: `Accept-Language`).
    pub lang: Option<Language>,
    /// `organization`, `opportunity` or `all` (default).
    #[serde(rename = "type")]
    pub scope: Option<SearchScope>,
    /// ISO country code (`DE`, `CZ`).
    pub country: Option<String>,
    /// NUTS 3 region code (`DED2C`, `CZ051`).
    pub region: Option<String>,
    /// Kind of organisation (of the organisation posting, for opportunities).
    pub kind: Option<OrganizationKind>,
    /// NACE code prefix (`C`, `22`, `22.2`, `22.29`).
    pub nace: Option<String>,
    /// Type of opportunity (only opportunities then).
    pub opportunity_type: Option<OpportunityType>,
    pub size_class: Option<SizeClass>,
    /// Valid certification (code from `list_certifications`).
    pub certification: Option<String>,
    /// Language spoken (code from `list_languages`).
    pub language: Option<String>,
    /// Only verified organisations (and their opportunities).
    pub verified: Option<bool>,
    /// `lat,lon` (WGS 84) or a GeoNames place id: distances are measured from there.
    pub near: Option<String>,
    /// With `near`: only hits within this many kilometres (1–1000).
    pub radius_km: Option<f64>,
    /// Also closed and expired opportunities (default `false`: open ones only).
    pub include_expired: Option<bool>,
    pub sort: Option<SearchSort>,
    /// 1-based page (default 1); pages beyond the end are empty.
    pub page: Option<u32>,
    /// 1–50, default 20.
    pub per_page: Option<u32>,
}

/// A piece of a title or snippet; `mark` pieces are words that matched the query.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TextSegment {
    pub text: String,
    #[serde(default)]
    pub mark: bool,
}

/// One search hit.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchHit {
    #[serde(rename = "type")]
    pub hit_type: SearchHitType,
    pub id: Uuid,
    /// The organisation (itself, or the one posting the opportunity).
    pub organization_id: Uuid,
    /// Organisation name or opportunity title (plain text).
    pub title: String,
    /// The title split into segments with the matched words marked.
    pub title_segments: Vec<TextSegment>,
    /// A passage of the text in the best language for the viewer, matched words marked.
    pub snippet: Vec<TextSegment>,
    /// Language of the snippet (absent when the hit has no text).
    pub text_language: Option<Language>,
    /// Languages the hit's texts are written in.
    pub text_languages: Vec<Language>,
    /// For opportunities: the organisation's name.
    pub organization_name: Option<String>,
    pub opportunity_type: Option<OpportunityType>,
    /// For opportunities: `true` when closed or past `valid_until`.
    pub expired: bool,
    pub country: String,
    pub town: String,
    /// With `near`: distance in km (one decimal).
    pub distance_km: Option<f64>,
    /// Coordinates (WGS 84) of the town of the organisation (also for its opportunities), for
    /// a map of the results; absent when the town is not a known place.
    #[serde(default)]
    pub lat: Option<f64>,
    #[serde(default)]
    pub lon: Option<f64>,
    pub score: f32,
}

/// A facet value and how many hits have it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FacetCount {
    pub value: String,
    pub count: u64,
}

/// Counts per filter value over all hits (most frequent first).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchFacets {
    #[serde(rename = "type")]
    pub hit_type: Vec<FacetCount>,
    pub country: Vec<FacetCount>,
    pub region: Vec<FacetCount>,
    pub kind: Vec<FacetCount>,
    /// NACE divisions (two digits).
    pub nace: Vec<FacetCount>,
    pub opportunity_type: Vec<FacetCount>,
    pub size_class: Vec<FacetCount>,
    pub certification: Vec<FacetCount>,
    pub language: Vec<FacetCount>,
    pub verified: Vec<FacetCount>,
}

/// One page of search results.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchResults {
    /// All hits (independent of paging).
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
    pub hits: Vec<SearchHit>,
    pub facets: SearchFacets,
    /// Glossary concepts recognised in the query, in the viewer's language (the search also
    /// looked for their German, Czech and English terms).
    pub expanded: Vec<String>,
}

/// Parameters of `suggest`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct SuggestQuery {
    /// What has been typed so far (at most 100 characters).
    pub q: Option<String>,
    /// Language of the suggested NACE labels and terms (default: `Accept-Language`).
    pub lang: Option<Language>,
    /// 1–20, default 10.
    pub limit: Option<u32>,
}

/// What a suggestion is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SuggestionKind {
    Organization,
    Nace,
    Term,
}

/// One suggestion for the search box.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Suggestion {
    pub kind: SuggestionKind,
    /// The text to show (and to search for a term).
    pub label: String,
    /// Organisation id, NACE code, or the term itself.
    pub value: String,
}

/// Suggestions, organisations first.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Suggestions {
    pub suggestions: Vec<Suggestion>,
}
