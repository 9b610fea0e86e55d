use actix_web::{get, web};
use glokal_api_types::{ErrorBody, WebhookDeliveryList};
use glokal_store::webhooks;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// A webhook's delivery log, newest first: status, attempts, the last answer or error, the
/// next retry and the exact body sent. Finished deliveries beyond the newest 100 are pruned.
#[utoipa::path(
    tag = "webhooks",
    operation_id = "list_webhook_deliveries",
    params(
        ("id" = Uuid, Path, description = "Organisation (an institution) id"),
        ("webhook_id" = Uuid, Path, description = "Webhook id"),
    ),
    responses(
        (status = 200, description = "The deliveries", body = WebhookDeliveryList),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner who is institution staff, nor a platform admin", body = ErrorBody),
        (status = 404, description = "No such organisation or webhook", body = ErrorBody),
        (status = 422, description = "A company (`not_an_institution`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/organizations/{id}/webhooks/{webhook_id}/deliveries")]
pub async fn list_webhook_deliveries(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(Uuid, Uuid)>,
) -> ApiResult<web::Json<WebhookDeliveryList>> {
    let (id, webhook_id) = path.into_inner();
    let (_, hook) = super::load(&state, &user, id, webhook_id).await?;
    Ok(web::Json(WebhookDeliveryList {
        items: webhooks::deliveries(&state.db, hook.id, webhooks::LOG_LIMIT)
            .await?
            .into_iter()
            .filter_map(|d| d.into_api())
            .collect(),
    }))
}
