use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode, ResetPasswordRequest};
use glokal_domain::Password;
use glokal_store::user_tokens::{self, Purpose};
use glokal_store::{refresh_tokens, users};
use validator::Validate;

use crate::auth::{passwords, tokens};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Set a new password with the token from the reset link.
///
/// Ends every session of the account and confirms its e-mail address (the link proves it).
#[utoipa::path(
    tag = "auth",
    operation_id = "reset_password",
    request_body = ResetPasswordRequest,
    responses(
        (status = 204, description = "Password changed; all sessions ended"),
        (status = 400, description = "Unknown, used or expired link (`link_invalid`), or malformed JSON", body = ErrorBody),
        (status = 422, description = "New password does not meet the policy", body = ErrorBody),
    )
)]
#[post("/auth/password-reset/confirm")]
pub async fn reset_password(
    state: web::Data<AppState>,
    body: web::Json<ResetPasswordRequest>,
) -> ApiResult<HttpResponse> {
    body.validate()?;
    let password = Password::parse(&body.new_password)
        .map_err(|e| ApiError::field("new_password", e.code()))?;
    let hash = passwords::hash_blocking(password.expose().to_owned()).await?;
    let txn = glokal_store::begin_write(&state.db).await?;
    let user_id = user_tokens::consume(
        &txn,
        &tokens::hash_token(body.token.trim()),
        Purpose::ResetPassword,
    )
    .await?
    .ok_or(ApiError::Client(ErrorCode::LinkInvalid))?;
    users::set_password_hash(&txn, user_id, hash).await?;
    users::mark_email_verified(&txn, user_id).await?;
    refresh_tokens::revoke_all_for_user(&txn, user_id).await?;
    txn.commit().await?;
    tracing::info!(user_id = %user_id, "password reset");
    Ok(HttpResponse::NoContent().finish())
}
