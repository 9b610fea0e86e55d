use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ApiTokenInput, CreatedApiToken, ErrorBody};
use glokal_store::api_tokens;
use uuid::Uuid;

use crate::auth::{api_tokens as tokens, CurrentUser};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Create a scoped API token for an institution's CRM (the institution's owners who are
/// institution staff, platform admins). The token is in this answer only; only its hash is
/// stored. Use it as `Authorization: Bearer glk_…` on the read operations its scopes name.
#[utoipa::path(
    tag = "organizations",
    operation_id = "create_api_token",
    params(("id" = Uuid, Path, description = "Organisation (an institution) id")),
    request_body = ApiTokenInput,
    responses(
        (status = 201, description = "The token, shown this once", body = CreatedApiToken),
        (status = 400, description = "Malformed JSON or unknown scope", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner who is institution staff, nor a platform admin", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
        (status = 422, description = "`name` empty or too long, no `scopes`, or a company (`not_an_institution`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/organizations/{id}/api-tokens")]
pub async fn create_api_token(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<ApiTokenInput>,
) -> ApiResult<HttpResponse> {
    let org = super::api_tokens::manageable(&state, &user, *id).await?;
    let input = body.into_inner();
    let name = input.name.trim().to_owned();
    if name.is_empty() || name.chars().any(char::is_control) {
        return Err(ApiError::field("name", "required"));
    }
    if name.chars().count() > 100 {
        return Err(ApiError::field("name", "too_long"));
    }
    let mut scopes = input.scopes;
    scopes.sort();
    scopes.dedup();
    if scopes.is_empty() {
        return Err(ApiError::field("scopes", "required"));
    }
    let (token, hash, prefix) = tokens::generate();
    let stored =
        api_tokens::create(&state.db, org.id, name, &scopes, hash, prefix, user.0.id).await?;
    tracing::info!(organization = %org.id, api_token = %stored.id, user_id = %user.0.id, "API token created");
    Ok(HttpResponse::Created().json(CreatedApiToken {
        token,
        api_token: stored.into_api(),
    }))
}
