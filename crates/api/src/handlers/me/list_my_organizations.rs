use actix_web::{get, web};
use glokal_api_types::{ErrorBody, Membership};
use glokal_store::organizations;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// The organisations the caller belongs to, with the role in each.
#[utoipa::path(
    tag = "me",
    operation_id = "list_my_organizations",
    responses(
        (status = 200, description = "Memberships, by organisation name", body = Vec<Membership>),
        (status = 401, description = "Not logged in", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/me/organizations")]
pub async fn list_my_organizations(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> ApiResult<web::Json<Vec<Membership>>> {
    let memberships = organizations::memberships(&state.db, user.0.id).await?;
    Ok(web::Json(
        memberships
            .into_iter()
            .map(|(org, role)| org.into_membership(role))
            .collect(),
    ))
}
