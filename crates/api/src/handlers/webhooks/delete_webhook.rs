use actix_web::{delete, web, HttpResponse};
use glokal_api_types::ErrorBody;
use glokal_store::webhooks;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// Delete a webhook with its delivery log; pending deliveries are dropped.
#[utoipa::path(
    tag = "webhooks",
    operation_id = "delete_webhook",
    params(
        ("id" = Uuid, Path, description = "Organisation (an institution) id"),
        ("webhook_id" = Uuid, Path, description = "Webhook id"),
    ),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner who is institution staff, nor a platform admin", body = ErrorBody),
        (status = 404, description = "No such organisation or webhook", body = ErrorBody),
        (status = 422, description = "A company (`not_an_institution`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[delete("/organizations/{id}/webhooks/{webhook_id}")]
pub async fn delete_webhook(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(Uuid, Uuid)>,
) -> ApiResult<HttpResponse> {
    let (id, webhook_id) = path.into_inner();
    let (org, hook) = super::load(&state, &user, id, webhook_id).await?;
    let txn = glokal_store::begin_write(&state.db).await?;
    webhooks::delete(&txn, hook.id).await?;
    txn.commit().await?;
    tracing::info!(organization = %org.id, webhook = %hook.id, user_id = %user.0.id, "webhook deleted");
    Ok(HttpResponse::NoContent().finish())
}
