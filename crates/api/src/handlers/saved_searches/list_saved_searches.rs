use actix_web::{get, web};
use glokal_api_types::{ErrorBody, SavedSearchList};
use glokal_store::saved_searches;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// The caller's saved searches, newest first.
#[utoipa::path(
    tag = "search",
    operation_id = "list_saved_searches",
    responses(
        (status = 200, description = "The saved searches", body = SavedSearchList),
        (status = 401, description = "Not logged in", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/me/saved-searches")]
pub async fn list_saved_searches(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> ApiResult<web::Json<SavedSearchList>> {
    Ok(web::Json(SavedSearchList {
        items: saved_searches::list(&state.db, user.0.id)
            .await?
            .into_iter()
            .map(|m| m.into_api())
            .collect(),
    }))
}
