//! Saved searches with notifications of what is new, and notification preferences.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::SearchQuery;

/// How often a saved search reports new hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SearchFrequency {
    /// Within minutes of a new hit.
    Instant,
    /// Once a day, a digest.
    #[default]
    Daily,
    /// Once a week, a digest.
    Weekly,
}

impl SearchFrequency {
    pub fn as_str(self) -> &'static str {
        match self {
            SearchFrequency::Instant => "instant",
            SearchFrequency::Daily => "daily",
            SearchFrequency::Weekly => "weekly",
        }
    }

    pub fn parse(text: &str) -> Option<SearchFrequency> {
        match text {
            "instant" => Some(SearchFrequency::Instant),
            "daily" => Some(SearchFrequency::Daily),
            "weekly" => Some(SearchFrequency::Weekly),
            _ => None,
        }
    }
}

/// Body of `create_saved_search` and `update_saved_search`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SavedSearchInput {
    /// Shown in the list and the mails (1–100 characters).
    pub name: String,
    /// The search, with the parameters of `search` (`page`, `per_page` and `sort` are ignored).
    pub query: SearchQuery,
    #[serde(default)]
    pub frequency: SearchFrequency,
    /// Send mails (default `true`); in-app notifications follow the preferences.
    #[serde(default = "yes")]
    pub email: bool,
}

fn yes() -> bool {
    true
}

/// A saved search of the caller.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SavedSearch {
    pub id: Uuid,
    pub name: String,
    pub query: SearchQuery,
    pub frequency: SearchFrequency,
    pub email: bool,
    /// New hits are looked for after this moment.
    pub checked_until: DateTime<Utc>,
    pub last_sent_at: Option<DateTime<Utc>>,
    /// New hits found at the last report.
    pub last_hit_count: u32,
    pub created_at: DateTime<Utc>,
}

/// The caller's saved searches, newest first.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SavedSearchList {
    pub items: Vec<SavedSearch>,
}

/// What a person can be notified about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotificationCategory {
    /// New conversations and messages.
    Messages,
    /// Shortage alerts of organisations nearby that match one's own.
    ShortageAlerts,
    /// New hits of saved searches.
    SavedSearches,
}

impl NotificationCategory {
    pub const ALL: [NotificationCategory; 3] = [
        NotificationCategory::Messages,
        NotificationCategory::ShortageAlerts,
        NotificationCategory::SavedSearches,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            NotificationCategory::Messages => "messages",
            NotificationCategory::ShortageAlerts => "shortage_alerts",
            NotificationCategory::SavedSearches => "saved_searches",
        }
    }

    pub fn parse(text: &str) -> Option<NotificationCategory> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// Where notifications of one category go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationChannels {
    pub category: NotificationCategory,
    /// In the notification centre (the bell).
    pub in_app: bool,
    /// By e-mail.
    pub email: bool,
}

/// All categories with their channels (`get_notification_preferences`; the body of
/// `update_notification_preferences` may list only some).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationPreferences {
    pub items: Vec<NotificationChannels>,
}

/// Body of `unsubscribe` (or `?token=` for the RFC 8058 one-click POST of mail clients).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema, utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct UnsubscribeRequest {
    /// The signed token from the mail's link.
    #[serde(default)]
    pub token: Option<String>,
}

/// What `unsubscribe` turned off.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Unsubscribed {
    /// Mails of this category are off now.
    pub category: NotificationCategory,
    /// The saved search whose mails are off (for `saved_searches`).
    pub saved_search_name: Option<String>,
}
