use actix_web::{put, web};
use glokal_api_types::{ErrorBody, NotificationPreferences};
use glokal_store::notification_preferences;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Change the channels of some notification categories (the others stay as they are);
/// answers with all of them. Mails with an unsubscribe link turn `email` off the same way.
#[utoipa::path(
    tag = "notifications",
    operation_id = "update_notification_preferences",
    request_body = NotificationPreferences,
    responses(
        (status = 200, description = "Every category with its channels", body = NotificationPreferences),
        (status = 400, description = "Malformed JSON or unknown category", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 422, description = "A category listed twice (`duplicate`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[put("/me/notification-preferences")]
pub async fn update_notification_preferences(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<NotificationPreferences>,
) -> ApiResult<web::Json<NotificationPreferences>> {
    let items = body.into_inner().items;
    for (i, item) in items.iter().enumerate() {
        if items[..i].iter().any(|o| o.category == item.category) {
            return Err(ApiError::field(
                &format!("items[{i}].category"),
                "duplicate",
            ));
        }
    }
    let txn = glokal_store::begin_write(&state.db).await?;
    for item in items {
        notification_preferences::set(&txn, user.0.id, item).await?;
    }
    txn.commit().await?;
    Ok(web::Json(NotificationPreferences {
        items: notification_preferences::get(&state.db, user.0.id).await?,
    }))
}
