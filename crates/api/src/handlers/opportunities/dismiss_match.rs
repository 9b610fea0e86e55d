use actix_web::{post, web, HttpResponse};
use glokal_api_types::{DismissMatchRequest, ErrorBody};
use glokal_store::match_dismissals;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// Dismiss a matching partner of an offer or request (owners, editors, platform admins): it is
/// no longer suggested for this opportunity. Dismissing again changes nothing.
#[utoipa::path(
    tag = "opportunities",
    operation_id = "dismiss_match",
    params(("id" = Uuid, Path, description = "Opportunity id")),
    request_body = DismissMatchRequest,
    responses(
        (status = 204, description = "Dismissed"),
        (status = 400, description = "Malformed JSON or unknown `target_type`", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner or editor of the organisation", body = ErrorBody),
        (status = 404, description = "No such opportunity, or a draft of another organisation", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/opportunities/{id}/matches/dismissals")]
pub async fn dismiss_match(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<DismissMatchRequest>,
) -> ApiResult<HttpResponse> {
    let loaded = super::load_editable(&state.db, *id, &user.0).await?;
    match_dismissals::dismiss(
        &state.db,
        loaded.opportunity.id,
        body.target_type,
        body.target_id,
        user.0.id,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
