use actix_web::{post, web, HttpRequest, HttpResponse};
use glokal_store::refresh_tokens;

use crate::auth::{cookies, tokens};
use crate::error::ApiResult;
use crate::state::AppState;

/// Log out: revokes the session of the refresh cookie and clears the cookie.
///
/// Works without an access token; answers 204 even when there was no session.
#[utoipa::path(
    tag = "auth",
    operation_id = "logout",
    responses(
        (status = 204, description = "Session ended; cookie cleared"),
    ),
    security(("refresh_cookie" = []))
)]
#[post("/auth/logout")]
pub async fn logout(state: web::Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    if let Some(presented) = cookies::refresh_token_of(&req) {
        if let Some(stored) =
            refresh_tokens::find_by_hash(&state.db, &tokens::hash_token(&presented)).await?
        {
            refresh_tokens::revoke_family(&state.db, stored.family_id).await?;
            tracing::info!(user_id = %stored.user_id, "logged out");
        }
    }
    Ok(HttpResponse::NoContent()
        .cookie(cookies::cleared_refresh_cookie())
        .finish())
}
