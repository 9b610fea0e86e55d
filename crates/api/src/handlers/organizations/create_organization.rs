use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ErrorBody, MemberRole, Organization, OrganizationInput};
use glokal_store::organizations::{self, Viewer};
use glokal_store::search_changes::{self, ChangedEntity};

use super::Writer;
use crate::auth::Caller;
use crate::error::ApiResult;
use crate::state::AppState;

/// Create an organisation profile; the caller becomes its owner.
///
/// The town is matched to a known place (or `place_id` is given), which sets coordinates
/// and the NUTS 3 region. Texts need at least one of `de`, `cs`, `en`. Where the platform
/// pre-moderates (`GLOKAL_MODERATION=pre`), the profile is visible only to its members
/// (`moderation.awaiting_review`) until a moderator approves it.
///
/// An institution's CRM can create profiles with an API token that has
/// `organizations:write`: the new organisation is then managed by the token's institution
/// (`managed_by`; the token may keep it up to date with `update_organization`) and owned
/// by the person who created the token, so it can be handed over to the firm by invitation.
#[utoipa::path(
    tag = "organizations",
    operation_id = "create_organization",
    request_body = OrganizationInput,
    responses(
        (status = 201, description = "Created; `Location` points to it", body = Organization),
        (status = 400, description = "Malformed JSON or unknown enum value", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "API token without `organizations:write` (`insufficient_scope`)", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
        (status = 422, description = "Invalid fields (e.g. `unknown_nace_code`, `unknown_place`, `text_required`)", body = ErrorBody),
        (status = 429, description = "The API token's rate limit (`Retry-After`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []), ("api_token" = ["organizations:write"]))
)]
#[post("/organizations")]
pub async fn create_organization(
    state: web::Data<AppState>,
    caller: Caller,
    body: web::Json<OrganizationInput>,
) -> ApiResult<HttpResponse> {
    let writer = Writer::of(caller)?;
    let fields = super::validate::organization_fields(body.into_inner())?;
    let creation = writer
        .creation(&state.db, state.settings.pre_moderation)
        .await?;
    let txn = glokal_store::begin_write(&state.db).await?;
    let created = organizations::create(&txn, fields, creation).await?;
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
    tracing::info!(organization = %created.id, by = %writer.id(), "organisation created");
    let location = format!("/api/v1/organizations/{}", created.id);
    let role = match writer {
        Writer::Person(_) => Some(MemberRole::Owner),
        Writer::Token(_) => None,
    };
    Ok(HttpResponse::Created()
        .insert_header(("Location", location))
        .json(organizations::profile(&state.db, created, Viewer::Member, role).await?))
}
