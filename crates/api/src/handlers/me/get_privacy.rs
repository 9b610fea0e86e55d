use actix_web::{get, web};
use glokal_api_types::{ErrorBody, PrivacySettings};

use crate::auth::CurrentUser;

/// The caller's privacy settings: who sees their name and e-mail address, and whether
/// notification mails are sent.
#[utoipa::path(
    tag = "me",
    operation_id = "get_privacy",
    responses(
        (status = 200, description = "The settings", body = PrivacySettings),
        (status = 401, description = "Not logged in", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/me/privacy")]
pub async fn get_privacy(user: CurrentUser) -> web::Json<PrivacySettings> {
    web::Json(user.0.privacy())
}
