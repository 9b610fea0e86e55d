use actix_web::{delete, web, HttpResponse};
use glokal_api_types::{ErrorBody, MemberRole};
use glokal_store::organizations;
use glokal_store::search_changes::{self, ChangedEntity};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::media;
use crate::state::AppState;

/// Remove the logo (owners, editors, platform admins).
#[utoipa::path(
    tag = "organizations",
    operation_id = "delete_logo",
    params(("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 204, description = "Removed (also when there was none)"),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner or editor", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[delete("/organizations/{id}/logo")]
pub async fn delete_logo(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let org = super::load(&state.db, *id).await?;
    super::require(
        super::effective_role(&state.db, org.id, &user.0).await?,
        &[MemberRole::Owner, MemberRole::Editor],
    )?;
    let txn = glokal_store::begin_write(&state.db).await?;
    let (updated, previous) = organizations::set_logo(&txn, org, None).await?;
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
    if let Some(previous) = previous {
        media::remove_logo(&state.settings.media_dir, &previous).await;
    }
    Ok(HttpResponse::NoContent().finish())
}
