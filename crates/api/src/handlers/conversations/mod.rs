//! `/api/v1/conversations*`: contact and messaging between two organisations.
//!
//! A conversation is visible to the members (owners and editors) of its two organisations
//! and to nobody else; platform admins see a conversation only through an open abuse report
//! (`/api/v1/admin/reports`). For everyone else it does not exist (404).

pub mod archive_conversation;
pub mod block_organization;
pub mod close_question;
pub mod get_conversation;
pub mod hand_over_question;
pub mod list_conversations;
pub mod mark_conversation_read;
pub mod report_conversation;
pub mod send_message;
pub mod start_conversation;
pub mod unblock_organization;

use std::collections::BTreeMap;

use chrono::Utc;
use glokal_api_types::{Conversation, ErrorCode};
use glokal_store::conversations::{self, party, Side};
use glokal_store::entities::{conversation, organization, user};
use glokal_store::notifications::{self, NewNotification};
use glokal_store::ConnectionTrait;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::error::{ApiError, ApiResult};
use crate::handlers::fields::{distinct_ids, multiline, Errors};
use crate::mail::message_templates::{self, ConversationMail};
use crate::state::AppState;

/// Longest message, in characters.
pub const MESSAGE_MAX: usize = 5000;
/// Most attachments per message.
pub const ATTACHMENTS_MAX: usize = 5;
/// Longest subject, in characters.
pub const SUBJECT_MAX: usize = 200;
/// At most one mail per conversation and recipient in this many minutes.
pub const MAIL_THROTTLE_MINUTES: i64 = 15;
/// Characters of a message quoted in a mail.
pub const MAIL_EXCERPT_CHARS: usize = 600;

