use actix_web::{get, web};
use glokal_api_types::{ErrorBody, WebhookList};
use glokal_store::webhooks;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::handlers::organizations::api_tokens::manageable;
use crate::state::AppState;

/// An institution's webhooks, newest first (never their secrets), each with how its deliveries
/// stand (pending, failed, delivered, last success).
#[utoipa::path(
    tag = "webhooks",
    operation_id = "list_webhooks",
    params(("id" = Uuid, Path, description = "Organisation (an institution) id")),
    responses(
        (status = 200, description = "The webhooks", body = WebhookList),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner who is institution staff, nor a platform admin", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
        (status = 422, description = "A company (`not_an_institution`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/organizations/{id}/webhooks")]
pub async fn list_webhooks(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<WebhookList>> {
    let org = manageable(&state, &user, *id).await?;
    let list = webhooks::list(&state.db, org.id).await?;
    let ids: Vec<Uuid> = list.iter().map(|w| w.id).collect();
    let mut health = webhooks::health(&state.db, &ids).await?;
    Ok(web::Json(WebhookList {
        items: list
            .into_iter()
            .map(|w| {
                let h = health.remove(&w.id).unwrap_or_default();
                w.into_api(h)
            })
            .collect(),
    }))
}
