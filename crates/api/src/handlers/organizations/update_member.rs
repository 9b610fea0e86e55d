use actix_web::{put, web};
use glokal_api_types::{ErrorBody, ErrorCode, MemberList, MemberRole, UpdateMemberRequest};
use glokal_store::organizations;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Change a member's role (owners and platform admins).
///
/// To hand an organisation over, make a colleague `owner`, then leave or become `editor`.
/// The last owner cannot be demoted (409 `last_owner`).
#[utoipa::path(
    tag = "organizations",
    operation_id = "update_member",
    params(("id" = Uuid, Path, description = "Organisation id"), ("user_id" = Uuid, Path, description = "The member's user id")),
    request_body = UpdateMemberRequest,
    responses(
        (status = 200, description = "Members and open invitations afterwards", body = MemberList),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner", body = ErrorBody),
        (status = 404, description = "No such organisation or member", body = ErrorBody),
        (status = 409, description = "The organisation would have no owner (`last_owner`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[put("/organizations/{id}/members/{user_id}")]
pub async fn update_member(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(Uuid, Uuid)>,
    body: web::Json<UpdateMemberRequest>,
) -> ApiResult<web::Json<MemberList>> {
    let (id, member) = path.into_inner();
    let org = super::load(&state.db, id).await?;
    super::require(
        super::effective_role(&state.db, org.id, &user.0).await?,
        &[MemberRole::Owner],
    )?;
    let txn = glokal_store::begin_write(&state.db).await?;
    if organizations::member_role(&txn, org.id, member)
        .await?
        .is_none()
    {
        return Err(ApiError::Client(ErrorCode::NotFound));
    }
    if body.role != MemberRole::Owner {
        super::keep_an_owner(&txn, org.id, member).await?;
    }
    organizations::set_member(&txn, org.id, member, body.role).await?;
    txn.commit().await?;
    tracing::info!(organization = %org.id, %member, role = ?body.role, "member role changed");
    Ok(web::Json(super::member_list(&state.db, org.id).await?))
}
