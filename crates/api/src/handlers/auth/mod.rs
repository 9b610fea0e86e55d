//! `/api/v1/auth/*`: registration, e-mail confirmation, login, refresh, logout, password reset.

pub mod login;
pub mod logout;
pub mod refresh_token;
pub mod register;
pub mod request_password_reset;
pub mod resend_verification;
pub mod reset_password;
pub mod verify_email;

use actix_web::cookie::Cookie;
use chrono::Utc;
use glokal_api_types::{AuthTokens, Language};
use glokal_store::entities::user;
use glokal_store::user_tokens::{self, Purpose};
use glokal_store::{refresh_tokens, ConnectionTrait};
use uuid::Uuid;

use crate::auth::{cookies, tokens};
use crate::error::{ApiError, ApiResult};
use crate::mail::templates;
use crate::state::AppState;

/// How long an e-mail confirmation link works.
pub const VERIFY_LINK_HOURS: u64 = 48;
/// How long a password-reset link works.
pub const RESET_LINK_MINUTES: u64 = 60;

/// Issues an access token and a refresh token of `family` (a new login when `None`).
pub(crate) async fn issue_session(
    state: &AppState,
    db: &impl ConnectionTrait,
    user: user::Model,
    family: Option<Uuid>,
) -> ApiResult<(AuthTokens, Cookie<'static>)> {
    let refresh = tokens::random_token();
    let ttl = state.settings.refresh_token_ttl;
    let expires_at = Utc::now() + chrono::Duration::seconds(ttl.as_secs() as i64);
    refresh_tokens::insert(
        db,
        user.id,
        family.unwrap_or_else(Uuid::new_v4),
        tokens::hash_token(&refresh),
        expires_at,
    )
    .await?;
    let access_token = state
        .jwt
        .issue(user.id, user.role())
        .map_err(ApiError::Unexpected)?;
    let body = AuthTokens {
        access_token,
        token_type: "Bearer".to_owned(),
        expires_in: state.jwt.ttl().as_secs(),
        user: user.into_api(),
    };
    Ok((body, cookies::refresh_cookie(&refresh, ttl)))
}

/// Creates a confirmation token and queues the mail with its link.
pub(crate) async fn queue_verification_mail(
    state: &AppState,
    db: &impl ConnectionTrait,
    user: &user::Model,
) -> ApiResult<()> {
    let token = tokens::random_token();
    let expires = Utc::now() + chrono::Duration::hours(VERIFY_LINK_HOURS as i64);
    user_tokens::issue(
        db,
        user.id,
        Purpose::VerifyEmail,
        tokens::hash_token(&token),
        expires,
    )
    .await?;
    let link = state.link("/verify-email", &token);
    let mail = templates::verify_email(
        user.language(),
        &user.display_name,
        &link,
        VERIFY_LINK_HOURS,
    );
    state
        .mail
        .enqueue(db, Some(user.id), &user.email, &mail)
        .await?;
    Ok(())
}

/// The language a new account gets: as asked, else from the request, else German.
pub(crate) fn initial_language(asked: Option<Language>, request: Option<Language>) -> Language {
    asked.or(request).unwrap_or_default()
}
