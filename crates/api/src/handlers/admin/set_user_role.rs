use actix_web::{put, web};
use glokal_api_types::{ErrorBody, ErrorCode, Role, SetRoleRequest, User};
use glokal_store::users;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Give an account a platform role (platform admins only; not their own).
#[utoipa::path(
    tag = "admin",
    operation_id = "set_user_role",
    params(("id" = Uuid, Path, description = "Account id")),
    request_body = SetRoleRequest,
    responses(
        (status = 200, description = "Updated account", body = User),
        (status = 400, description = "Malformed JSON or unknown role", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not a platform admin, or the admin's own account", body = ErrorBody),
        (status = 404, description = "No such account", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[put("/admin/users/{id}/role")]
pub async fn set_user_role(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<SetRoleRequest>,
) -> ApiResult<web::Json<User>> {
    user.require_role(&[Role::PlatformAdmin])?;
    let id = id.into_inner();
    if id == user.0.id {
        return Err(ApiError::Client(ErrorCode::Forbidden));
    }
    let updated = users::set_role(&state.db, id, body.role)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    tracing::info!(admin = %user.0.id, user_id = %id, role = %body.role, "role changed");
    Ok(web::Json(updated.into_api()))
}
