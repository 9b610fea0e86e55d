use actix_web::{put, web};
use glokal_api_types::{ErrorBody, ErrorCode, MemberRole, Organization, OrganizationInput};
use glokal_store::organizations::{self, Viewer};
use glokal_store::search_changes::{self, ChangedEntity};
use uuid::Uuid;

use super::Writer;
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Replace an organisation's profile (owners, editors and platform admins; or the API token
/// of the institution that manages it, with `organizations:write`).
#[utoipa::path(
    tag = "organizations",
    operation_id = "update_organization",
    params(("id" = Uuid, Path, description = "Organisation id")),
    request_body = OrganizationInput,
    responses(
        (status = 200, description = "The updated profile", body = Organization),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner or editor; a token without `organizations:write` (`insufficient_scope`) or of an institution that does not manage it", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
        (status = 422, description = "Invalid fields", body = ErrorBody),
        (status = 429, description = "The API token's rate limit (`Retry-After`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []), ("api_token" = ["organizations:write"]))
)]
#[put("/organizations/{id}")]
pub async fn update_organization(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
    body: web::Json<OrganizationInput>,
) -> ApiResult<web::Json<Organization>> {
    let writer = Writer::of(caller)?;
    let org = super::load(&state.db, *id).await?;
    let role = match &writer {
        Writer::Person(user) => {
            let role = super::effective_role(&state.db, org.id, user).await?;
            super::require(role, &[MemberRole::Owner, MemberRole::Editor])?;
            role
        }
        Writer::Token(token) if org.managed_by == Some(token.organization_id) => None,
        Writer::Token(_) => return Err(ApiError::Client(ErrorCode::Forbidden)),
    };
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
