use actix_web::{delete, web};
use glokal_api_types::{ErrorBody, ErrorCode, MemberRole, Organization};
use glokal_store::organizations::{self, Viewer};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// End an institution's management of the profile (owners and platform admins): the
/// institution's API tokens can no longer update it.
#[utoipa::path(
    tag = "organizations",
    operation_id = "end_management",
    params(("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 200, description = "The profile, no longer managed", body = Organization),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner", body = ErrorBody),
        (status = 404, description = "No such organisation, or not managed by an institution", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[delete("/organizations/{id}/management")]
pub async fn end_management(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<Organization>> {
    let org = super::load(&state.db, *id).await?;
    let role = super::effective_role(&state.db, org.id, &user.0).await?;
    super::require(role, &[MemberRole::Owner])?;
    let Some(institution) = org.managed_by else {
        return Err(ApiError::Client(ErrorCode::NotFound));
    };
    let updated = organizations::end_management(&state.db, org).await?;
    tracing::info!(organization = %updated.id, %institution, user_id = %user.0.id, "management ended");
    Ok(web::Json(
        organizations::profile(&state.db, updated, Viewer::Member, role).await?,
    ))
}
