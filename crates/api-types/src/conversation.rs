//! Contact and messaging: conversations between two organisations, their messages and
//! attachments, blocks and abuse reports.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::{LocalizedText, OrganizationKind};

/// Why a conversation was opened (recorded for the programme's indicators).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ConversationKind {
    /// "Contact" on a profile.
    #[default]
    Contact,
    /// "Express interest" in an offer or request (`opportunity_id` is set).
    Interest,
    /// "Ask an expert": advice from a chamber, cluster, research institution, development
    /// agency or association.
    AskExpert,
}

impl ConversationKind {
    /// The stable snake_case name (as in JSON).
    pub fn as_str(self) -> &'static str {
        match self {
            ConversationKind::Contact => "contact",
            ConversationKind::Interest => "interest",
            ConversationKind::AskExpert => "ask_expert",
        }
    }

    /// Parses the snake_case name.
    pub fn parse(text: &str) -> Option<ConversationKind> {
        [
            ConversationKind::Contact,
            ConversationKind::Interest,
            ConversationKind::AskExpert,
        ]
        .into_iter()
        .find(|k| k.as_str() == text)
    }
}

/// Body of `start_conversation`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "from_organization_id": "6f1c2a9e-0000-4000-8000-000000000001",
    "opportunity_id": "6f1c2a9e-0000-4000-8000-000000000777",
    "subject": "PA6 GF30 – wir können liefern",
    "body": "Guten Tag,\nwir haben 2 t PA6 GF30 auf Lager und liefern innerhalb einer Woche.",
    "attachment_ids": []
})))]
pub struct StartConversationRequest {
    /// The caller's organisation (they must be its owner or editor).
    pub from_organization_id: Uuid,
    /// The organisation to write to; may be left out with `opportunity_id` (then it is the
    /// opportunity's organisation, and must be that one if given).
    #[serde(default)]
    pub to_organization_id: Option<Uuid>,
    /// "Express interest" in this published, open offer or request.
    #[serde(default)]
    pub opportunity_id: Option<Uuid>,
    /// Default `interest` with `opportunity_id`, else `contact`. `ask_expert` only to
    /// chambers, clusters, research institutions, development agencies and associations.
    #[serde(default)]
    pub kind: Option<ConversationKind>,
    /// Up to 200 characters, one line.
    #[serde(default)]
    pub subject: Option<String>,
    /// The first message: plain text, up to 5000 characters, line breaks kept.
    pub body: String,
    /// Up to 5 uploads from `upload_attachment` (the caller's own, not yet sent).
    #[serde(default)]
    pub attachment_ids: Vec<Uuid>,
}

/// Body of `send_message`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SendMessageRequest {
    /// Plain text, up to 5000 characters, line breaks kept; may be empty with attachments.
    #[serde(default)]
    pub body: String,
    /// Up to 5 uploads from `upload_attachment` (the caller's own, not yet sent).
    #[serde(default)]
    pub attachment_ids: Vec<Uuid>,
}

/// Body of `archive_conversation`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ArchiveConversationRequest {
    /// `true` archives it for the caller's organisation, `false` brings it back to the inbox.
    /// A new message brings it back by itself.
    pub archived: bool,
}

/// Body of `report_conversation`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportConversationRequest {
    /// What is wrong (spam, harassment, fraud …), up to 2000 characters.
    pub reason: String,
}

/// Which of the caller's sides to act as, for someone who is a member of both organisations
/// of a conversation (default: the side that started it).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ConversationSideQuery {
    /// One of the conversation's two organisations that the caller belongs to.
    pub as_organization: Option<Uuid>,
}

/// One side of a conversation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConversationParty {
    /// `null` once the organisation has been deleted.
    pub id: Option<Uuid>,
    /// `null` once the organisation has been deleted.
    pub name: Option<String>,
    pub kind: Option<OrganizationKind>,
    /// ISO country code (recorded when the conversation started).
    pub country: String,
    pub city: Option<String>,
    pub logo_url: Option<String>,
}

/// A file sent with a message.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Attachment {
    pub id: Uuid,
    /// The uploaded name, its extension matching the content.
    pub file_name: String,
    /// `application/pdf`, `image/png`, `image/jpeg` or `image/webp`, from the file's content.
    pub content_type: String,
    pub size_bytes: u64,
    /// Where members download it (`download_attachment`).
    pub url: String,
    pub created_at: DateTime<Utc>,
}

/// A message in a conversation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Message {
    pub id: Uuid,
    pub conversation_id: Uuid,
    /// The side it was sent from (`null` once that organisation is deleted).
    pub sender_organization_id: Option<Uuid>,
    pub sender_organization_name: Option<String>,
    /// `null` once the sender's account is deleted.
    pub sender_user_id: Option<Uuid>,
    pub sender_name: Option<String>,
    /// Sent from the caller's side.
    pub from_my_side: bool,
    /// Plain text with line breaks (`\n`); never HTML — render it as text.
    pub body: String,
    pub attachments: Vec<Attachment>,
    pub created_at: DateTime<Utc>,
}

