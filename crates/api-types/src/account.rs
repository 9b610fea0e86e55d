//! Accounts: registration, login, tokens, password flows, profile, GDPR export.

use chrono::{DateTime, Utc};
use glokal_domain::{Language, Role};
use uuid::Uuid;

#[cfg(feature = "validate")]
use crate::validation;

/// A registered person as the API shows them to themselves.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct User {
    pub id: Uuid,
    /// Normalised (lower-case) e-mail address.
    pub email: String,
    pub display_name: String,
    /// Language of mails and the default UI language.
    pub preferred_language: Language,
    pub role: Role,
    /// Whether the e-mail address has been confirmed.
    pub email_verified: bool,
    pub created_at: DateTime<Utc>,
}

/// `POST /api/v1/auth/register`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "email": "jana.novakova@example.cz",
    "password": "Grenzland-Kooperation 2026",
    "display_name": "Jana Nováková",
    "preferred_language": "cs",
    "accepted_terms_version": "2026-11-28"
})))]
pub struct RegisterRequest {
    #[cfg_attr(feature = "validate", validate(custom(function = "validation::email")))]
    pub email: String,
    /// At least 10 characters, not a common password.
    #[cfg_attr(
        feature = "validate",
        validate(custom(function = "validation::new_password"))
    )]
    pub password: String,
    #[cfg_attr(
        feature = "validate",
        validate(custom(function = "validation::display_name"))
    )]
    pub display_name: String,
    /// Defaults to the request's `Accept-Language`, else German.
    #[serde(default)]
    pub preferred_language: Option<Language>,
    /// The version of the terms of use and privacy notice the person accepted: must be
    /// the one in force (`CURRENT_TERMS_VERSION`, see `get_my_consents`); recorded as
    /// consent. Missing: 422 `terms_not_accepted`; another version: `terms_version_outdated`.
    #[serde(default)]
    #[cfg_attr(
        feature = "validate",
        validate(custom(function = "validation::accepted_terms_version"))
    )]
    pub accepted_terms_version: String,
}

/// `POST /api/v1/auth/verify-email`: the token from the confirmation link.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct VerifyEmailRequest {
    #[cfg_attr(
        feature = "validate",
        validate(custom(function = "validation::required"))
    )]
    pub token: String,
}

/// An e-mail address alone: resend confirmation, request a password reset.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct EmailRequest {
    #[cfg_attr(feature = "validate", validate(custom(function = "validation::email")))]
    pub email: String,
}

/// `POST /api/v1/auth/login`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct LoginRequest {
    #[cfg_attr(
        feature = "validate",
        validate(custom(function = "validation::required"))
    )]
    pub email: String,
    #[cfg_attr(
        feature = "validate",
        validate(custom(function = "validation::required"))
    )]
    pub password: String,
}

/// A fresh access token (login and refresh). The refresh token travels only as an
/// `HttpOnly` cookie scoped to `/api/v1/auth`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuthTokens {
    /// Short-lived JWT; send as `Authorization: Bearer <token>`.
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: u64,
    pub user: User,
}

/// `POST /api/v1/auth/password-reset/confirm`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct ResetPasswordRequest {
    #[cfg_attr(
        feature = "validate",
        validate(custom(function = "validation::required"))
    )]
    pub token: String,
    #[cfg_attr(
        feature = "validate",
        validate(custom(function = "validation::new_password"))
    )]
    pub new_password: String,
}

/// `POST /api/v1/me/password`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct ChangePasswordRequest {
    #[cfg_attr(
        feature = "validate",
        validate(custom(function = "validation::required"))
    )]
    pub current_password: String,
    #[cfg_attr(
        feature = "validate",
        validate(custom(function = "validation::new_password"))
    )]
    pub new_password: String,
}

/// `PATCH /api/v1/me`: only the fields given are changed.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct UpdateMeRequest {
    #[serde(default)]
    #[cfg_attr(
        feature = "validate",
        validate(custom(function = "validation::display_name"))
    )]
    pub display_name: Option<String>,
    #[serde(default)]
    pub preferred_language: Option<Language>,
}

/// `DELETE /api/v1/me`: the password confirms the deletion.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "validate", derive(validator::Validate))]
pub struct DeleteAccountRequest {
    #[cfg_attr(
        feature = "validate",
        validate(custom(function = "validation::required"))
    )]
    pub password: String,
}

/// One login session (a refresh-token family) in the data export.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionExport {
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    /// Set when the session was rotated, logged out or revoked.
    pub ended_at: Option<DateTime<Utc>>,
}

/// One e-mail sent to the person, in the data export.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MailExport {
    pub subject: String,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
}

/// `GET /api/v1/me/export`: every piece of personal data held about the caller.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AccountExport {
    pub exported_at: DateTime<Utc>,
    pub user: User,
    pub email_verified_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
    pub sessions: Vec<SessionExport>,
    pub mails: Vec<MailExport>,
    /// Organisations the account belongs to, with the role.
    pub memberships: Vec<crate::Membership>,
    /// Registrations for events (not cancelled), with notes and check-in.
    #[serde(default)]
    pub event_registrations: Vec<crate::EventRegistration>,
    /// Messages the account wrote in conversations of its organisations.
    #[serde(default)]
    pub messages: Vec<MessageExport>,
    /// Its notifications (in the account's language).
    #[serde(default)]
    pub notifications: Vec<crate::Notification>,
    /// Its channels per notification category.
    #[serde(default)]
    pub notification_preferences: Vec<crate::NotificationChannels>,
    #[serde(default)]
    pub saved_searches: Vec<crate::SavedSearch>,
    /// The privacy settings.
    pub privacy: crate::PrivacySettings,
    /// Every consent given or withdrawn, newest first.
    #[serde(default)]
    pub consents: Vec<crate::ConsentRecord>,
    /// Kooperationsbörse participations: event profile, meeting requests and agenda.
    #[serde(default)]
    pub matchmaking: Vec<MatchmakingExport>,
}

/// One Kooperationsbörse the account takes part in.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MatchmakingExport {
    pub participation: crate::Participation,
    pub requests: crate::MeetingRequestList,
    pub agenda: crate::Agenda,
}

/// A message the account wrote.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MessageExport {
    pub conversation_id: uuid::Uuid,
    pub body: String,
    pub sent_at: DateTime<Utc>,
}
