use actix_web::{put, web};
use glokal_api_types::{ErrorBody, ErrorCode, SavedSearch, SavedSearchInput};
use glokal_store::saved_searches;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Change a saved search (name, search, frequency, mails on or off).
#[utoipa::path(
    tag = "search",
    operation_id = "update_saved_search",
    params(("id" = Uuid, Path, description = "Saved search id")),
    request_body = SavedSearchInput,
    responses(
        (status = 200, description = "Changed", body = SavedSearch),
        (status = 400, description = "Malformed JSON or unknown value", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 404, description = "No such saved search of the caller", body = ErrorBody),
        (status = 422, description = "Invalid `name` or `query.<field>`", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[put("/me/saved-searches/{id}")]
pub async fn update_saved_search(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<SavedSearchInput>,
) -> ApiResult<web::Json<SavedSearch>> {
    let current = saved_searches::get_own(&state.db, user.0.id, *id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    let fields = super::fields(body.into_inner())?;
    let updated = saved_searches::update(&state.db, current, fields).await?;
    Ok(web::Json(updated.into_api()))
}
