use actix_web::{get, web};
use glokal_api_types::{ErrorBody, MemberList, MemberRole};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// Members and open invitations of an organisation (its own members and platform admins).
#[utoipa::path(
    tag = "organizations",
    operation_id = "list_members",
    params(("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 200, description = "Members and open invitations", body = MemberList),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not a member", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/organizations/{id}/members")]
pub async fn list_members(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<MemberList>> {
    let org = super::load(&state.db, *id).await?;
    super::require(
        super::effective_role(&state.db, org.id, &user.0).await?,
        &[MemberRole::Owner, MemberRole::Editor],
    )?;
    Ok(web::Json(super::member_list(&state.db, org.id).await?))
}
