use actix_web::{get, web};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use glokal_api_types::{
    ApiScope, ErrorBody, MemberRole, OpportunityPage, OpportunityQuery, OpportunitySort,
    OpportunityType,
};
use glokal_domain::reference::{places, regions};
use glokal_store::opportunities::{self, ListFilter};

use super::super::organizations::effective_role;
use crate::auth::Caller;
use crate::error::ApiResult;
use crate::handlers::fields::{nace_prefixes, Errors};
use crate::state::AppState;

/// The marketplace: published offers and requests, filtered by type, the organisation's
/// country, region and distance from a place, NACE prefix and organisation; sorted by newest,
/// deadline or distance.
///
/// Open ones only unless `open_only=false` (then also closed and expired ones). With
/// `organization_id`, that organisation's members and platform admins also get its drafts.
/// A CRM syncs incrementally with `sort=updated&updated_since=…&open_only=false` and follows
/// `next_cursor` until it is `null` (stable while opportunities change meanwhile).
#[utoipa::path(
    tag = "opportunities",
    operation_id = "list_opportunities",
    params(OpportunityQuery),
    responses(
        (status = 403, description = "An API token without `opportunities:read` (`insufficient_scope`)", body = ErrorBody),
        (status = 200, description = "One page of opportunities", body = OpportunityPage),
        (status = 400, description = "Malformed parameters", body = ErrorBody),
        (status = 401, description = "An access token was sent but is invalid or expired", body = ErrorBody),
        (status = 422, description = "Unknown type, NACE code, region or place, `sort=distance` without `near`, or a malformed cursor or one without `sort=updated` (`invalid_cursor`)", body = ErrorBody),
    ),
    security((), ("bearer_auth" = []), ("api_token" = ["opportunities:read"]))
)]
#[get("/opportunities")]
pub async fn list_opportunities(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<OpportunityQuery>,
) -> ApiResult<web::Json<OpportunityPage>> {
    caller.require_scope(ApiScope::OpportunitiesRead)?;
    let query = query.into_inner();
    let mut e = Errors::default();
    let mut types = Vec::new();
    for name in query
        .types
        .as_deref()
        .unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        match OpportunityType::parse(&name.to_ascii_lowercase()) {
            Some(t) if !types.contains(&t) => types.push(t),
            Some(_) => {}
            None => e.add("type", "out_of_range"),
        }
    }
    let nace_prefixes = nace_prefixes(&mut e, "nace", query.nace.as_deref());
    let region = query
        .region
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .and_then(|code| match regions::get(code) {
            Some(region) => Some(region.code.to_owned()),
            None => {
                e.add("region", "out_of_range");
                None
            }
        });
    let near = query.near.and_then(|id| match places::get(id) {
        Some(place) => Some((place.lat, place.lon)),
        None => {
            e.add("near", "unknown_place");
            None
        }
    });
    let sort = query.sort.unwrap_or_default();
    if query
        .radius_km
        .is_some_and(|r| r.is_nan() || !(0.0..=1000.0).contains(&r))
    {
        e.add("radius_km", "out_of_range");
    }
    if (sort == OpportunitySort::Distance || query.radius_km.is_some()) && query.near.is_none() {
        e.add("near", "required");
    }
    let limit = query.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        e.add("limit", "out_of_range");
    }
    let country = query
        .country
        .map(|c| c.trim().to_ascii_uppercase())
        .filter(|c| !c.is_empty());
    // Keyset paging for sync: only with `sort=updated`.
    let after = match query
        .cursor
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        Some(text) if sort == OpportunitySort::Updated => {
            let decoded = URL_SAFE_NO_PAD
                .decode(text)
                .ok()
                .and_then(|bytes| serde_json::from_slice::<SyncCursor>(&bytes).ok());
            if decoded.is_none() {
                e.add("cursor", "invalid_cursor");
            }
            decoded.map(|c| (c.at, c.id))
        }
        Some(_) => {
            e.add("cursor", "invalid_cursor");
            None
        }
        None => None,
    };
    e.finish(())?;

    // An organisation's own members (and platform admins) see its drafts on its list.
    let include_drafts = match (query.organization_id, &caller.user) {
        (Some(organization), Some(user)) => {
            matches!(
                effective_role(&state.db, organization, user).await?,
                Some(MemberRole::Owner | MemberRole::Editor)
            )
        }
        _ => false,
    };
    let today = opportunities::today();
    let filter = ListFilter {
        types,
        country,
        region,
        nace_prefixes,
        near,
        radius_km: query.radius_km,
        organization_id: query.organization_id,
        include_drafts,
        open_only: query.open_only.unwrap_or(true),
        today,
        sort,
        updated_since: query.updated_since,
        after,
        offset: if after.is_some() {
            0
        } else {
            query.offset.unwrap_or(0)
        },
        // One more than the page, to know whether another page follows.
        limit: limit + 1,
    };
    let (mut rows, total) = opportunities::list(&state.db, &filter).await?;
    let more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let next_cursor = (sort == OpportunitySort::Updated && more)
        .then(|| rows.last())
        .flatten()
        .map(|(last, _, _)| {
            URL_SAFE_NO_PAD.encode(
                serde_json::to_vec(&SyncCursor {
                    at: last.updated_at,
                    id: last.id,
                })
                .unwrap_or_default(),
            )
        });
    Ok(web::Json(OpportunityPage {
        items: rows
            .into_iter()
            .map(|(o, org, d)| o.into_summary(&org, d, today))
            .collect(),
        total,
        offset: filter.offset,
        limit,
        next_cursor,
    }))
}

/// Where a `sort=updated` page ends (base64url JSON in `cursor`).
#[derive(serde::Serialize, serde::Deserialize)]
struct SyncCursor {
    at: chrono::DateTime<chrono::Utc>,
    id: uuid::Uuid,
}