/// A conversation in the inbox.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConversationSummary {
    pub id: Uuid,
    pub kind: ConversationKind,
    pub subject: Option<String>,
    pub opportunity_id: Option<Uuid>,
    /// The offer's or request's title, while it exists.
    pub opportunity_title: Option<LocalizedText>,
    /// The caller's side.
    pub my_organization_id: Uuid,
    pub other_organization: ConversationParty,
    /// The two organisations are in different countries.
    pub cross_border: bool,
    /// The start of the last message (up to 160 characters).
    pub last_message_preview: String,
    pub last_message_from_my_side: bool,
    pub last_message_at: DateTime<Utc>,
    pub message_count: u32,
    /// Messages of the other side the caller has not marked read.
    pub unread_count: u64,
    /// Archived by the caller's organisation.
    /// An expert question the institution closed (a new message reopens it).
    #[serde(default)]
    pub closed_at: Option<DateTime<Utc>>,
    pub archived: bool,
    pub created_at: DateTime<Utc>,
}

/// A conversation with its whole thread, oldest message first.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Conversation {
    pub id: Uuid,
    pub kind: ConversationKind,
    pub subject: Option<String>,
    pub opportunity_id: Option<Uuid>,
    pub opportunity_title: Option<LocalizedText>,
    pub my_organization: ConversationParty,
    pub other_organization: ConversationParty,
    pub cross_border: bool,
    /// Archived by the caller's organisation.
    /// An expert question the institution closed (a new message reopens it).
    #[serde(default)]
    pub closed_at: Option<DateTime<Utc>>,
    /// An expert question's hand-overs between institutions, oldest first.
    #[serde(default)]
    pub handoffs: Vec<ExpertHandoff>,
    pub archived: bool,
    /// Messages of the other side the caller has not marked read.
    pub unread_count: u64,
    /// The caller's organisation blocked the other one.
    pub blocked_by_me: bool,
    /// The other organisation blocked the caller's.
    pub blocked_by_other: bool,
    /// New messages can be sent (neither side blocked the other, both still exist).
    pub can_reply: bool,
    pub messages: Vec<Message>,
    pub created_at: DateTime<Utc>,
    pub last_message_at: DateTime<Utc>,
}

/// Filters and paging of `list_conversations`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ConversationQuery {
    /// Only this one of the caller's organisations; default: all of them.
    pub organization_id: Option<Uuid>,
    /// Default `false`: the inbox; `true`: the archive.
    pub archived: Option<bool>,
    /// Only conversations with unread messages.
    pub unread_only: Option<bool>,
    /// Only conversations of this kind (`ask_expert`: an institution's question queue).
    #[serde(default)]
    pub kind: Option<ConversationKind>,
    /// Only those not closed.
    #[serde(default)]
    pub open_only: Option<bool>,
    #[serde(default)]
    pub offset: Option<u64>,
    /// 1–100, default 20.
    #[serde(default)]
    pub limit: Option<u64>,
}

/// One page of the inbox, most recent activity first.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConversationPage {
    pub items: Vec<ConversationSummary>,
    pub total: u64,
    pub offset: u64,
    pub limit: u64,
}

/// `upload_attachment`: the file's name (the content type is taken from the bytes).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct AttachmentUploadQuery {
    /// File name to show, e.g. `Angebot.pdf` (up to 200 characters; the extension is set
    /// to match the content).
    pub name: Option<String>,
}

/// Where an abuse report stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReportStatus {
    Open,
    Resolved,
}

/// How a platform admin resolved a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReportOutcome {
    /// Nothing wrong found.
    Dismissed,
    /// The admin acted (warned, blocked or removed the offender outside this API).
    ActionTaken,
}

/// An abuse report on a conversation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConversationReport {
    pub id: Uuid,
    pub conversation_id: Uuid,
    pub status: ReportStatus,
    pub reason: String,
    /// The side that reported.
    pub reporter_organization: ConversationParty,
    /// The other side (the one reported).
    pub reported_organization: ConversationParty,
    pub reporter_name: Option<String>,
    pub outcome: Option<ReportOutcome>,
    pub note: Option<String>,
    pub resolved_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

/// A report with the reported conversation's thread, for platform admins.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportedConversation {
    pub report: ConversationReport,
    pub kind: ConversationKind,
    pub subject: Option<String>,
    pub opportunity_id: Option<Uuid>,
    /// The whole thread, oldest first (`from_my_side` is always `false` here).
    pub messages: Vec<Message>,
}

/// Filters and paging of `list_reports`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ReportQuery {
    /// Default `open`.
    pub status: Option<ReportStatus>,
    #[serde(default)]
    pub offset: Option<u64>,
    /// 1–100, default 20.
    #[serde(default)]
    pub limit: Option<u64>,
}

/// One page of reports, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportPage {
    pub items: Vec<ConversationReport>,
    pub total: u64,
    pub offset: u64,
    pub limit: u64,
}

/// Body of `resolve_report`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResolveReportRequest {
    pub outcome: ReportOutcome,
    /// Internal note, up to 2000 characters.
    #[serde(default)]
    pub note: Option<String>,
}

/// One hand-over of an expert question.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExpertHandoff {
    /// The institution that handed it on (`null` once deleted).
    pub from_organization: Option<ConversationParty>,
    pub to_organization: Option<ConversationParty>,
    /// Why, for the institution taking over (and the asking organisation).
    pub note: Option<String>,
    pub at: DateTime<Utc>,
}

/// Body of `hand_over_question`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HandOverRequest {
    /// The institution (chamber, cluster, research, development agency, association) to take
    /// the question over.
    pub to_organization_id: Uuid,
    /// A note for them (at most 2 000 characters).
    #[serde(default)]
    pub note: Option<String>,
}
