use actix_web::{get, web};
use glokal_api_types::{
    ErrorBody, SearchHitType, SearchQuery, SearchResults, SearchScope, SearchSort,
};
use glokal_domain::reference::nace::NaceCode;
use glokal_domain::reference::{certifications, places, regions, spoken_languages};
use glokal_search::query::MAX_QUERY_CHARS;
use glokal_search::{Order, SearchRequest};

use crate::error::{ApiError, ApiResult};
use crate::lang::RequestLanguage;
use crate::state::AppState;

/// `snake_case` name of a serde enum value.
fn enum_str<T: serde::Serialize>(value: &T) -> Option<String> {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
}

/// `lat,lon` or a GeoNames place id.
pub(crate) fn parse_near(text: &str) -> Option<(f64, f64)> {
    let text = text.trim();
    if let Some((lat, lon)) = text.split_once(',') {
        let lat: f64 = lat.trim().parse().ok()?;
        let lon: f64 = lon.trim().parse().ok()?;
        ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some((lat, lon))
    } else {
        let place = places::get(text.parse().ok()?)?;
        Some((place.lat, place.lon))
    }
}

/// Checks the parameters and turns them into a search request.
pub(crate) fn request(query: SearchQuery, lang: RequestLanguage) -> ApiResult<SearchRequest> {
    let q = query.q.unwrap_or_default();
    if q.chars().count() > MAX_QUERY_CHARS {
        return Err(ApiError::field("q", "too_long"));
    }
    if q.chars().any(|c| c.is_control() && c != '\t') {
        return Err(ApiError::field("q", "control_characters"));
    }
    let country = match query
        .country
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        Some(c) if c.len() == 2 && c.chars().all(|ch| ch.is_ascii_alphabetic()) => {
            Some(c.to_ascii_uppercase())
        }
        Some(_) => return Err(ApiError::field("country", "invalid_country")),
        None => None,
    };
    let region = match query
        .region
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        Some(code) => Some(
            regions::get(&code.to_ascii_uppercase())
                .ok_or_else(|| ApiError::field("region", "unknown_value"))?
                .code
                .to_owned(),
        ),
        None => None,
    };
    let nace = match query
        .nace
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        Some(code) => Some(
            NaceCode::parse(code)
                .map_err(|e| ApiError::field("nace", e.code()))?
                .as_str()
                .to_owned(),
        ),
        None => None,
    };
    let certification = match query
        .certification
        .as_deref()
        .map(|c| c.trim().to_ascii_lowercase())
    {
        Some(code) if certifications::is_known(&code) => Some(code),
        Some(_) => return Err(ApiError::field("certification", "unknown_certification")),
        None => None,
    };
    let language = match query
        .language
        .as_deref()
        .map(|c| c.trim().to_ascii_lowercase())
    {
        Some(code) if spoken_languages::is_known(&code) => Some(code),
        Some(_) => return Err(ApiError::field("language", "unknown_language")),
        None => None,
    };
    let near = match query.near.as_deref().filter(|n| !n.trim().is_empty()) {
        Some(text) => {
            Some(parse_near(text).ok_or_else(|| ApiError::field("near", "invalid_near"))?)
        }
        None => None,
    };
    if let Some(r) = query.radius_km {
        if !(r.is_finite() && (1.0..=1000.0).contains(&r)) {
            return Err(ApiError::field("radius_km", "out_of_range"));
        }
        if near.is_none() {
            return Err(ApiError::field("near", "required"));
        }
    }
    let sort = query.sort.unwrap_or_default();
    if sort == SearchSort::Distance && near.is_none() {
        return Err(ApiError::field("near", "required"));
    }
    let page = query.page.unwrap_or(1);
    if page == 0 || page > 10_000 {
        return Err(ApiError::field("page", "out_of_range"));
    }
    let per_page = query.per_page.unwrap_or(20);
    if !(1..=50).contains(&per_page) {
        return Err(ApiError::field("per_page", "out_of_range"));
    }
    Ok(SearchRequest {
        q,
        lang: query.lang.or(lang.0).unwrap_or_default(),
        doc_type: match query.scope.unwrap_or_default() {
            SearchScope::All => None,
            SearchScope::Organization => Some(SearchHitType::Organization),
            SearchScope::Opportunity => Some(SearchHitType::Opportunity),
        },
        country,
        region,
        kind: query.kind.as_ref().and_then(enum_str),
        nace,
        opportunity_type: query.opportunity_type.map(|t| t.as_str().to_owned()),
        size_class: query.size_class.as_ref().and_then(enum_str),
        certification,
        language,
        verified: query.verified,
        near,
        radius_km: query.radius_km,
        include_expired: query.include_expired.unwrap_or(false),
        order: query.sort.map(|s| match s {
            SearchSort::Relevance => Order::Relevance,
            SearchSort::Distance => Order::Distance,
            SearchSort::Newest => Order::Newest,
        }),
        page,
        per_page,
        facets: true,
        created_between: None,
    })
}

/// Searches organisations and opportunities in German, Czech and English at once.
///
/// Words match in every language (stemmed, diacritics folded, typos of one or two letters
/// tolerated, the last word also as a prefix); words naming a glossary concept
/// (`Spritzguss`) also find its terms in the other languages (`vstřikování plastů`,
/// `injection moulding`); `"…"` is an exact phrase. Filters narrow the hits; `facets` count
/// the hits per filter value. Without `q` the filters browse (newest first). Closed and
/// expired opportunities only with `include_expired=true`. Snippets come in the viewer's
/// language when the hit has text in it, with the matched words as `mark` segments.
#[utoipa::path(
    tag = "search",
    operation_id = "search",
    params(SearchQuery),
    responses(
        (status = 200, description = "One page of hits with facet counts; a page beyond the end is empty", body = SearchResults),
        (status = 400, description = "Malformed parameters (e.g. an unknown `type`, `kind` or `sort`)", body = ErrorBody),
        (status = 422, description = "`q` over 200 characters, unknown region/NACE/certification/language, `near` neither `lat,lon` nor a known place, `radius_km` outside 1–1000 or without `near`, `sort=distance` without `near`, `page`/`per_page` out of range", body = ErrorBody),
    )
)]
#[get("/search")]
pub async fn search(
    state: web::Data<AppState>,
    query: web::Query<SearchQuery>,
    lang: RequestLanguage,
) -> ApiResult<web::Json<SearchResults>> {
    let req = request(query.into_inner(), lang)?;
    let results = state.search.search(&req)?;
    Ok(web::Json(results))
}
