use actix_web::{delete, web, HttpResponse};
use glokal_api_types::{DeleteAccountRequest, ErrorBody, ErrorCode, MemberRole};
use glokal_store::{mail_outbox, organizations, users};
use validator::Validate;

use crate::auth::{cookies, passwords, CurrentUser};
use crate::error::{ApiError, ApiResult};
use crate::mail::templates;
use crate::state::AppState;

/// Delete the account and all personal data (GDPR Art. 17); the password confirms it.
///
/// Sessions, link tokens, memberships and stored mails go with it; a last mail confirms the
/// deletion. The only owner of an organisation must hand it over or delete it first
/// (409 `last_owner`), so no organisation is left without anybody responsible.
#[utoipa::path(
    tag = "me",
    operation_id = "delete_me",
    request_body = DeleteAccountRequest,
    responses(
        (status = 204, description = "Account deleted; refresh cookie cleared"),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Password wrong (`wrong_password`)", body = ErrorBody),
        (status = 409, description = "The only owner of an organisation (`last_owner`)", body = ErrorBody),
        (status = 422, description = "Password missing", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[delete("/me")]
pub async fn delete_me(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<DeleteAccountRequest>,
) -> ApiResult<HttpResponse> {
    body.validate()?;
    let user = user.0;
    if !passwords::verify_blocking(
        body.into_inner().password,
        Some(user.password_hash.clone()),
        passwords::dummy_hash(),
    )
    .await?
    {
        return Err(ApiError::Client(ErrorCode::WrongPassword));
    }
    for (org, role) in organizations::memberships(&state.db, user.id).await? {
        if role == MemberRole::Owner {
            let members = organizations::members(&state.db, org.id).await?;
            if !members
                .iter()
                .any(|m| m.role == MemberRole::Owner && m.user_id != user.id)
            {
                return Err(ApiError::Client(ErrorCode::LastOwner));
            }
        }
    }
    let goodbye = templates::account_deleted(user.language(), &user.display_name);
    let txn = glokal_store::begin_write(&state.db).await?;
    mail_outbox::delete_for_user(&txn, user.id).await?;
    users::delete(&txn, user.id).await?;
    // Not linked to the deleted account: it only carries the address until it is sent.
    state
        .mail
        .enqueue(&txn, None, &user.email, &goodbye)
        .await?;
    txn.commit().await?;
    state.mail.kick();
    tracing::info!(user_id = %user.id, "account deleted");
    Ok(HttpResponse::NoContent()
        .cookie(cookies::cleared_refresh_cookie())
        .finish())
}
