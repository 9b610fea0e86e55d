use actix_web::{delete, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode};
use glokal_store::saved_searches;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Delete a saved search.
#[utoipa::path(
    tag = "search",
    operation_id = "delete_saved_search",
    params(("id" = Uuid, Path, description = "Saved search id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 404, description = "No such saved search of the caller", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[delete("/me/saved-searches/{id}")]
pub async fn delete_saved_search(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let current = saved_searches::get_own(&state.db, user.0.id, *id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    saved_searches::delete(&state.db, current.id).await?;
    Ok(HttpResponse::NoContent().finish())
}
