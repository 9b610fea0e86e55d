use actix_web::{post, web};
use glokal_api_types::{CloseOpportunityRequest, ErrorBody, ErrorCode, Opportunity};
use glokal_store::opportunities;
use glokal_store::search_changes::{self, ChangedEntity};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Close a published (or expired) offer or request with its outcome (owners, editors and
/// platform admins). It stays readable, marked `closed`.
#[utoipa::path(
    tag = "opportunities",
    operation_id = "close_opportunity",
    params(("id" = Uuid, Path, description = "Opportunity id")),
    request_body = CloseOpportunityRequest,
    responses(
        (status = 200, description = "The closed opportunity", body = Opportunity),
        (status = 400, description = "Malformed JSON or unknown outcome", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner or editor of the organisation", body = ErrorBody),
        (status = 404, description = "No such opportunity, or a draft of another organisation", body = ErrorBody),
        (status = 409, description = "Already closed (`opportunity_closed`) or a draft (`opportunity_not_published`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/opportunities/{id}/close")]
pub async fn close_opportunity(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<CloseOpportunityRequest>,
) -> ApiResult<web::Json<Opportunity>> {
    let loaded = super::load_editable(&state.db, *id, &user.0).await?;
    super::not_closed(&loaded.opportunity)?;
    if loaded.opportunity.is_draft() {
        return Err(ApiError::Client(ErrorCode::OpportunityNotPublished));
    }
    let txn = glokal_store::begin_write(&state.db).await?;
    let closed = opportunities::close(&txn, loaded.opportunity, body.outcome).await?;
    search_changes::record(&txn, ChangedEntity::Opportunity, closed.id).await?;
    crate::webhooks::opportunity_event(
        &txn,
        &state.settings.public_url,
        glokal_api_types::WebhookEventType::OpportunityClosed,
        &closed,
        &loaded.organization,
    )
    .await?;
    txn.commit().await?;
    state.webhooks.kick();
    tracing::info!(opportunity = %closed.id, user_id = %user.0.id, outcome = ?body.outcome, "opportunity closed");
    Ok(web::Json(closed.into_api(
        &loaded.organization,
        loaded.role,
        opportunities::today(),
    )))
}
