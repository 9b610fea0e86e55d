use actix_web::{get, web};
use glokal_api_types::{ErrorBody, NotificationPage, NotificationQuery};
use glokal_store::notifications;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::handlers::fields::Errors;
use crate::lang::RequestLanguage;
use crate::state::AppState;

/// The caller's notifications, newest first, with the number of unread ones (for the bell);
/// texts in the language of `Accept-Language`, else the account's language.
#[utoipa::path(
    tag = "notifications",
    operation_id = "list_notifications",
    params(NotificationQuery),
    responses(
        (status = 200, description = "One page of notifications", body = NotificationPage),
        (status = 400, description = "Malformed parameters", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 422, description = "`limit` out of range", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/me/notifications")]
pub async fn list_notifications(
    state: web::Data<AppState>,
    user: CurrentUser,
    lang: RequestLanguage,
    query: web::Query<NotificationQuery>,
) -> ApiResult<web::Json<NotificationPage>> {
    let user = user.0;
    let mut e = Errors::default();
    let limit = query.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        e.add("limit", "out_of_range");
    }
    e.finish(())?;
    let offset = query.offset.unwrap_or(0);
    let lang = lang.0.unwrap_or_else(|| user.language());
    let (rows, total) = notifications::list(
        &state.db,
        user.id,
        query.unread_only.unwrap_or(false),
        offset,
        limit,
    )
    .await?;
    Ok(web::Json(NotificationPage {
        items: rows.into_iter().map(|n| super::render(n, lang)).collect(),
        unread: notifications::unread_count(&state.db, user.id).await?,
        total,
        offset,
        limit,
    }))
}
