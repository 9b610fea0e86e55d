use actix_web::{put, web};
use glokal_api_types::{ErrorBody, PrivacySettings};
use glokal_store::privacy;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// Replace the caller's privacy settings; they apply at once to everything shown or sent
/// from then on.
///
/// `profile_visibility: own_organizations` hides the person's name from everybody outside
/// their organisations (messages then show the organisation only; a Kooperationsbörse's
/// agenda and table plan show the organisation). `contact_visibility: nobody` keeps the
/// e-mail address from meeting partners (event organisers still have it).
/// `email_notifications: false` stops every notification mail.
#[utoipa::path(
    tag = "me",
    operation_id = "update_privacy",
    request_body = PrivacySettings,
    responses(
        (status = 200, description = "The stored settings", body = PrivacySettings),
        (status = 400, description = "Malformed JSON or unknown value", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[put("/me/privacy")]
pub async fn update_privacy(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<PrivacySettings>,
) -> ApiResult<web::Json<PrivacySettings>> {
    let updated = privacy::set_settings(&state.db, user.0, body.into_inner()).await?;
    tracing::info!(user_id = %updated.id, "privacy settings changed");
    Ok(web::Json(updated.privacy()))
}
