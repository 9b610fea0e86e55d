use actix_web::{delete, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode};
use glokal_store::api_tokens;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Revoke an API token at once (it stays listed, marked revoked). Revoking again changes
/// nothing.
#[utoipa::path(
    tag = "organizations",
    operation_id = "revoke_api_token",
    params(
        ("id" = Uuid, Path, description = "Organisation (an institution) id"),
        ("token_id" = Uuid, Path, description = "Token id"),
    ),
    responses(
        (status = 204, description = "Revoked"),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner who is institution staff, nor a platform admin", body = ErrorBody),
        (status = 404, description = "No such organisation or token", body = ErrorBody),
        (status = 422, description = "A company (`not_an_institution`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[delete("/organizations/{id}/api-tokens/{token_id}")]
pub async fn revoke_api_token(
    state: web::Data<AppState>,
    user: CurrentUser,
    path: web::Path<(Uuid, Uuid)>,
) -> ApiResult<HttpResponse> {
    let (id, token_id) = path.into_inner();
    let org = super::api_tokens::manageable(&state, &user, id).await?;
    let token = api_tokens::get(&state.db, org.id, token_id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    api_tokens::revoke(&state.db, token.id).await?;
    tracing::info!(organization = %org.id, api_token = %token.id, user_id = %user.0.id, "API token revoked");
    Ok(HttpResponse::NoContent().finish())
}
