use actix_web::{get, web};
use glokal_api_types::{ErrorBody, PageQuery, Role, UserPage};
use glokal_store::users;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// List all accounts, oldest first (platform admins only).
#[utoipa::path(
    tag = "admin",
    operation_id = "list_users",
    params(PageQuery),
    responses(
        (status = 200, description = "One page of accounts", body = UserPage),
        (status = 400, description = "Malformed paging parameters", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not a platform admin", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/admin/users")]
pub async fn list_users(
    state: web::Data<AppState>,
    user: CurrentUser,
    page: web::Query<PageQuery>,
) -> ApiResult<web::Json<UserPage>> {
    user.require_role(&[Role::PlatformAdmin])?;
    let limit = page.limit.clamp(1, 200);
    let (items, total) = users::list(&state.db, page.offset, limit).await?;
    Ok(web::Json(UserPage {
        items: items.into_iter().map(|u| u.into_api()).collect(),
        total,
        offset: page.offset,
        limit,
    }))
}
