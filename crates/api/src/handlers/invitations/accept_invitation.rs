use actix_web::{post, web};
use glokal_api_types::{ErrorBody, ErrorCode, Membership};
use glokal_store::{invitations, organizations};

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::handlers::organizations::load;
use crate::state::AppState;

/// Join the organisation of an invitation with the logged-in account (e-mail confirmed).
///
/// The link works once. Accepting does not lower a role the account already has there.
#[utoipa::path(
    tag = "organizations",
    operation_id = "accept_invitation",
    params(("token" = String, Path, description = "The token from the invitation mail")),
    responses(
        (status = 200, description = "The membership", body = Membership),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "E-mail address not confirmed yet (`email_not_verified`)", body = ErrorBody),
        (status = 404, description = "Unknown, withdrawn, used or expired", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/invitations/{token}/accept")]
pub async fn accept_invitation(
    state: web::Data<AppState>,
    user: CurrentUser,
    token: web::Path<String>,
) -> ApiResult<web::Json<Membership>> {
    if user.0.email_verified_at.is_none() {
        return Err(ApiError::Client(ErrorCode::EmailNotVerified));
    }
    let txn = glokal_store::begin_write(&state.db).await?;
    let invitation = super::open_invitation(&txn, &token).await?;
    let org = load(&txn, invitation.organization_id).await?;
    let invited = invitation.member_role();
    let role = match organizations::member_role(&txn, org.id, user.0.id).await? {
        Some(current) if current == glokal_api_types::MemberRole::Owner => current,
        _ => invited,
    };
    organizations::set_member(&txn, org.id, user.0.id, role).await?;
    invitations::delete(&txn, org.id, invitation.id).await?;
    txn.commit().await?;
    tracing::info!(organization = %org.id, user_id = %user.0.id, "invitation accepted");
    Ok(web::Json(org.into_membership(role)))
}
