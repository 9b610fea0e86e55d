use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode, User, VerifyEmailRequest};
use glokal_store::user_tokens::{self, Purpose};
use glokal_store::users;
use validator::Validate;

use crate::auth::tokens;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Confirm an e-mail address with the token from the confirmation link.
#[utoipa::path(
    tag = "auth",
    operation_id = "verify_email",
    request_body = VerifyEmailRequest,
    responses(
        (status = 200, description = "Address confirmed", body = User),
        (status = 400, description = "Unknown, used or expired link (`link_invalid`), or malformed JSON", body = ErrorBody),
        (status = 422, description = "Token missing", body = ErrorBody),
    )
)]
#[post("/auth/verify-email")]
pub async fn verify_email(
    state: web::Data<AppState>,
    body: web::Json<VerifyEmailRequest>,
) -> ApiResult<HttpResponse> {
    body.validate()?;
    let user_id = user_tokens::consume(
        &state.db,
        &tokens::hash_token(body.token.trim()),
        Purpose::VerifyEmail,
    )
    .await?
    .ok_or(ApiError::Client(ErrorCode::LinkInvalid))?;
    users::mark_email_verified(&state.db, user_id).await?;
    let user = users::find_by_id(&state.db, user_id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::LinkInvalid))?;
    tracing::info!(user_id = %user.id, "e-mail address confirmed");
    Ok(HttpResponse::Ok().json(user.into_api()))
}
