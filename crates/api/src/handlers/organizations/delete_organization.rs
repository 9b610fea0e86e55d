use actix_web::{delete, web, HttpResponse};
use glokal_api_types::{ErrorBody, MemberRole};
use glokal_store::organizations;
use glokal_store::search_changes::{self, ChangedEntity};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// Delete an organisation and its memberships (owners and platform admins).
#[utoipa::path(
    tag = "organizations",
    operation_id = "delete_organization",
    params(("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[delete("/organizations/{id}")]
pub async fn delete_organization(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let org = super::load(&state.db, *id).await?;
    super::require(
        super::effective_role(&state.db, org.id, &user.0).await?,
        &[MemberRole::Owner],
    )?;
    let txn = glokal_store::begin_write(&state.db).await?;
    organizations::delete(&txn, org.id).await?;
    search_changes::record(&txn, ChangedEntity::Organization, org.id).await?;
    crate::webhooks::organization_event(
        &txn,
        &state.settings.public_url,
        glokal_api_types::WebhookEventType::OrganizationDeleted,
        &org,
    )
    .await?;
    txn.commit().await?;
    state.webhooks.kick();
    if let Some(logo) = &org.logo {
        crate::media::remove_logo(&state.settings.media_dir, logo).await;
    }
    tracing::info!(organization = %org.id, user_id = %user.0.id, "organisation deleted");
    Ok(HttpResponse::NoContent().finish())
}
