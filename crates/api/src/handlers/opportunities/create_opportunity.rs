use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ErrorBody, MemberRole, Opportunity, OpportunityInput};
use glokal_store::search_changes::{self, ChangedEntity};
use glokal_store::{opportunities, organizations};

use super::super::organizations::{effective_role, require};
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Post an offer or request for an organisation (its owners and editors, platform admins).
///
/// A draft unless `publish` is `true`. `valid_until` defaults to 90 days from today; a
/// `capacity_offer` needs `capacity`, a `shortage_alert` needs `needed_by`. Publishing a
/// shortage alert notifies the matching organisations within its radius (in-app and by mail,
/// see `list_opportunity_matches`), once.
#[utoipa::path(
    tag = "opportunities",
    operation_id = "create_opportunity",
    request_body = OpportunityInput,
    responses(
        (status = 201, description = "Created; `Location` points to it", body = Opportunity),
        (status = 400, description = "Malformed JSON, unknown type or malformed date", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner or editor of the organisation", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
        (status = 422, description = "Invalid fields (e.g. `unknown_organization`, `text_required`, `not_applicable`, `date_in_past`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/opportunities")]
pub async fn create_opportunity(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<OpportunityInput>,
) -> ApiResult<HttpResponse> {
    let input = body.into_inner();
    let org = organizations::get(&state.db, input.organization_id)
        .await?
        .ok_or_else(|| ApiError::field("organization_id", "unknown_organization"))?;
    let role = effective_role(&state.db, org.id, &user.0).await?;
    require(role, &[MemberRole::Owner, MemberRole::Editor])?;
    super::not_suspended(&org)?;
    let today = opportunities::today();
    let fields = super::validate::opportunity_fields(input, today, None)?;
    let txn = glokal_store::begin_write(&state.db).await?;
    let created = opportunities::create(&txn, org.id, Some(user.0.id), fields).await?;
    search_changes::record(&txn, ChangedEntity::Opportunity, created.id).await?;
    if !created.is_draft() {
        crate::webhooks::opportunity_event(
            &txn,
            &state.settings.public_url,
            glokal_api_types::WebhookEventType::OpportunityPublished,
            &created,
            &org,
        )
        .await?;
    }
    let alerted = crate::alerts::send_shortage_alert(&txn, &state, &created, &org).await?;
    txn.commit().await?;
    state.webhooks.kick();
    if alerted > 0 {
        state.mail.kick();
    }
    tracing::info!(opportunity = %created.id, organization = %org.id, user_id = %user.0.id, status = %created.status, "opportunity created");
    let location = format!("/api/v1/opportunities/{}", created.id);
    Ok(HttpResponse::Created()
        .insert_header(("Location", location))
        .json(created.into_api(&org, role, today)))
}
