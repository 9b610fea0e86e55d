use std::collections::HashSet;

use actix_web::{get, web};
use glokal_api_types::{ErrorBody, MatchQuery, PartnerMatches};
use glokal_store::match_dismissals;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::lang::RequestLanguage;
use crate::matching;
use crate::state::AppState;

/// Matching partners of an offer or request (its organisation's owners and editors, platform
/// admins): organisations and other organisations' open opportunities that fit, best first,
/// each with its *why matched* reasons in the caller's language.
///
/// Fitting means: an opportunity of a counter type (a supplier request for a product offer,
/// an offer of products or free capacity for a shortage alert, …) or an organisation, that
/// names the same things (glossary terms in German, Czech or English, keywords) or works in
/// the same or a related NACE class, group or division. Distance (decaying with 50 km), the
/// other side of the border and the certifications asked for rank higher; target countries,
/// "cross-border only" and the maximum distance (for a shortage alert 100 km unless set)
/// are respected. Dismissed suggestions are left out unless `include_dismissed=true`.
#[utoipa::path(
    tag = "opportunities",
    operation_id = "list_opportunity_matches",
    params(("id" = Uuid, Path, description = "Opportunity id"), MatchQuery),
    responses(
        (status = 200, description = "The matching partners, best first", body = PartnerMatches),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner or editor of the organisation", body = ErrorBody),
        (status = 404, description = "No such opportunity, or a draft of another organisation", body = ErrorBody),
        (status = 422, description = "`limit` outside 1–50", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/opportunities/{id}/matches")]
pub async fn list_opportunity_matches(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    query: web::Query<MatchQuery>,
    lang: RequestLanguage,
) -> ApiResult<web::Json<PartnerMatches>> {
    let limit = query.limit.unwrap_or(20);
    if !(1..=50).contains(&limit) {
        return Err(ApiError::field("limit", "out_of_range"));
    }
    let include_dismissed = query.include_dismissed.unwrap_or(false);
    let loaded = super::load_editable(&state.db, *id, &user.0).await?;
    let dismissed: HashSet<String> =
        match_dismissals::of_opportunity(&state.db, loaded.opportunity.id)
            .await?
            .into_iter()
            .map(|(t, target)| matching::key(t, target))
            .collect();
    let exclude = if include_dismissed {
        HashSet::new()
    } else {
        dismissed.clone()
    };
    let src = matching::source(
        &loaded.opportunity,
        &loaded.organization,
        exclude,
        limit as usize,
    );
    let found = matching::candidates(&state, &src)?;
    let items = matching::render(
        &state.db,
        found,
        &dismissed,
        lang.0.unwrap_or_else(|| user.0.language()),
    )
    .await?;
    Ok(web::Json(PartnerMatches {
        items,
        dismissed: dismissed.len() as u64,
    }))
}
