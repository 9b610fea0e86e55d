use actix_web::{get, web};
use glokal_api_types::{ErrorBody, NotificationPreferences};
use glokal_store::notification_preferences;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// The caller's channels per notification category (`messages`, `shortage_alerts`,
/// `saved_searches`): in the app and/or by mail. Both are on until changed.
#[utoipa::path(
    tag = "notifications",
    operation_id = "get_notification_preferences",
    responses(
        (status = 200, description = "Every category with its channels", body = NotificationPreferences),
        (status = 401, description = "Not logged in", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/me/notification-preferences")]
pub async fn get_notification_preferences(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> ApiResult<web::Json<NotificationPreferences>> {
    Ok(web::Json(NotificationPreferences {
        items: notification_preferences::get(&state.db, user.0.id).await?,
    }))
}
