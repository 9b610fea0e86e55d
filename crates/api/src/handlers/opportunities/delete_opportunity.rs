use actix_web::{delete, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode, Role};
use glokal_store::opportunities;
use glokal_store::search_changes::{self, ChangedEntity};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Delete a draft (owners, editors and platform admins). Published, expired and closed
/// opportunities are kept (close them instead); only platform admins delete those.
#[utoipa::path(
    tag = "opportunities",
    operation_id = "delete_opportunity",
    params(("id" = Uuid, Path, description = "Opportunity id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner or editor of the organisation", body = ErrorBody),
        (status = 404, description = "No such opportunity, or a draft of another organisation", body = ErrorBody),
        (status = 409, description = "Not a draft (`opportunity_not_draft`): close it instead", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[delete("/opportunities/{id}")]
pub async fn delete_opportunity(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let loaded = super::load_editable(&state.db, *id, &user.0).await?;
    if !loaded.opportunity.is_draft() && user.0.role() != Role::PlatformAdmin {
        return Err(ApiError::Client(ErrorCode::OpportunityNotDraft));
    }
    let txn = glokal_store::begin_write(&state.db).await?;
    opportunities::delete(&txn, loaded.opportunity.id).await?;
    search_changes::record(&txn, ChangedEntity::Opportunity, loaded.opportunity.id).await?;
    txn.commit().await?;
    tracing::info!(opportunity = %loaded.opportunity.id, user_id = %user.0.id, "opportunity deleted");
    Ok(HttpResponse::NoContent().finish())
}
