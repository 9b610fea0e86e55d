use actix_web::{delete, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode, MemberRole};
use glokal_store::organizations;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Remove a member, or leave an organisation (your own user id).
///
/// Owners and platform admins remove anybody; every member can leave. The last owner cannot
/// leave (409 `last_owner`): hand over first, or delete the organisation.
#[utoipa::path(
    tag = "organizations",
    operation_id = "remove_member",
    params(("id" = Uuid, Path, description = "Organisation id"), ("user_id" = Uuid, Path, description = "The member's user id")),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Neither an owner nor leaving yourself", body = ErrorBody),
        (status = 404, description = "No such organisation or member", body = ErrorBody),
        (status = 409, description = "The organisation would have no owner (`last_owner`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[delete("/organizations/{id}/members/{user_id}")]
pub async fn remove_member(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(Uuid, Uuid)>,
) -> ApiResult<HttpResponse> {
    let (id, member) = path.into_inner();
    let org = super::load(&state.db, id).await?;
    let role = super::effective_role(&state.db, org.id, &user.0).await?;
    if member != user.0.id {
        super::require(role, &[MemberRole::Owner])?;
    }
    let txn = glokal_store::begin_write(&state.db).await?;
    super::keep_an_owner(&txn, org.id, member).await?;
    if !organizations::remove_member(&txn, org.id, member).await? {
        return Err(ApiError::Client(ErrorCode::NotFound));
    }
    txn.commit().await?;
    tracing::info!(organization = %org.id, %member, by = %user.0.id, "member removed");
    Ok(HttpResponse::NoContent().finish())
}
