use actix_web::{post, web, HttpResponse};
use chrono::Utc;
use glokal_api_types::{EmailRequest, ErrorBody};
use glokal_store::user_tokens::{self, Purpose};
use glokal_store::users;
use validator::Validate;

use crate::auth::tokens;
use crate::error::ApiResult;
use crate::mail::templates;
use crate::state::AppState;

/// Ask for a password-reset link by mail.
///
/// Always answers 202, so nobody can find out which addresses have an account.
#[utoipa::path(
    tag = "auth",
    operation_id = "request_password_reset",
    request_body = EmailRequest,
    responses(
        (status = 202, description = "If an account exists, a reset link valid for 60 minutes was sent"),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 422, description = "Invalid e-mail address", body = ErrorBody),
        (status = 429, description = "Too many mails to this address", body = ErrorBody),
    )
)]
#[post("/auth/password-reset")]
pub async fn request_password_reset(
    state: web::Data<AppState>,
    body: web::Json<EmailRequest>,
) -> ApiResult<HttpResponse> {
    body.validate()?;
    state.limiters.mail_to(&body.email)?;
    if let Some(user) = users::find_by_email(&state.db, body.email.trim()).await? {
        let token = tokens::random_token();
        let expires = Utc::now() + chrono::Duration::minutes(super::RESET_LINK_MINUTES as i64);
        let mail = templates::reset_password(
            user.language(),
            &user.display_name,
            &state.link("/reset-password", &token),
            super::RESET_LINK_MINUTES,
        );
        let txn = glokal_store::begin_write(&state.db).await?;
        user_tokens::issue(
            &txn,
            user.id,
            Purpose::ResetPassword,
            tokens::hash_token(&token),
            expires,
        )
        .await?;
        state
            .mail
            .enqueue(&txn, Some(user.id), &user.email, &mail)
            .await?;
        txn.commit().await?;
        state.mail.kick();
        tracing::info!(user_id = %user.id, "password reset requested");
    }
    Ok(HttpResponse::Accepted().finish())
}
