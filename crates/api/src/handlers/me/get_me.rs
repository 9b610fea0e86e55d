use actix_web::{get, web};
use glokal_api_types::{ErrorBody, User};

use crate::auth::CurrentUser;

/// The logged-in account.
#[utoipa::path(
    tag = "me",
    operation_id = "get_me",
    responses(
        (status = 200, description = "The caller's account", body = User),
        (status = 401, description = "Missing, invalid or expired access token", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/me")]
pub async fn get_me(user: CurrentUser) -> web::Json<User> {
    web::Json(user.0.into_api())
}
