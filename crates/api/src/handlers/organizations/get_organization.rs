use actix_web::{get, web};
use glokal_api_types::{ErrorBody, Organization};
use glokal_store::organizations::{self, Viewer};
use uuid::Uuid;

use crate::auth::MaybeUser;
use crate::error::ApiResult;
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
        (status = 200, description = "The profile", body = Organization),
        (status = 401, description = "An access token was sent but is invalid or expired", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
    ),
    security((), ("bearer_auth" = []))
)]
#[get("/organizations/{id}")]
pub async fn get_organization(
    state: web::Data<AppState>,
    viewer: MaybeUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<Organization>> {
    let org = super::load(&state.db, *id).await?;
    let (view, role) = match &viewer.0 {
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
    Ok(web::Json(
        organizations::profile(&state.db, org, view, role).await?,
    ))
}
