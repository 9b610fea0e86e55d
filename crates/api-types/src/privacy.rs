//! GDPR: a person's privacy settings and their consent records.

use chrono::{DateTime, Utc};

/// The version of the terms of use and privacy notice a new account accepts (the date of
/// the text, shown on the SPA's privacy page). Raise it when the text changes: people then
/// find the new version outstanding in `get_my_consents`.
pub const CURRENT_TERMS_VERSION: &str = "2026-11-28";

/// Who sees a person's name outside their own organisations (as sender of messages, in a
/// Kooperationsbörse's table plan and agenda).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProfileVisibility {
    /// Every logged-in person who deals with them (default).
    #[default]
    LoggedIn,
    /// Only members of their own organisations; others see the organisation's name only.
    OwnOrganizations,
}

/// Who gets a person's e-mail address (event organisers always do, to run the event).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContactDataVisibility {
    /// Confirmed meeting partners at a Kooperationsbörse see it in their agenda (default).
    #[default]
    MeetingPartners,
    /// Nobody but the event organisers.
    Nobody,
}

impl ProfileVisibility {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ProfileVisibility::LoggedIn => "logged_in",
            ProfileVisibility::OwnOrganizations => "own_organizations",
        }
    }
}

impl ContactDataVisibility {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ContactDataVisibility::MeetingPartners => "meeting_partners",
            ContactDataVisibility::Nobody => "nobody",
        }
    }
}

/// `GET`/`PUT /api/v1/me/privacy`: the person's privacy settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "profile_visibility": "own_organizations",
    "contact_visibility": "nobody",
    "email_notifications": false
})))]
pub struct PrivacySettings {
    pub profile_visibility: ProfileVisibility,
    pub contact_visibility: ContactDataVisibility,
    /// `false`: no notification mails at all, whatever the per-category channels say.
    /// Mails about the account itself (confirmation, password reset, deletion) and event
    /// registrations are still sent.
    pub email_notifications: bool,
}

/// What a consent is given to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ConsentKind {
    /// The terms of use and the privacy notice (required for an account).
    Terms,
}

impl ConsentKind {
    pub const ALL: [ConsentKind; 1] = [ConsentKind::Terms];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            ConsentKind::Terms => "terms",
        }
    }

    /// The version of the text in force.
    pub fn current_version(self) -> &'static str {
        match self {
            ConsentKind::Terms => CURRENT_TERMS_VERSION,
        }
    }
}

/// One consent given or withdrawn.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsentRecord {
    pub kind: ConsentKind,
    /// The version of the text (see `current`).
    pub text_version: String,
    pub granted: bool,
    pub recorded_at: DateTime<Utc>,
}

/// The text version in force for a kind of consent, and whether the caller still has to
/// accept it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsentText {
    pub kind: ConsentKind,
    pub version: String,
    /// The newest record is not a consent to this version.
    pub outstanding: bool,
}

/// `GET /api/v1/me/consents`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsentOverview {
    pub current: Vec<ConsentText>,
    /// Every record, newest first.
    pub records: Vec<ConsentRecord>,
}

/// `POST /api/v1/me/consents`: give consent to a text version in force.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "kind": "terms", "text_version": "2026-11-28", "granted": true
})))]
pub struct RecordConsentRequest {
    pub kind: ConsentKind,
    pub text_version: String,
    /// `false` withdraws a consent; the terms cannot be withdrawn (delete the account).
    pub granted: bool,
}
