use actix_web::{get, web};
use glokal_api_types::{ApiTokenList, ErrorBody};
use glokal_store::api_tokens;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// An institution's API tokens, newest first, with scopes, their first characters and last
/// use — never the tokens themselves.
#[utoipa::path(
    tag = "organizations",
    operation_id = "list_api_tokens",
    params(("id" = Uuid, Path, description = "Organisation (an institution) id")),
    responses(
        (status = 200, description = "The tokens", body = ApiTokenList),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner who is institution staff, nor a platform admin", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
        (status = 422, description = "A company (`not_an_institution`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/organizations/{id}/api-tokens")]
pub async fn list_api_tokens(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<ApiTokenList>> {
    let org = super::api_tokens::manageable(&state, &user, *id).await?;
    Ok(web::Json(ApiTokenList {
        items: api_tokens::list(&state.db, org.id)
            .await?
            .into_iter()
            .map(|t| t.into_api())
            .collect(),
    }))
}
