use actix_web::{post, web};
use glokal_api_types::{ErrorBody, ExtendOpportunityRequest, Opportunity};
use glokal_store::opportunities;
use glokal_store::search_changes::{self, ChangedEntity};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// Set a new last day, from today up to one year ahead (owners, editors and platform
/// admins); an expired opportunity is open again.
#[utoipa::path(
    tag = "opportunities",
    operation_id = "extend_opportunity",
    params(("id" = Uuid, Path, description = "Opportunity id")),
    request_body = ExtendOpportunityRequest,
    responses(
        (status = 200, description = "The opportunity with its new `valid_until`", body = Opportunity),
        (status = 400, description = "Malformed JSON or date", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner or editor of the organisation", body = ErrorBody),
        (status = 404, description = "No such opportunity, or a draft of another organisation", body = ErrorBody),
        (status = 409, description = "Closed (`opportunity_closed`)", body = ErrorBody),
        (status = 422, description = "`valid_until`: `date_in_past` or `date_too_far`", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/opportunities/{id}/extend")]
pub async fn extend_opportunity(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<ExtendOpportunityRequest>,
) -> ApiResult<web::Json<Opportunity>> {
    let loaded = super::load_editable(&state.db, *id, &user.0).await?;
    super::not_closed(&loaded.opportunity)?;
    super::not_suspended(&loaded.organization)?;
    let today = opportunities::today();
    let valid_until = super::validate::valid_until(body.valid_until, today)?;
    let txn = glokal_store::begin_write(&state.db).await?;
    let extended = opportunities::set_valid_until(&txn, loaded.opportunity, valid_until).await?;
    search_changes::record(&txn, ChangedEntity::Opportunity, extended.id).await?;
    txn.commit().await?;
    Ok(web::Json(extended.into_api(
        &loaded.organization,
        loaded.role,
        today,
    )))
}
