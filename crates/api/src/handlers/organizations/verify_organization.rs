use actix_web::{post, web};
use glokal_api_types::{
    ErrorBody, ErrorCode, MemberRole, Organization, OrganizationKind, Role,
    VerifyOrganizationRequest,
};
use glokal_store::organizations::{self, Viewer};
use glokal_store::search_changes::{self, ChangedEntity};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Kinds of organisation that may vouch for others.
pub(crate) const VOUCHING_KINDS: [OrganizationKind; 6] = [
    OrganizationKind::Chamber,
    OrganizationKind::Cluster,
    OrganizationKind::Association,
    OrganizationKind::Research,
    OrganizationKind::DevelopmentAgency,
    OrganizationKind::PublicBody,
];

/// Checks that the caller may act for `institution` (institution staff and owner/editor of a
/// vouching organisation), or is a platform admin (who may act without one).
pub(crate) async fn acting_institution(
    state: &AppState,
    user: &CurrentUser,
    institution: Option<Uuid>,
) -> ApiResult<Option<Uuid>> {
    let role = user.0.role();
    match institution {
        None if role == Role::PlatformAdmin => Ok(None),
        None => Err(ApiError::field("institution_id", "required")),
        Some(id) => {
            let org = super::load(&state.db, id)
                .await
                .map_err(|_| ApiError::field("institution_id", "unknown_organization"))?;
            if !VOUCHING_KINDS.contains(&org.kind()) {
                return Err(ApiError::field("institution_id", "not_an_institution"));
            }
            if role != Role::PlatformAdmin {
                user.require_role(&[Role::InstitutionStaff])?;
                super::require(
                    super::effective_role(&state.db, id, &user.0).await?,
                    &[MemberRole::Owner, MemberRole::Editor],
                )?;
            }
            Ok(Some(id))
        }
    }
}

/// Vouch for an organisation (institution staff for their institution, platform admins).
///
/// The profile then shows a "verified" badge with the institution's name and date. With
/// `register_confirmed`, staff also confirm the Handelsregister number or VAT id they checked.
#[utoipa::path(
    tag = "organizations",
    operation_id = "verify_organization",
    params(("id" = Uuid, Path, description = "Organisation id")),
    request_body = VerifyOrganizationRequest,
    responses(
        (status = 200, description = "The verified profile", body = Organization),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not institution staff of that institution", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
        (status = 422, description = "`institution_id` missing, unknown or not an institution", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/organizations/{id}/verification")]
pub async fn verify_organization(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<VerifyOrganizationRequest>,
) -> ApiResult<web::Json<Organization>> {
    let org = super::load(&state.db, *id).await?;
    let institution = acting_institution(&state, &user, body.institution_id).await?;
    if institution == Some(org.id) {
        return Err(ApiError::Client(ErrorCode::Forbidden));
    }
    let role = super::effective_role(&state.db, org.id, &user.0).await?;
    let txn = glokal_store::begin_write(&state.db).await?;
    let updated = organizations::set_verification(
        &txn,
        org,
        true,
        institution,
        Some(user.0.id),
        body.register_confirmed,
    )
    .await?;
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
    tracing::info!(organization = %updated.id, institution = ?institution, by = %user.0.id, "organisation verified");
    let view = if role.is_some() {
        Viewer::Member
    } else {
        Viewer::LoggedIn
    };
    Ok(web::Json(
        organizations::profile(&state.db, updated, view, role).await?,
    ))
}
