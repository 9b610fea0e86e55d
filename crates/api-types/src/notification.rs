//! In-app notifications (the bell): new conversations and messages now; shortage alerts and
//! saved searches later.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A notification, its texts in the caller's language.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notification {
    pub id: Uuid,
    /// What happened, e.g. `conversation_started`, `message_received`.
    pub kind: String,
    /// In the language of `Accept-Language` (else the account's language).
    pub title: String,
    pub body: String,
    /// The values the texts were made from (organisation name, subject …).
    pub params: BTreeMap<String, String>,
    /// Path in the SPA to open, e.g. `/conversations/<id>`.
    pub link: Option<String>,
    pub read: bool,
    pub created_at: DateTime<Utc>,
}

/// Paging of `list_notifications`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct NotificationQuery {
    /// Only unread ones.
    pub unread_only: Option<bool>,
    #[serde(default)]
    pub offset: Option<u64>,
    /// 1–100, default 20.
    #[serde(default)]
    pub limit: Option<u64>,
}

/// One page of notifications, newest first, with the number of unread ones.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationPage {
    pub items: Vec<Notification>,
    /// All unread notifications of the caller (for the bell).
    pub unread: u64,
    /// All notifications matching the filter.
    pub total: u64,
    pub offset: u64,
    pub limit: u64,
}

/// Body of `mark_notifications_read`: some by id, or all.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MarkNotificationsReadRequest {
    /// The caller's notifications to mark read (others' ids are ignored), up to 100.
    #[serde(default)]
    pub ids: Vec<Uuid>,
    /// Mark all of the caller's notifications read.
    #[serde(default)]
    pub all: bool,
}

/// The number of unread notifications after `mark_notifications_read`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnreadNotifications {
    pub unread: u64,
}
