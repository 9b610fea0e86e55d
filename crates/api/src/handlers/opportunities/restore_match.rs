use actix_web::{delete, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode, MatchTargetType};
use glokal_store::match_dismissals;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Take a dismissal back (owners, editors, platform admins): the partner is suggested again.
#[utoipa::path(
    tag = "opportunities",
    operation_id = "restore_match",
    params(
        ("id" = Uuid, Path, description = "Opportunity id"),
        ("target_type" = MatchTargetType, Path, description = "`organization` or `opportunity`"),
        ("target_id" = Uuid, Path, description = "The dismissed organisation or opportunity"),
    ),
    responses(
        (status = 204, description = "Suggested again"),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner or editor of the organisation", body = ErrorBody),
        (status = 404, description = "No such opportunity or no such dismissal", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[delete("/opportunities/{id}/matches/dismissals/{target_type}/{target_id}")]
pub async fn restore_match(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(Uuid, MatchTargetType, Uuid)>,
) -> ApiResult<HttpResponse> {
    let (id, target_type, target_id) = path.into_inner();
    let loaded = super::load_editable(&state.db, id, &user.0).await?;
    if !match_dismissals::restore(&state.db, loaded.opportunity.id, target_type, target_id).await? {
        return Err(ApiError::Client(ErrorCode::NotFound));
    }
    Ok(HttpResponse::NoContent().finish())
}
