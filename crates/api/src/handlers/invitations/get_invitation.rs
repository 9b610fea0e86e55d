use actix_web::{get, web};
use glokal_api_types::{ErrorBody, InvitationPreview};
use glokal_store::users;

use crate::error::ApiResult;
use crate::handlers::organizations::load;
use crate::state::AppState;

/// What an invitation link offers (public: the token is the secret).
#[utoipa::path(
    tag = "organizations",
    operation_id = "get_invitation",
    params(("token" = String, Path, description = "The token from the invitation mail")),
    responses(
        (status = 200, description = "Organisation, role and inviter", body = InvitationPreview),
        (status = 404, description = "Unknown, withdrawn, used or expired", body = ErrorBody),
    )
)]
#[get("/invitations/{token}")]
pub async fn get_invitation(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> ApiResult<web::Json<InvitationPreview>> {
    let invitation = super::open_invitation(&state.db, &token).await?;
    let org = load(&state.db, invitation.organization_id).await?;
    let invited_by = match invitation.invited_by {
        Some(id) => users::find_by_id(&state.db, id)
            .await?
            .map(|u| u.display_name),
        None => None,
    };
    Ok(web::Json(InvitationPreview {
        logo_url: org.logo_url(),
        organization_id: org.id,
        organization_name: org.name,
        role: invitation.member_role(),
        email: invitation.email,
        invited_by,
        expires_at: invitation.expires_at,
    }))
}
