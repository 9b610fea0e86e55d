use actix_web::{delete, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode, Role};
use glokal_store::organizations;
use glokal_store::search_changes::{self, ChangedEntity};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Withdraw a verification (staff of the institution that gave it, platform admins).
#[utoipa::path(
    tag = "organizations",
    operation_id = "revoke_verification",
    params(("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 204, description = "Withdrawn (also when it was not verified)"),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Neither staff of the verifying institution nor a platform admin", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[delete("/organizations/{id}/verification")]
pub async fn revoke_verification(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let org = super::load(&state.db, *id).await?;
    if user.0.role() != Role::PlatformAdmin {
        match org.verified_by_organization {
            Some(institution) => {
                super::verify_organization::acting_institution(&state, &user, Some(institution))
                    .await?;
            }
            None if org.verified_at.is_none() => return Ok(HttpResponse::NoContent().finish()),
            None => return Err(ApiError::Client(ErrorCode::Forbidden)),
        }
    }
    let txn = glokal_store::begin_write(&state.db).await?;
    let updated = organizations::set_verification(&txn, org, false, None, None, false).await?;
    search_changes::record(&txn, ChangedEntity::Organization, updated.id).await?;
    crate::webhooks::organization_event(
        &txn,
        &state.settings.public_url,
        glokal_api_types::WebhookEventType::OrganizationUpdated,
        &updated,
    )
    .await?;
    txn.commit().await?;
    state.webhooks.kick();
    Ok(HttpResponse::NoContent().finish())
}
