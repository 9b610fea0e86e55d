use actix_web::{get, web, HttpResponse};
use glokal_api_types::{ErrorBody, PlaceItem, PlaceQuery};
use glokal_domain::reference::places;

use crate::error::{ApiError, ApiResult};

/// Autocomplete for towns in Saxony and the Czech border regions (GeoNames).
///
/// Matches the beginning of the name or of a word in it, also German/Czech exonyms
/// (`Reichenberg` → Liberec), diacritics ignored; larger towns first.
#[utoipa::path(
    tag = "reference",
    operation_id = "search_places",
    params(PlaceQuery),
    responses(
        (status = 200, description = "Matching places", body = Vec<PlaceItem>),
        (status = 400, description = "`q` missing", body = ErrorBody),
        (status = 422, description = "`q` blank or longer than 100 characters", body = ErrorBody),
    )
)]
#[get("/reference/places")]
pub async fn search_places(query: web::Query<PlaceQuery>) -> ApiResult<HttpResponse> {
    let q = query.q.trim();
    if q.is_empty() {
        return Err(ApiError::field("q", "required"));
    }
    if q.chars().count() > 100 {
        return Err(ApiError::field("q", "too_long"));
    }
    let limit = query.limit.unwrap_or(10).clamp(1, 50) as usize;
    let items: Vec<PlaceItem> = places::search(q, limit)
        .into_iter()
        .map(super::place_item)
        .collect();
    Ok(HttpResponse::Ok().json(items))
}
