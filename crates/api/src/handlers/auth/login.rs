use actix_web::{post, web, HttpRequest, HttpResponse};
use glokal_api_types::{AuthTokens, ErrorBody, ErrorCode, LoginRequest};
use glokal_store::users;
use validator::Validate;

use crate::auth::passwords;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Log in with e-mail address and password.
///
/// Returns a short-lived access token and sets the refresh token as an
/// `HttpOnly; Secure; SameSite=Strict` cookie scoped to `/api/v1/auth`. Unknown
/// addresses and wrong passwords get the same answer in the same time. Attempts are
/// limited per account and per client IP (429 with `Retry-After`).
#[utoipa::path(
    tag = "auth",
    operation_id = "login",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Logged in; refresh cookie set", body = AuthTokens,
            headers(("Set-Cookie" = String, description = "`glokal_refresh` refresh token"))),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Wrong e-mail or password (`invalid_credentials`)", body = ErrorBody),
        (status = 403, description = "E-mail address not confirmed yet (`email_not_verified`)", body = ErrorBody),
        (status = 422, description = "Missing fields", body = ErrorBody),
        (status = 429, description = "Too many attempts", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
#[post("/auth/login")]
pub async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<LoginRequest>,
) -> ApiResult<HttpResponse> {
    body.validate()?;
    let LoginRequest { email, password } = body.into_inner();
    state
        .limiters
        .login_attempt(&email, req.peer_addr().map(|a| a.ip()))?;
    let user = users::find_by_email(&state.db, email.trim()).await?;
    let ok = passwords::verify_blocking(
        password,
        user.as_ref().map(|u| u.password_hash.clone()),
        passwords::dummy_hash(),
    )
    .await?;
    let user = match user {
        Some(user) if ok => user,
        _ => return Err(ApiError::Client(ErrorCode::InvalidCredentials)),
    };
    if user.email_verified_at.is_none() {
        return Err(ApiError::Client(ErrorCode::EmailNotVerified));
    }
    let (tokens, cookie) = super::issue_session(&state, &state.db, user, None).await?;
    tracing::info!(user_id = %tokens.user.id, "logged in");
    Ok(HttpResponse::Ok().cookie(cookie).json(tokens))
}
