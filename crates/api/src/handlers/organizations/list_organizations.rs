use actix_web::{get, web};
use glokal_api_types::{
    ApiScope, ErrorBody, OrganizationPage, OrganizationQuery, OrganizationSort,
};
use glokal_domain::reference::{certifications, places, regions};
use glokal_store::organizations::{self, After, DirectoryFilter};

use super::cursor;

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::handlers::fields::{self, Errors};
use crate::state::AppState;

/// The directory: organisations filtered by kind, country, region, NACE prefix, size class,
/// language spoken, certification, distance from a place and last change; sorted by name,
/// newest, distance or last change.
///
/// Paging: `offset`/`limit`, or `cursor` = the previous page's `next_cursor` (stable while
/// organisations are added). A CRM syncs incrementally with `sort=updated&updated_since=…`
/// and follows `next_cursor` until it is `null`.
#[utoipa::path(
    tag = "organizations",
    operation_id = "list_organizations",
    params(OrganizationQuery),
    responses(
        (status = 200, description = "One page of organisations", body = OrganizationPage),
        (status = 400, description = "Malformed parameters", body = ErrorBody),
        (status = 401, description = "An API token was sent but is unknown or revoked", body = ErrorBody),
        (status = 403, description = "An API token without `organizations:read` (`insufficient_scope`)", body = ErrorBody),
        (status = 422, description = "Unknown NACE code, region, place or certification, `sort=distance` without `near`, or a cursor of another sort (`invalid_cursor`)", body = ErrorBody),
        (status = 429, description = "The API token's rate limit (`Retry-After`)", body = ErrorBody),
    ),
    security((), ("api_token" = ["organizations:read"]))
)]
#[get("/organizations")]
pub async fn list_organizations(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<OrganizationQuery>,
) -> ApiResult<web::Json<OrganizationPage>> {
    caller.require_scope(ApiScope::OrganizationsRead)?;
    let query = query.into_inner();
    let mut errors = Errors::default();
    let nace_prefixes = fields::nace_prefixes(&mut errors, "nace", query.nace.as_deref());
    errors.finish(())?;
    let region = match query.region.as_deref() {
        Some(code) => Some(
            regions::get(code)
                .ok_or_else(|| ApiError::field("region", "out_of_range"))?
                .code
                .to_owned(),
        ),
        None => None,
    };
    let near = match query.near {
        Some(id) => {
            let place = places::get(id).ok_or_else(|| ApiError::field("near", "unknown_place"))?;
            Some((place.lat, place.lon))
        }
        None => None,
    };
    let sort = query.sort.unwrap_or_default();
    if sort == OrganizationSort::Distance && near.is_none() {
        return Err(ApiError::field("near", "required"));
    }
    if query
        .radius_km
        .is_some_and(|r| !(0.0..=1000.0).contains(&r) || r.is_nan())
    {
        return Err(ApiError::field("radius_km", "out_of_range"));
    }
    if query.radius_km.is_some() && near.is_none() {
        return Err(ApiError::field("near", "required"));
    }
    let limit = query.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        return Err(ApiError::field("limit", "out_of_range"));
    }
    let certification = match query
        .certification
        .as_deref()
        .map(|c| c.trim().to_ascii_lowercase())
    {
        Some(code) if certifications::is_known(&code) => {
            Some((code, chrono::Utc::now().date_naive()))
        }
        Some(_) => return Err(ApiError::field("certification", "unknown_certification")),
        None => None,
    };
    let offset = query.offset.unwrap_or(0);
    let after = match query.cursor.as_deref() {
        Some(text) => Some(
            cursor::decode(text, sort)
                .ok_or_else(|| ApiError::field("cursor", "invalid_cursor"))?,
        ),
        None if offset > 0 => Some(After::Offset(offset)),
        None => None,
    };
    let filter = DirectoryFilter {
        kind: query.kind,
        country: query.country.map(|c| c.trim().to_ascii_uppercase()),
        region,
        nace_prefixes,
        size_class: query.size_class,
        language: query.language.map(|l| l.trim().to_ascii_lowercase()),
        certification,
        near,
        radius_km: query.radius_km,
        sort,
        verified: query.verified,
        updated_since: query.updated_since,
        after,
        limit,
    };
    let page = organizations::list(&state.db, &filter).await?;
    let next_cursor = if page.more {
        page.rows
            .last()
            .map(|(last, _)| cursor::encode(sort, last, &filter.after, limit))
    } else {
        None
    };
    // The verifying institutions' names for the badges, in one query.
    let mut verifiers: Vec<uuid::Uuid> = page
        .rows
        .iter()
        .filter_map(|(m, _)| m.verified_by_organization)
        .collect();
    verifiers.sort();
    verifiers.dedup();
    let names = organizations::names(&state.db, &verifiers).await?;
    Ok(web::Json(OrganizationPage {
        items: page
            .rows
            .into_iter()
            .map(|(m, d)| {
                let verifier = m
                    .verified_by_organization
                    .and_then(|id| names.get(&id).cloned());
                m.into_summary(d, verifier)
            })
            .collect(),
        total: page.total,
        offset,
        limit,
        next_cursor,
    }))
}
