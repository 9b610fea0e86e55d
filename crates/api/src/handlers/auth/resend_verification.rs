use actix_web::{post, web, HttpResponse};
use glokal_api_types::{EmailRequest, ErrorBody};
use glokal_store::users;
use validator::Validate;

use crate::error::ApiResult;
use crate::state::AppState;

/// Send the confirmation mail again.
///
/// Always answers 202, whether or not an unconfirmed account with this address exists.
#[utoipa::path(
    tag = "auth",
    operation_id = "resend_verification",
    request_body = EmailRequest,
    responses(
        (status = 202, description = "If an unconfirmed account exists, a new link was sent"),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 422, description = "Invalid e-mail address", body = ErrorBody),
        (status = 429, description = "Too many mails to this address", body = ErrorBody),
    )
)]
#[post("/auth/resend-verification")]
pub async fn resend_verification(
    state: web::Data<AppState>,
    body: web::Json<EmailRequest>,
) -> ApiResult<HttpResponse> {
    body.validate()?;
    state.limiters.mail_to(&body.email)?;
    if let Some(user) = users::find_by_email(&state.db, body.email.trim()).await? {
        if user.email_verified_at.is_none() {
            let txn = glokal_store::begin_write(&state.db).await?;
            super::queue_verification_mail(&state, &txn, &user).await?;
            txn.commit().await?;
            state.mail.kick();
        }
    }
    Ok(HttpResponse::Accepted().finish())
}
