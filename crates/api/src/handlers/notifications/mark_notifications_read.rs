use actix_web::{post, web};
use glokal_api_types::{ErrorBody, MarkNotificationsReadRequest, UnreadNotifications};
use glokal_store::notifications;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::handlers::fields::{distinct_ids, Errors};
use crate::state::AppState;

/// Mark some of the caller's notifications read (`ids`), or all of them (`all: true`).
#[utoipa::path(
    tag = "notifications",
    operation_id = "mark_notifications_read",
    request_body = MarkNotificationsReadRequest,
    responses(
        (status = 200, description = "The number of unread notifications left", body = UnreadNotifications),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 422, description = "`ids`: `required` (neither ids nor `all`), `too_many` (over 100)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/me/notifications/read")]
pub async fn mark_notifications_read(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<MarkNotificationsReadRequest>,
) -> ApiResult<web::Json<UnreadNotifications>> {
    let input = body.into_inner();
    let mut e = Errors::default();
    let ids = distinct_ids(&mut e, "ids", input.ids, 100);
    if ids.is_empty() && !input.all {
        e.add("ids", "required");
    }
    e.finish(())?;
    let scope = (!input.all).then_some(ids.as_slice());
    notifications::mark_read(&state.db, user.0.id, scope).await?;
    Ok(web::Json(UnreadNotifications {
        unread: notifications::unread_count(&state.db, user.0.id).await?,
    }))
}
