//! Moderation: reports on profiles and offers, the queue of platform admins, their actions
//! and the audit log.

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// What can be reported and moderated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ModerationTarget {
    Organization,
    Opportunity,
}

impl ModerationTarget {
    pub fn as_str(self) -> &'static str {
        match self {
            ModerationTarget::Organization => "organization",
            ModerationTarget::Opportunity => "opportunity",
        }
    }

    pub fn parse(text: &str) -> Option<ModerationTarget> {
        match text {
            "organization" => Some(ModerationTarget::Organization),
            "opportunity" => Some(ModerationTarget::Opportunity),
            _ => None,
        }
    }
}

/// What a moderator does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ModerationAction {
    /// A new organisation was looked at and is fine; its open reports are closed.
    Approve,
    /// Hidden from lists, search and the public page at once (the owners still see it).
    Hide,
    /// Shown again.
    Unhide,
    /// The owners get a warning with the reason in their notifications.
    Warn,
    /// An organisation is hidden and may not post, contact anyone or be contacted.
    Suspend,
    /// Lifts a suspension (and the hiding that came with it).
    Unsuspend,
}

impl ModerationAction {
    pub fn as_str(self) -> &'static str {
        match self {
            ModerationAction::Approve => "approve",
            ModerationAction::Hide => "hide",
            ModerationAction::Unhide => "unhide",
            ModerationAction::Warn => "warn",
            ModerationAction::Suspend => "suspend",
            ModerationAction::Unsuspend => "unsuspend",
        }
    }

    pub fn parse(text: &str) -> Option<ModerationAction> {
        [
            ModerationAction::Approve,
            ModerationAction::Hide,
            ModerationAction::Unhide,
            ModerationAction::Warn,
            ModerationAction::Suspend,
            ModerationAction::Unsuspend,
        ]
        .into_iter()
        .find(|a| a.as_str() == text)
    }
}

/// What kind of problem a report is about.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReportCategory {
    /// Advertising, fake or duplicate profiles, mass mailings.
    Spam,
    /// Wrong or misleading information (company data, offers).
    Misleading,
    /// Insulting, discriminating or threatening content.
    Offensive,
    /// Illegal goods or services, counterfeits, infringements.
    Illegal,
    /// Anything else (explain in `reason`).
    #[default]
    Other,
}

impl ReportCategory {
    pub const ALL: [ReportCategory; 5] = [
        ReportCategory::Spam,
        ReportCategory::Misleading,
        ReportCategory::Offensive,
        ReportCategory::Illegal,
        ReportCategory::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReportCategory::Spam => "spam",
            ReportCategory::Misleading => "misleading",
            ReportCategory::Offensive => "offensive",
            ReportCategory::Illegal => "illegal",
            ReportCategory::Other => "other",
        }
    }

    /// Unknown text reads as `Other`.
    pub fn parse(text: &str) -> ReportCategory {
        Self::ALL
            .into_iter()
            .find(|c| c.as_str() == text)
            .unwrap_or_default()
    }
}

/// Body of `report_content`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportContentRequest {
    pub target_type: ModerationTarget,
    pub target_id: Uuid,
    /// Default `other`.
    #[serde(default)]
    pub category: ReportCategory,
    /// What is wrong, up to 2 000 characters; required for `other`, optional otherwise.
    #[serde(default)]
    pub reason: String,
}

/// An open report in the moderation queue.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContentReport {
    pub id: Uuid,
    pub target_type: ModerationTarget,
    pub target_id: Uuid,
    /// The organisation's name or the offer's title.
    pub target_name: String,
    pub category: ReportCategory,
    pub reason: String,
    pub created_at: DateTime<Utc>,
    /// Whether the target is hidden already.
    pub target_hidden: bool,
}

/// A new organisation waiting for its first look (post-moderation: it is visible already).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QueuedOrganization {
    pub id: Uuid,
    pub name: String,
    pub country: String,
    pub city: String,
    pub created_at: DateTime<Utc>,
    /// Hidden now (by a moderator, or waiting for approval under pre-moderation).
    pub hidden: bool,
    /// Suspended now.
    pub suspended: bool,
}

/// The moderation queue of platform admins.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ModerationQueue {
    /// Open reports on profiles and offers, oldest first.
    pub reports: Vec<ContentReport>,
    /// New organisations not yet looked at, oldest first (at most 100).
    pub new_organizations: Vec<QueuedOrganization>,
    /// Open reports on conversations (see `list_reports`).
    pub open_conversation_reports: u64,
}

/// Body of `moderate`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ModerationRequest {
    pub target_type: ModerationTarget,
    pub target_id: Uuid,
    pub action: ModerationAction,
    /// Why (required except for `approve`, at most 2 000 characters); shown to the owners for
    /// `hide`, `warn` and `suspend`.
    #[serde(default)]
    pub reason: String,
}

/// One entry of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ModerationEntry {
    pub id: Uuid,
    /// Who acted (`null` once the account is deleted).
    pub actor_user_id: Option<Uuid>,
    pub actor_name: Option<String>,
    pub action: ModerationAction,
    pub target_type: ModerationTarget,
    pub target_id: Uuid,
    /// The name at the time of the action.
    pub target_name: String,
    pub reason: String,
    pub created_at: DateTime<Utc>,
    /// The target's state now (not at the time of the action); `null` once it is deleted.
    pub target_now: Option<TargetState>,
}

/// Where a moderated organisation or offer stands now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TargetState {
    /// Hidden itself, or (an offer) its organisation is.
    pub hidden: bool,
    /// The organisation (or the offer's organisation) is suspended.
    pub suspended: bool,
}

/// Query of `list_audit_log`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct AuditLogQuery {
    /// Only actions on this organisation or offer.
    #[serde(default)]
    pub target_id: Option<Uuid>,
    /// 1–200, default 50.
    #[serde(default)]
    pub limit: Option<u64>,
    #[serde(default)]
    pub offset: Option<u64>,
}

/// One page of the audit log, newest first.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditLogPage {
    pub items: Vec<ModerationEntry>,
    pub total: u64,
}
