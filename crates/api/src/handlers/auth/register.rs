use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ConsentKind, ErrorBody, ErrorCode, RegisterRequest, Role, User};
use glokal_domain::{DisplayName, Email, Password};
use glokal_store::privacy;
use glokal_store::users::{self, CreateUserError, NewUser};
use validator::Validate;

use crate::auth::passwords;
use crate::error::{ApiError, ApiResult};
use crate::lang::RequestLanguage;
use crate::state::AppState;

/// Register a new account.
///
/// Sends a confirmation mail (in the account's language) with a link that is valid for
/// 48 hours. The account can log in once the address is confirmed. The accepted version of
/// the terms of use and privacy notice is recorded as consent (see `get_my_consents`).
#[utoipa::path(
    tag = "auth",
    operation_id = "register",
    request_body = RegisterRequest,
    responses(
        (status = 201, description = "Account created; confirmation mail queued", body = User),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 409, description = "E-mail address already registered (`email_taken`)", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
        (status = 422, description = "Invalid fields (`accepted_terms_version`: `terms_not_accepted`, `terms_version_outdated`)", body = ErrorBody),
        (status = 429, description = "Too many mails to this address", body = ErrorBody),
    )
)]
#[post("/auth/register")]
pub async fn register(
    state: web::Data<AppState>,
    lang: RequestLanguage,
    body: web::Json<RegisterRequest>,
) -> ApiResult<HttpResponse> {
    let body = body.into_inner();
    body.validate()?;
    let email = Email::parse(&body.email).map_err(|e| ApiError::field("email", e.code()))?;
    let password =
        Password::parse(&body.password).map_err(|e| ApiError::field("password", e.code()))?;
    let name = DisplayName::parse(&body.display_name)
        .map_err(|e| ApiError::field("display_name", e.code()))?;
    state.limiters.mail_to(email.as_str())?;
    let password_hash = passwords::hash_blocking(password.expose().to_owned()).await?;

    let txn = glokal_store::begin_write(&state.db).await?;
    let user = users::create(
        &txn,
        NewUser {
            email: email.as_str().to_owned(),
            password_hash,
            display_name: name.as_str().to_owned(),
            preferred_language: super::initial_language(body.preferred_language, lang.0),
            role: Role::Member,
            email_verified: false,
        },
    )
    .await
    .map_err(|err| match err {
        CreateUserError::EmailTaken => ApiError::Client(ErrorCode::EmailTaken),
        CreateUserError::Db(db) => db.into(),
    })?;
    let terms = ConsentKind::Terms;
    privacy::record_consent(&txn, user.id, terms, terms.current_version(), true).await?;
    super::queue_verification_mail(&state, &txn, &user).await?;
    txn.commit().await?;
    state.mail.kick();
    tracing::info!(user_id = %user.id, "account registered");
    Ok(HttpResponse::Created().json(user.into_api()))
}
