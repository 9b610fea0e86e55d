use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ErrorBody, MemberRole, Organization, OrganizationInput};
use glokal_store::organizations::{self, Viewer};
use glokal_store::search_changes::{self, ChangedEntity};

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// Create an organisation profile; the caller becomes its owner.
///
/// The town is matched to a known place (or `place_id` is given), which sets coordinates
/// and the NUTS 3 region. Texts need at least one of `de`, `cs`, `en`.
#[utoipa::path(
    tag = "organizations",
    operation_id = "create_organization",
    request_body = OrganizationInput,
    responses(
        (status = 201, description = "Created; `Location` points to it", body = Organization),
        (status = 400, description = "Malformed JSON or unknown enum value", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
        (status = 422, description = "Invalid fields (e.g. `unknown_nace_code`, `unknown_place`, `text_required`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/organizations")]
pub async fn create_organization(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<OrganizationInput>,
) -> ApiResult<HttpResponse> {
    let fields = super::validate::organization_fields(body.into_inner())?;
    let txn = glokal_store::begin_write(&state.db).await?;
    let created = organizations::create(&txn, fields, user.0.id).await?;
    search_changes::record(&txn, ChangedEntity::Organization, created.id).await?;
    crate::webhooks::organization_event(
        &txn,
        &state.settings.public_url,
        glokal_api_types::WebhookEventType::OrganizationCreated,
        &created,
    )
    .await?;
    txn.commit().await?;
    state.webhooks.kick();
    tracing::info!(organization = %created.id, user_id = %user.0.id, "organisation created");
    let location = format!("/api/v1/organizations/{}", created.id);
    Ok(HttpResponse::Created()
        .insert_header(("Location", location))
        .json(created.into_api(Viewer::Member, Some(MemberRole::Owner), None)))
}
