use actix_web::{put, web};
use glokal_api_types::{ErrorBody, MemberRole, Organization, OrganizationInput};
use glokal_store::organizations::{self, Viewer};
use glokal_store::search_changes::{self, ChangedEntity};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// Replace an organisation's profile (owners, editors and platform admins).
#[utoipa::path(
    tag = "organizations",
    operation_id = "update_organization",
    params(("id" = Uuid, Path, description = "Organisation id")),
    request_body = OrganizationInput,
    responses(
        (status = 200, description = "The updated profile", body = Organization),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner or editor", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
        (status = 422, description = "Invalid fields", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[put("/organizations/{id}")]
pub async fn update_organization(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<OrganizationInput>,
) -> ApiResult<web::Json<Organization>> {
    let org = super::load(&state.db, *id).await?;
    let role = super::effective_role(&state.db, org.id, &user.0).await?;
    super::require(role, &[MemberRole::Owner, MemberRole::Editor])?;
    let fields = super::validate::organization_fields(body.into_inner())?;
    let txn = glokal_store::begin_write(&state.db).await?;
    let updated = organizations::update(&txn, org, fields).await?;
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
    Ok(web::Json(
        organizations::profile(&state.db, updated, Viewer::Member, role).await?,
    ))
}
