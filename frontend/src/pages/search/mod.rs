//! Search: the results page `/search` (filters in the URL), "save this search", and the saved
//! searches `/account/saved-searches`. Shared here: the URL ↔ `SearchQuery` mapping and the
//! labels of filter values.

mod map;
pub mod results;
pub mod saved;

use std::sync::Arc;

use glokal_api_types::{
    CertificationItem, Language, OpportunityType, OrganizationKind, RegionItem, SearchQuery,
    SearchScope, SearchSort, SizeClass,
};
use leptos_router::params::ParamsMap;

use crate::api::{from_wire_name, search_query_string, NaceIndex};
use crate::pages::filters::{get, offset};
use crate::pages::opportunities::type_label;
use crate::pages::organizations::{
    certification_parts, country_label, kind_label, language_label, region_label, size_label,
};

/// Hits per page.
pub const PER_PAGE: u32 = 20;

/// URL parameters that filter (each shown as a removable chip).
pub const FILTER_KEYS: [&str; 10] = [
    "country",
    "region",
    "kind",
    "nace",
    "opportunity_type",
    "size_class",
    "certification",
    "language",
    "verified",
    "near",
];

/// The search described by the results page's URL (the API uses the same parameter names).
pub fn url_query(params: &ParamsMap) -> SearchQuery {
    let get = |key: &str| get(params, key);
    let near = get("near");
    let sort = get("sort")
        .and_then(|s| from_wire_name::<SearchSort>(&s))
        .filter(|s| *s != SearchSort::Distance || near.is_some());
    SearchQuery {
        q: get("q"),
        lang: None,
        scope: get("type")
            .and_then(|t| from_wire_name::<SearchScope>(&t))
            .filter(|s| *s != SearchScope::All),
        country: get("country"),
        region: get("region"),
        kind: get("kind").and_then(|k| from_wire_name::<OrganizationKind>(&k)),
        nace: get("nace"),
        opportunity_type: get("opportunity_type").and_then(|t| OpportunityType::parse(&t)),
        size_class: get("size_class").and_then(|s| from_wire_name::<SizeClass>(&s)),
        certification: get("certification"),
        language: get("language"),
        verified: get("verified").and_then(|v| v.parse().ok()),
        radius_km: near
            .as_ref()
            .and(get("radius_km").and_then(|r| r.parse::<f64>().ok())),
        near,
        include_expired: None,
        sort,
        page: Some((offset(params, u64::from(PER_PAGE)) / u64::from(PER_PAGE)) as u32 + 1),
        per_page: Some(PER_PAGE),
    }
}

/// The results page's address for a saved search (paging and order left out).
pub fn saved_search_href(query: &SearchQuery) -> String {
    let query = SearchQuery {
        lang: None,
        sort: None,
        page: None,
        per_page: None,
        ..query.clone()
    };
    format!("/search{}", search_query_string(&query))
}

/// Reference data the labels of filter values need (each `None` until loaded).
#[derive(Clone, Default)]
pub struct Known {
    pub nace: Option<Arc<NaceIndex>>,
    pub regions: Option<Arc<Vec<RegionItem>>>,
    pub certifications: Option<Arc<Vec<CertificationItem>>>,
}

/// Message id of a filter's name (facet heading, chip).
pub fn filter_title(key: &str) -> &'static str {
    match key {
        "country" => "search-filter-country",
        "region" => "search-filter-region",
        "kind" => "search-filter-kind",
        "nace" => "search-filter-nace",
        "opportunity_type" => "search-filter-opportunity-type",
        "size_class" => "search-filter-size",
        "certification" => "search-filter-certification",
        "language" => "search-filter-language",
        "verified" => "search-filter-verified",
        _ => "search-filter-near",
    }
}

/// The text of a filter value in `lang` (the value itself when unknown).
pub fn value_text(key: &str, value: &str, known: &Known, lang: Language) -> String {
    let label = match key {
        "country" => Some(country_label(value)),
        "region" => region_label(&known.regions, value),
        "kind" => from_wire_name::<OrganizationKind>(value).map(kind_label),
        "opportunity_type" => OpportunityType::parse(value).map(type_label),
        "size_class" => from_wire_name::<SizeClass>(value).map(size_label),
        "language" => Some(language_label(value)),
        "verified" => {
            return glokal_i18n::t(
                lang,
                if value == "true" {
                    "search-verified-yes"
                } else {
                    "search-verified-no"
                },
            )
        }
        // `22.29 – label` (the code alone until the list is loaded).
        "nace" => {
            return known
                .nace
                .as_deref()
                .map(|index| index.label(value, lang))
                .unwrap_or_else(|| value.to_owned())
        }
        "certification" => return certification_parts(&known.certifications, value, lang).0,
        _ => None,
    };
    label
        .map(|l| l.text_in(lang))
        .unwrap_or_else(|| value.to_owned())
}
