use actix_web::{post, web, HttpRequest, HttpResponse};
use chrono::{Duration, Utc};
use glokal_api_types::{AuthTokens, ErrorBody, ErrorCode};
use glokal_store::{refresh_tokens, users};

use crate::auth::{cookies, tokens};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// How long a rotated refresh token may still be presented: the answer to its rotation can
/// be lost (the page was left while it refreshed, two tabs refreshed at once), and the
/// browser then still holds the old cookie.
pub const REUSE_GRACE_SECONDS: i64 = 10;

/// Exchange the refresh cookie for a new access token.
///
/// The refresh token is rotated: the cookie is replaced, and the old token stops
/// working. Presenting an already rotated token again more than 10 seconds after its
/// rotation revokes the whole session (a stolen token is then useless to both sides);
/// within those seconds it counts as a lost answer and gets a new token of the same session.
#[utoipa::path(
    tag = "auth",
    operation_id = "refresh_token",
    responses(
        (status = 200, description = "New access token; refresh cookie rotated", body = AuthTokens,
            headers(("Set-Cookie" = String, description = "rotated `glokal_refresh` token"))),
        (status = 401, description = "No, unknown, expired or revoked refresh token (`refresh_token_invalid`), or reuse of a rotated one more than 10 s after its rotation (`refresh_token_reused`)", body = ErrorBody),
    ),
    security(("refresh_cookie" = []))
)]
#[post("/auth/refresh")]
pub async fn refresh_token(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> ApiResult<HttpResponse> {
    let invalid = || ApiError::Client(ErrorCode::RefreshTokenInvalid);
    let presented = cookies::refresh_token_of(&req).ok_or_else(invalid)?;
    let stored = refresh_tokens::find_by_hash(&state.db, &tokens::hash_token(&presented))
        .await?
        .ok_or_else(invalid)?;
    if stored.revoked_at.is_some() || stored.expires_at <= Utc::now() {
        return Err(invalid());
    }
    if stored.rotated_at.is_some() || !refresh_tokens::mark_rotated(&state.db, stored.id).await? {
        // Rotated before, or by a request running at the same moment: look again.
        let current = refresh_tokens::find_by_hash(&state.db, &stored.token_hash)
            .await?
            .ok_or_else(invalid)?;
        if current.revoked_at.is_some() {
            return Err(invalid());
        }
        let lost_answer = current
            .rotated_at
            .is_some_and(|at| Utc::now() - at < Duration::seconds(REUSE_GRACE_SECONDS));
        if !lost_answer {
            let revoked = refresh_tokens::revoke_family(&state.db, stored.family_id).await?;
            tracing::warn!(user_id = %stored.user_id, family = %stored.family_id, revoked, "rotated refresh token reused; session revoked");
            return Err(ApiError::Client(ErrorCode::RefreshTokenReused));
        }
        tracing::info!(user_id = %stored.user_id, family = %stored.family_id, "rotated refresh token presented again within the grace period");
    }
    let user = users::find_by_id(&state.db, stored.user_id)
        .await?
        .ok_or_else(invalid)?;
    let (tokens, cookie) =
        super::issue_session(&state, &state.db, user, Some(stored.family_id)).await?;
    Ok(HttpResponse::Ok().cookie(cookie).json(tokens))
}
