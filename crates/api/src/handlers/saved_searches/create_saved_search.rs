use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode, SavedSearch, SavedSearchInput};
use glokal_store::saved_searches;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Save a search: new organisations and opportunities that match it are reported in the
/// notification centre and by mail (`instant`: within minutes; `daily`/`weekly`: a digest),
/// in the account's language, each mail with a one-click unsubscribe link. What exists now
/// counts as known.
#[utoipa::path(
    tag = "search",
    operation_id = "create_saved_search",
    request_body = SavedSearchInput,
    responses(
        (status = 201, description = "Saved", body = SavedSearch),
        (status = 400, description = "Malformed JSON or unknown value", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 409, description = "Already 20 saved searches (`too_many_saved_searches`)", body = ErrorBody),
        (status = 422, description = "Invalid `name` or `query.<field>` (as `search` checks it)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/me/saved-searches")]
pub async fn create_saved_search(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<SavedSearchInput>,
) -> ApiResult<HttpResponse> {
    let fields = super::fields(body.into_inner())?;
    let txn = glokal_store::begin_write(&state.db).await?;
    if saved_searches::count(&txn, user.0.id).await? >= super::MAX_PER_USER {
        return Err(ApiError::Client(ErrorCode::TooManySavedSearches));
    }
    let created = saved_searches::create(&txn, user.0.id, fields).await?;
    txn.commit().await?;
    Ok(HttpResponse::Created()
        .insert_header((
            "Location",
            format!("/api/v1/me/saved-searches/{}", created.id),
        ))
        .json(created.into_api()))
}
