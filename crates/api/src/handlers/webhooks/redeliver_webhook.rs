use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode, WebhookDelivery};
use glokal_store::webhooks;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Send a delivery again: a new delivery with the same body and event id (`redelivery_of`
/// points to the original), queued at once. Useful after a `failed` delivery once the
/// endpoint is fixed.
#[utoipa::path(
    tag = "webhooks",
    operation_id = "redeliver_webhook",
    params(
        ("id" = Uuid, Path, description = "Organisation (an institution) id"),
        ("webhook_id" = Uuid, Path, description = "Webhook id"),
        ("delivery_id" = Uuid, Path, description = "Delivery to repeat"),
    ),
    responses(
        (status = 202, description = "Queued; the new delivery", body = WebhookDelivery),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner who is institution staff, nor a platform admin", body = ErrorBody),
        (status = 404, description = "No such organisation, webhook or delivery", body = ErrorBody),
        (status = 422, description = "A company (`not_an_institution`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/organizations/{id}/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver")]
pub async fn redeliver_webhook(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(Uuid, Uuid, Uuid)>,
) -> ApiResult<HttpResponse> {
    let (id, webhook_id, delivery_id) = path.into_inner();
    let (_, hook) = super::load(&state, &user, id, webhook_id).await?;
    let original = webhooks::delivery(&state.db, hook.id, delivery_id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    let new_id = webhooks::enqueue(
        &state.db,
        hook.id,
        original.event_id,
        &original.event_type,
        original.resource_id,
        &original.payload,
        Some(original.id),
    )
    .await?;
    state.webhooks.kick();
    let queued = webhooks::delivery(&state.db, hook.id, new_id)
        .await?
        .and_then(|d| d.into_api())
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    tracing::info!(webhook = %hook.id, delivery = %new_id, original = %original.id, user_id = %user.0.id, "webhook delivery re-sent");
    Ok(HttpResponse::Accepted().json(queued))
}
