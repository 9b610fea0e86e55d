use actix_web::{post, web, HttpResponse};
use glokal_api_types::{AuthTokens, ChangePasswordRequest, ErrorBody, ErrorCode};
use glokal_domain::Password;
use glokal_store::{refresh_tokens, users};
use validator::Validate;

use crate::auth::{passwords, CurrentUser};
use crate::error::{ApiError, ApiResult};
use crate::mail::templates;
use crate::state::AppState;

/// Change the password (the current one confirms it).
///
/// Ends every session, starts a fresh one for this client (new access token and
/// refresh cookie) and tells the owner by mail.
#[utoipa::path(
    tag = "me",
    operation_id = "change_password",
    request_body = ChangePasswordRequest,
    responses(
        (status = 200, description = "Password changed; new session", body = AuthTokens),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Current password wrong (`wrong_password`)", body = ErrorBody),
        (status = 422, description = "New password does not meet the policy", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/me/password")]
pub async fn change_password(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<ChangePasswordRequest>,
) -> ApiResult<HttpResponse> {
    body.validate()?;
    let body = body.into_inner();
    let new_password = Password::parse(&body.new_password)
        .map_err(|e| ApiError::field("new_password", e.code()))?;
    let user = user.0;
    if !passwords::verify_blocking(
        body.current_password,
        Some(user.password_hash.clone()),
        passwords::dummy_hash(),
    )
    .await?
    {
        return Err(ApiError::Client(ErrorCode::WrongPassword));
    }
    let hash = passwords::hash_blocking(new_password.expose().to_owned()).await?;
    let mail = templates::password_changed(
        user.language(),
        &user.display_name,
        &format!("{}/forgot-password", state.settings.public_url),
    );
    let txn = glokal_store::begin_write(&state.db).await?;
    users::set_password_hash(&txn, user.id, hash).await?;
    refresh_tokens::revoke_all_for_user(&txn, user.id).await?;
    state
        .mail
        .enqueue(&txn, Some(user.id), &user.email, &mail)
        .await?;
    let (tokens, cookie) = crate::handlers::auth::issue_session(&state, &txn, user, None).await?;
    txn.commit().await?;
    state.mail.kick();
    Ok(HttpResponse::Ok().cookie(cookie).json(tokens))
}
