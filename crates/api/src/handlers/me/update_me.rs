use actix_web::{patch, web};
use glokal_api_types::{ErrorBody, UpdateMeRequest, User};
use glokal_domain::DisplayName;
use glokal_store::users;
use validator::Validate;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Change display name and/or preferred language.
#[utoipa::path(
    tag = "me",
    operation_id = "update_me",
    request_body = UpdateMeRequest,
    responses(
        (status = 200, description = "Updated account", body = User),
        (status = 400, description = "Malformed JSON or unknown language", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 422, description = "Invalid display name", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[patch("/me")]
pub async fn update_me(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<UpdateMeRequest>,
) -> ApiResult<web::Json<User>> {
    body.validate()?;
    let body = body.into_inner();
    let name = body
        .display_name
        .as_deref()
        .map(DisplayName::parse)
        .transpose()
        .map_err(|e| ApiError::field("display_name", e.code()))?;
    let updated = users::update_profile(
        &state.db,
        user.0,
        name.map(|n| n.as_str().to_owned()),
        body.preferred_language,
    )
    .await?;
    Ok(web::Json(updated.into_api()))
}
