use actix_web::{get, web};
use glokal_api_types::{ApiScope, ErrorBody, ErrorCode, Organization};
use glokal_store::organizations::{self, Viewer};
use uuid::Uuid;

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// An organisation's profile.
///
/// Public; contact persons (personal data) only for logged-in users, and those marked
/// `members` only for the organisation's own members.
#[utoipa::path(
    tag = "organizations",
    operation_id = "get_organization",
    params(("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 403, description = "An API token without `organizations:read` (`insufficient_scope`)", body = ErrorBody),
        (status = 200, description = "The profile", body = Organization),
        (status = 401, description = "An access token was sent but is invalid or expired", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
    ),
    security((), ("bearer_auth" = []), ("api_token" = ["organizations:read"]))
)]
#[get("/organizations/{id}")]
pub async fn get_organization(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<Organization>> {
    caller.require_scope(ApiScope::OrganizationsRead)?;
    let org = super::load(&state.db, *id).await?;
    let (view, role) = match &caller.user {
        // An institution's token reads like a logged-in person (contact persons included).
        None if caller.has_scope(ApiScope::OrganizationsRead) => (Viewer::LoggedIn, None),
        None => (Viewer::Anonymous, None),
        Some(user) => {
            let role = super::effective_role(&state.db, org.id, user).await?;
            (
                if role.is_some() {
                    Viewer::Member
                } else {
                    Viewer::LoggedIn
                },
                role,
            )
        }
    };
    // Hidden by the moderators: only its members (and platform admins) still see it.
    if org.hidden_at.is_some() && role.is_none() {
        return Err(ApiError::Client(ErrorCode::NotFound));
    }
    Ok(web::Json(
        organizations::profile(&state.db, org, view, role).await?,
    ))
}
