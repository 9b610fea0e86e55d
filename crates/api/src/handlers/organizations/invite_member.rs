use actix_web::{post, web};
use glokal_api_types::{ErrorBody, InviteMemberRequest, MemberRole, OrganizationMember};
use glokal_store::{organizations, users};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Add a registered colleague as owner or editor (owners and platform admins).
///
/// Returns the organisation's members afterwards.
#[utoipa::path(
    tag = "organizations",
    operation_id = "invite_member",
    params(("id" = Uuid, Path, description = "Organisation id")),
    request_body = InviteMemberRequest,
    responses(
        (status = 200, description = "Members of the organisation", body = Vec<OrganizationMember>),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
        (status = 422, description = "No account with this e-mail address (`unknown_user`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/organizations/{id}/members")]
pub async fn invite_member(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<InviteMemberRequest>,
) -> ApiResult<web::Json<Vec<OrganizationMember>>> {
    let org = super::load(&state.db, *id).await?;
    super::require(super::effective_role(&state.db, org.id, &user.0).await?, &[MemberRole::Owner])?;
    let invitee = users::find_by_email(&state.db, body.email.trim()).await?.ok_or_else(|| ApiError::field("email", "unknown_user"))?;
    organizations::set_member(&state.db, org.id, invitee.id, body.role).await?;
    let mut members = Vec::new();
    for (user_id, role) in organizations::members(&state.db, org.id).await? {
        if let Some(member) = users::find_by_id(&state.db, user_id).await? {
            members.push(OrganizationMember { user_id, display_name: member.display_name, role });
        }
    }
    Ok(web::Json(members))
}
