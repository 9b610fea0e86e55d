use actix_web::{get, web};
use glokal_api_types::{ApiScope, ErrorBody, Opportunity};
use glokal_store::opportunities;
use uuid::Uuid;

use crate::auth::Caller;
use crate::error::ApiResult;
use crate::state::AppState;

/// An offer or request with its organisation's name and location.
///
/// Public once published (also when closed or expired); a draft only for the organisation's
/// members and platform admins (404 for everyone else).
#[utoipa::path(
    tag = "opportunities",
    operation_id = "get_opportunity",
    params(("id" = Uuid, Path, description = "Opportunity id")),
    responses(
        (status = 403, description = "An API token without `opportunities:read` (`insufficient_scope`)", body = ErrorBody),
        (status = 200, description = "The opportunity", body = Opportunity),
        (status = 401, description = "An access token was sent but is invalid or expired", body = ErrorBody),
        (status = 404, description = "No such opportunity, or a draft of another organisation", body = ErrorBody),
    ),
    security((), ("bearer_auth" = []), ("api_token" = ["opportunities:read"]))
)]
#[get("/opportunities/{id}")]
pub async fn get_opportunity(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<Opportunity>> {
    caller.require_scope(ApiScope::OpportunitiesRead)?;
    let loaded = super::load_visible(&state.db, *id, caller.user.as_ref()).await?;
    Ok(web::Json(loaded.opportunity.into_api(
        &loaded.organization,
        loaded.role,
        opportunities::today(),
    )))
}
