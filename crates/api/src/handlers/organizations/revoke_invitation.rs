use actix_web::{delete, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode, MemberRole};
use glokal_store::invitations;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Withdraw an open invitation (owners and platform admins); its link stops working.
#[utoipa::path(
    tag = "organizations",
    operation_id = "revoke_invitation",
    params(("id" = Uuid, Path, description = "Organisation id"), ("invitation_id" = Uuid, Path, description = "Invitation id")),
    responses(
        (status = 204, description = "Withdrawn"),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner", body = ErrorBody),
        (status = 404, description = "No such organisation or invitation", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[delete("/organizations/{id}/invitations/{invitation_id}")]
pub async fn revoke_invitation(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(Uuid, Uuid)>,
) -> ApiResult<HttpResponse> {
    let (id, invitation) = path.into_inner();
    let org = super::load(&state.db, id).await?;
    super::require(
        super::effective_role(&state.db, org.id, &user.0).await?,
        &[MemberRole::Owner],
    )?;
    if !invitations::delete(&state.db, org.id, invitation).await? {
        return Err(ApiError::Client(ErrorCode::NotFound));
    }
    Ok(HttpResponse::NoContent().finish())
}