/// The first `max` characters of a text (line breaks kept), `…` when cut.
fn excerpt(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

/// A conversation with the caller's side.
pub(crate) struct Loaded {
    pub conversation: conversation::Model,
    pub side: Side,
    /// All organisations the caller is a member of.
    pub my_organizations: Vec<Uuid>,
}

impl Loaded {
    /// The caller's organisation in this conversation.
    pub fn my_organization(&self) -> Option<Uuid> {
        self.conversation.organization(self.side)
    }

    /// The other organisation (`None` once deleted).
    pub fn other_organization(&self) -> Option<Uuid> {
        self.conversation.organization(self.side.other())
    }
}

/// Loads a conversation of one of the caller's organisations; 404 for everyone else
/// (platform admins included). `as_organization` picks the side of a member of both;
/// naming an organisation the caller does not belong to is 403.
pub(crate) async fn load_member(
    db: &impl ConnectionTrait,
    id: Uuid,
    caller: &user::Model,
    as_organization: Option<Uuid>,
) -> ApiResult<Loaded> {
    let conversation = conversations::get(db, id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    let my_organizations = conversations::member_organization_ids(db, caller.id).await?;
    let sides = conversation.sides_of(&my_organizations);
    let side = match (sides.first(), as_organization) {
        (None, _) => return Err(ApiError::Client(ErrorCode::NotFound)),
        (Some(first), None) => *first,
        (Some(_), Some(org)) => *sides
            .iter()
            .find(|s| conversation.organization(**s) == Some(org))
            .ok_or(ApiError::Client(ErrorCode::Forbidden))?,
    };
    Ok(Loaded {
        conversation,
        side,
        my_organizations,
    })
}

/// A checked message: body and the caller's unsent uploads.
pub(crate) struct CheckedMessage {
    pub body: String,
    pub attachment_ids: Vec<Uuid>,
}

/// Checks a message body (plain text, line breaks kept, up to [`MESSAGE_MAX`] characters;
/// required unless `allow_empty` and there are attachments) and up to [`ATTACHMENTS_MAX`]
/// attachment ids, into `e`.
pub(crate) fn check_message(
    e: &mut Errors,
    body: String,
    attachment_ids: Vec<Uuid>,
    allow_empty: bool,
) -> CheckedMessage {
    let attachment_ids = distinct_ids(e, "attachment_ids", attachment_ids, ATTACHMENTS_MAX);
    let body = multiline(e, "body", Some(body), MESSAGE_MAX);
    let attachments_only = allow_empty && !attachment_ids.is_empty();
    if body.is_none() && !attachments_only {
        e.add("body", "required");
    }
    CheckedMessage {
        body: body.unwrap_or_default(),
        attachment_ids,
    }
}

/// 422 `attachment_ids: unknown_attachment` unless every id is an unsent upload of the caller.
pub(crate) async fn check_attachments(
    db: &impl ConnectionTrait,
    user: Uuid,
    ids: &[Uuid],
) -> ApiResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let found = conversations::unsent_uploads(db, user, ids).await?;
    if found.len() != ids.len() {
        return Err(ApiError::field("attachment_ids", "unknown_attachment"));
    }
    Ok(())
}

/// 403 `blocked` if either organisation blocked the other.
pub(crate) async fn not_blocked(db: &impl ConnectionTrait, a: Uuid, b: Uuid) -> ApiResult<()> {
    let (a_blocks, b_blocks) = conversations::blocks_between(db, a, b).await?;
    if a_blocks || b_blocks {
        return Err(ApiError::Client(ErrorCode::Blocked));
    }
    Ok(())
}

/// SHA-256 (hex) of a message with case and whitespace normalised, for the duplicate check.
pub(crate) fn message_hash(body: &str) -> String {
    let normalised = body
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    Sha256::digest(normalised.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The conversation's path in the SPA.
pub(crate) fn spa_path(conversation: Uuid) -> String {
    format!("/conversations/{conversation}")
}

/// What to tell the other side about a new message.
pub(crate) struct NewMessageNotice<'a> {
    pub conversation: &'a conversation::Model,
    /// The side that wrote.
    pub side: Side,
    pub sender: &'a user::Model,
    /// A new conversation (else a message in an existing one).
    pub started: bool,
    pub body: &'a str,
}

/// In-app notifications for every member of the other side (but the sender), and a mail in
/// each one's language unless one about this conversation went to them in the last
/// [`MAIL_THROTTLE_MINUTES`] minutes. Runs inside the caller's transaction; call
/// `state.mail.kick()` after the commit. Returns how many mails were queued.
pub(crate) async fn notify_other_side(
    db: &impl ConnectionTrait,
    state: &AppState,
    notice: NewMessageNotice<'_>,
) -> ApiResult<usize> {
    let conversation = notice.conversation;
    let (Some(from), Some(to)) = (
        conversation.organization(notice.side),
        conversation.organization(notice.side.other()),
    ) else {
        return Ok(0);
    };
    let orgs = conversations::organizations_by_id(db, [from, to]).await?;
    let (Some(from_org), Some(to_org)) = (orgs.get(&from), orgs.get(&to)) else {
        return Ok(0);
    };
    let preview = if notice.body.trim().is_empty() {
        String::new()
    } else {
        conversations::preview(notice.body)
    };
    // The mail quotes the start of the text with its line breaks.
    let excerpt = excerpt(notice.body, MAIL_EXCERPT_CHARS);
    let subject = conversation.subject.clone().unwrap_or_default();
    let (kind, key) = if notice.started {
        ("conversation_started", "notification-conversation-started")
    } else {
        ("message_received", "notification-message-received")
    };
    // The other side learns the sender's name only if the sender allows it.
    let sender_name = if notice.sender.name_public() {
        notice.sender.display_name.clone()
    } else {
        from_org.name.clone()
    };
    let params = BTreeMap::from([
        ("organization".to_owned(), from_org.name.clone()),
        ("sender".to_owned(), sender_name.clone()),
        ("recipient".to_owned(), to_org.name.clone()),
        ("preview".to_owned(), preview.clone()),
        ("subject".to_owned(), subject.clone()),
        ("conversation_id".to_owned(), conversation.id.to_string()),
    ]);
    let group = format!("conversation:{}", conversation.id);
    let path = spa_path(conversation.id);
    let link = format!(
        "{}{}",
        state.settings.public_url.trim_end_matches('/'),
        path
    );
    let throttle_since = Utc::now() - chrono::Duration::minutes(MAIL_THROTTLE_MINUTES);
    let mut mails = 0;
    for member in conversations::member_accounts(db, to_org.id).await? {
        if member.id == notice.sender.id {
            continue;
        }
        let channels = glokal_store::notification_preferences::channels(
            db,
            member.id,
            glokal_api_types::NotificationCategory::Messages,
        )
        .await?;
        if !channels.in_app && !channels.email {
            continue;
        }
        let created = notifications::create(
            db,
            NewNotification {
                user_id: member.id,
                kind: kind.to_owned(),
                title_key: Some(format!("{key}-title")),
                body_key: Some(format!("{key}-body")),
                params: params.clone(),
                texts: None,
                link: Some(path.clone()),
                group_key: Some(group.clone()),
                hidden: !channels.in_app,
            },
        )
        .await?;
        if !channels.email
            || member.email_verified_at.is_none()
            || notifications::mailed_since(db, member.id, &group, throttle_since).await?
        {
            continue;
        }
        let mail = message_templates::conversation(
            member.language(),
            &member.display_name,
            &ConversationMail {
                started: notice.started,
                sender: &sender_name,
                organization: &from_org.name,
                recipient: &to_org.name,
                subject: conversation.subject.as_deref(),
                preview: &excerpt,
                link: &link,
                throttle_minutes: MAIL_THROTTLE_MINUTES as u64,
            },
        );
        state
            .mail
            .enqueue(db, Some(member.id), &member.email, &mail)
            .await?;
        notifications::mark_mailed(db, created.id).await?;
        mails += 1;
    }
    Ok(mails)
}

/// The hand-overs of an expert question with the institutions as they are now.
async fn expert_handoffs(
    db: &impl ConnectionTrait,
    conversation: Uuid,
) -> ApiResult<Vec<glokal_api_types::ExpertHandoff>> {
    let rows = glokal_store::expert_questions::handoffs(db, conversation).await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids = rows
        .iter()
        .flat_map(|h| [h.from_organization_id, h.to_organization_id])
        .flatten();
    let orgs = conversations::organizations_by_id(db, ids).await?;
    let side = |id: Option<Uuid>| {
        id.map(|i| {
            let org = orgs.get(&i);
            conversations::party(org, org.map_or("", |o| o.country.as_str()))
        })
    };
    Ok(rows
        .into_iter()
        .map(|h| glokal_api_types::ExpertHandoff {
            from_organization: side(h.from_organization_id),
            to_organization: side(h.to_organization_id),
            note: h.note,
            at: h.created_at,
        })
        .collect())
}

/// The whole conversation as the caller sees it.
pub(crate) async fn detail(
    db: &impl ConnectionTrait,
    loaded: &Loaded,
    user: Uuid,
) -> ApiResult<Conversation> {
    let c = &loaded.conversation;
    let mine = loaded.my_organization();
    let other = loaded.other_organization();
    let orgs = conversations::organizations_by_id(db, mine.into_iter().chain(other)).await?;
    let org = |id: Option<Uuid>| -> Option<&organization::Model> { id.and_then(|i| orgs.get(&i)) };
    let opportunity_title = match c.opportunity_id {
        Some(id) => conversations::opportunity_titles(db, [id])
            .await?
            .remove(&id),
        None => None,
    };
    let (blocked_by_me, blocked_by_other) = match (mine, other) {
        (Some(m), Some(o)) => conversations::blocks_between(db, m, o).await?,
        _ => (false, false),
    };
    let unread_count = conversations::unread_counts(db, user, &loaded.my_organizations, &[c.id])
        .await?
        .remove(&c.id)
        .unwrap_or(0);
    let messages = conversations::messages(db, c.id).await?;
    let messages = conversations::messages_into_api(db, messages, mine).await?;
    let both_exist = org(mine).is_some() && org(other).is_some();
    let handoffs = expert_handoffs(db, c.id).await?;
    Ok(Conversation {
        id: c.id,
        kind: c.kind(),
        subject: c.subject.clone(),
        opportunity_id: c.opportunity_id,
        opportunity_title,
        my_organization: party(org(mine), c.country(loaded.side)),
        other_organization: party(org(other), c.country(loaded.side.other())),
        cross_border: c.cross_border,
        archived: c.archived(loaded.side),
        closed_at: c.closed_at,
        handoffs,
        unread_count,
        blocked_by_me,
        blocked_by_other,
        can_reply: both_exist && !blocked_by_me && !blocked_by_other,
        messages,
        created_at: c.created_at,
        last_message_at: c.last_message_at,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_keep_line_breaks_and_cut_long_texts() {
        assert_eq!(excerpt(" a\nb ", 10), "a\nb");
        assert_eq!(excerpt("abcdef", 4), "abc…");
    }

    #[test]
    fn duplicate_check_ignores_case_and_spacing_only() {
        assert_eq!(
            message_hash("Guten Tag,\n  wir liefern PA6."),
            message_hash("guten tag, wir liefern pa6.")
        );
        assert_ne!(
            message_hash("Guten Tag, wir liefern PA6."),
            message_hash("Guten Tag, wir liefern PA66.")
        );
        assert_eq!(message_hash("x").len(), 64);
    }
}
