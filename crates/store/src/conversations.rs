//! Conversations between two organisations: messages, attachments, read markers, archive
//! flags per side, blocks, abuse reports and the contact indicators.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use glokal_api_types::{
    Attachment, ConversationKind, ConversationParty, ConversationReport, LocalizedText, Message,
    OrganizationKind, ReportOutcome, ReportStatus,
};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, JoinType, Query, SelectStatement};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, Order,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use crate::encoding::{enum_parse, enum_str, from_json};
use crate::entities::conversation::{ActiveModel, Column, Entity, Model};
use crate::entities::conversation_message as message;
use crate::entities::conversation_read as read;
use crate::entities::conversation_report as report;
use crate::entities::message_attachment as attachment;
use crate::entities::organization_block as block;
use crate::entities::organization_member as member;
use crate::entities::{opportunity, organization, user};
use crate::organizations::LOGO_URL_PREFIX;

const OPEN: &str = "open";
const RESOLVED: &str = "resolved";
/// Characters of the last message shown in the inbox.
pub const PREVIEW_CHARS: usize = 160;
/// Where attachments are downloaded (`download_attachment`).
pub const ATTACHMENT_URL_PREFIX: &str = "/api/v1/attachments/";

/// One of the two sides of a conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The organisation that started it.
    Initiator,
    /// The organisation it was started with.
    Recipient,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Initiator => Side::Recipient,
            Side::Recipient => Side::Initiator,
        }
    }
}

/// The key of the one conversation per pair of organisations and opportunity (either
/// direction).
pub fn thread_key(a: Uuid, b: Uuid, opportunity: Option<Uuid>) -> String {
    let (low, high) = if a <= b { (a, b) } else { (b, a) };
    let opportunity = opportunity.map_or_else(|| "-".to_owned(), |o| o.simple().to_string());
    format!("{}:{}:{}", low.simple(), high.simple(), opportunity)
}

/// The start of a text for the inbox: whitespace collapsed, at most [`PREVIEW_CHARS`].
pub fn preview(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= PREVIEW_CHARS {
        flat
    } else {
        let mut cut: String = flat.chars().take(PREVIEW_CHARS - 1).collect();
        cut.push('…');
        cut
    }
}

impl Model {
    pub fn kind(&self) -> ConversationKind {
        ConversationKind::parse(&self.kind).unwrap_or_default()
    }

    /// The organisation of a side (`None` once deleted).
    pub fn organization(&self, side: Side) -> Option<Uuid> {
        match side {
            Side::Initiator => self.initiator_organization_id,
            Side::Recipient => self.recipient_organization_id,
        }
    }

    /// The country of a side, recorded at the start.
    pub fn country(&self, side: Side) -> &str {
        match side {
            Side::Initiator => &self.initiator_country,
            Side::Recipient => &self.recipient_country,
        }
    }

    /// Whether a side archived it.
    pub fn archived(&self, side: Side) -> bool {
        match side {
            Side::Initiator => self.initiator_archived_at.is_some(),
            Side::Recipient => self.recipient_archived_at.is_some(),
        }
    }

    /// The sides an organisation is on (both, in the odd case of a member of both).
    pub fn sides_of(&self, organizations: &[Uuid]) -> Vec<Side> {
        [Side::Initiator, Side::Recipient]
            .into_iter()
            .filter(|s| {
                self.organization(*s)
                    .is_some_and(|o| organizations.contains(&o))
            })
            .collect()
    }
}

/// One side as the API shows it: the organisation while it exists, the recorded country always.
pub fn party(org: Option<&organization::Model>, country: &str) -> ConversationParty {
    ConversationParty {
        id: org.map(|o| o.id),
        name: org.map(|o| o.name.clone()),
        kind: org.and_then(|o| enum_parse::<OrganizationKind>(&o.kind)),
        country: country.to_owned(),
        city: org.map(|o| o.city.clone()),
        logo_url: org
            .and_then(|o| o.logo.as_ref())
            .map(|f| format!("{LOGO_URL_PREFIX}{f}")),
    }
}

/// What a new conversation is about (checked by the API layer).
#[derive(Debug, Clone)]
pub struct NewConversation<'a> {
    pub kind: ConversationKind,
    pub subject: Option<String>,
    pub initiator: &'a organization::Model,
    pub recipient: &'a organization::Model,
    pub opportunity_id: Option<Uuid>,
    /// SHA-256 (hex) of the normalised first message.
    pub first_message_hash: String,
    pub started_by: Option<Uuid>,
    pub demo: bool,
}

/// Stores a conversation (its first message follows with [`add_message`]). Fails with a
/// unique-key error if the pair already talks about this opportunity.
pub async fn create(db: &impl ConnectionTrait, new: NewConversation<'_>) -> Result<Model, DbErr> {
    let now = Utc::now();
    ActiveModel {
        id: Set(Uuid::new_v4()),
        kind: Set(new.kind.as_str().to_owned()),
        subject: Set(new.subject),
        initiator_organization_id: Set(Some(new.initiator.id)),
        recipient_organization_id: Set(Some(new.recipient.id)),
        initiator_country: Set(new.initiator.country.clone()),
        recipient_country: Set(new.recipient.country.clone()),
        cross_border: Set(new.initiator.country != new.recipient.country),
        opportunity_id: Set(new.opportunity_id),
        thread_key: Set(thread_key(
            new.initiator.id,
            new.recipient.id,
            new.opportunity_id,
        )),
        first_message_hash: Set(new.first_message_hash),
        started_by: Set(new.started_by),
        initiator_archived_at: Set(None),
        recipient_archived_at: Set(None),
        last_message_at: Set(now),
        last_message_preview: Set(String::new()),
        last_sender_organization_id: Set(None),
        message_count: Set(0),
        demo: Set(new.demo),
        closed_at: Set(None),
        closed_by: Set(None),
        created_at: Set(now),
    }
    .insert(db)
    .await
}

/// Whether an insert failed on a unique key (a concurrent start of the same thread).
pub fn is_unique_violation(err: &DbErr) -> bool {
    matches!(
        err.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

/// A conversation by id.
pub async fn get(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Model>, DbErr> {
    Entity::find_by_id(id).one(db).await
}

/// The conversation of a pair of organisations about an opportunity (or about none).
pub async fn find_thread(
    db: &impl ConnectionTrait,
    a: Uuid,
    b: Uuid,
    opportunity: Option<Uuid>,
) -> Result<Option<Model>, DbErr> {
    Entity::find()
        .filter(Column::ThreadKey.eq(thread_key(a, b, opportunity)))
        .one(db)
        .await
}

/// Adds a message from `side` and links the given (already checked) uploads to it; the
/// conversation comes back to both inboxes. Returns the message and the updated conversation.
pub async fn add_message(
    db: &impl ConnectionTrait,
    conversation: Model,
    side: Side,
    sender: Option<Uuid>,
    body: &str,
    attachment_ids: &[Uuid],
) -> Result<(message::Model, Model), DbErr> {
    let now = Utc::now();
    let sender_org = conversation.organization(side);
    let message = message::ActiveModel {
        id: Set(Uuid::new_v4()),
        conversation_id: Set(conversation.id),
        sender_organization_id: Set(sender_org),
        sender_user_id: Set(sender),
        body: Set(body.to_owned()),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    if !attachment_ids.is_empty() {
        attachment::Entity::update_many()
            .col_expr(attachment::Column::MessageId, Expr::value(Some(message.id)))
            .filter(attachment::Column::Id.is_in(attachment_ids.iter().copied()))
            .filter(attachment::Column::MessageId.is_null())
            .exec(db)
            .await?;
    }
    let preview = if body.trim().is_empty() {
        String::new()
    } else {
        preview(body)
    };
    // One statement, so concurrent messages all count.
    Entity::update_many()
        .col_expr(Column::LastMessageAt, Expr::value(now))
        .col_expr(Column::LastMessagePreview, Expr::value(preview))
        .col_expr(Column::LastSenderOrganizationId, Expr::value(sender_org))
        .col_expr(Column::MessageCount, Expr::col(Column::MessageCount).add(1))
        .col_expr(
            Column::InitiatorArchivedAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            Column::RecipientArchivedAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        // A new message reopens a closed expert question.
        .col_expr(Column::ClosedAt, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(Column::ClosedBy, Expr::value(Option::<Uuid>::None))
        .filter(Column::Id.eq(conversation.id))
        .exec(db)
        .await?;
    let conversation = get(db, conversation.id)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("conversation".to_owned()))?;
    Ok((message, conversation))
}

/// The thread, oldest first.
pub async fn messages(
    db: &impl ConnectionTrait,
    conversation: Uuid,
) -> Result<Vec<message::Model>, DbErr> {
    message::Entity::find()
        .filter(message::Column::ConversationId.eq(conversation))
        .order_by_asc(message::Column::CreatedAt)
        .order_by_asc(message::Column::Id)
        .all(db)
        .await
}

/// A message by id.
pub async fn message(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<message::Model>, DbErr> {
    message::Entity::find_by_id(id).one(db).await
}

/// The API form of messages: sender names (a sender who keeps the name to their own
/// organisations shows only the organisation to the other side), attachments; `my_side`
/// marks the caller's.
pub async fn messages_into_api(
    db: &impl ConnectionTrait,
    messages: Vec<message::Model>,
    my_side: Option<Uuid>,
) -> Result<Vec<Message>, DbErr> {
    let ids: Vec<Uuid> = messages.iter().map(|m| m.id).collect();
    let mut files: HashMap<Uuid, Vec<Attachment>> = HashMap::new();
    if !ids.is_empty() {
        for a in attachment::Entity::find()
            .filter(attachment::Column::MessageId.is_in(ids))
            .order_by_asc(attachment::Column::CreatedAt)
            .order_by_asc(attachment::Column::Id)
            .all(db)
            .await?
        {
            if let Some(message) = a.message_id {
                files
                    .entry(message)
                    .or_default()
                    .push(attachment_into_api(a));
            }
        }
    }
    let sender_ids: HashSet<Uuid> = messages.iter().filter_map(|m| m.sender_user_id).collect();
    // Name, and whether people outside the sender's organisations may see it.
    let senders: HashMap<Uuid, (String, bool)> = if sender_ids.is_empty() {
        HashMap::new()
    } else {
        user::Entity::find()
            .filter(user::Column::Id.is_in(sender_ids))
            .all(db)
            .await?
            .into_iter()
            .map(|u| (u.id, (u.display_name.clone(), u.name_public())))
            .collect()
    };
    let org_ids: HashSet<Uuid> = messages
        .iter()
        .filter_map(|m| m.sender_organization_id)
        .collect();
    let orgs = organization_names(db, org_ids).await?;
    Ok(messages
        .into_iter()
        .map(|m| Message {
            id: m.id,
            conversation_id: m.conversation_id,
            sender_organization_id: m.sender_organization_id,
            sender_organization_name: m.sender_organization_id.and_then(|o| orgs.get(&o).cloned()),
            sender_user_id: m.sender_user_id,
            sender_name: m
                .sender_user_id
                .and_then(|u| senders.get(&u))
                .filter(|(_, public)| {
                    *public || (my_side.is_some() && m.sender_organization_id == my_side)
                })
                .map(|(name, _)| name.clone()),
            from_my_side: my_side.is_some() && m.sender_organization_id == my_side,
            attachments: files.remove(&m.id).unwrap_or_default(),
            body: m.body,
            created_at: m.created_at,
        })
        .collect())
}

async fn organization_names(
    db: &impl ConnectionTrait,
    ids: HashSet<Uuid>,
) -> Result<HashMap<Uuid, String>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(organization::Entity::find()
        .filter(organization::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

/// Organisations by id.
pub async fn organizations_by_id(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, organization::Model>, DbErr> {
    let ids: HashSet<Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(organization::Entity::find()
        .filter(organization::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect())
}

/// Titles of opportunities by id (the ones that still exist).
pub async fn opportunity_titles(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, LocalizedText>, DbErr> {
    let ids: HashSet<Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(opportunity::Entity::find()
        .filter(opportunity::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, from_json(&o.title)))
        .collect())
}

/// The organisations a user is a member of (owner or editor).
pub async fn member_organization_ids(
    db: &impl ConnectionTrait,
    user: Uuid,
) -> Result<Vec<Uuid>, DbErr> {
    Ok(member::Entity::find()
        .filter(member::Column::UserId.eq(user))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.organization_id)
        .collect())
}

/// The members of an organisation as accounts (to notify them).
pub async fn member_accounts(
    db: &impl ConnectionTrait,
    organization: Uuid,
) -> Result<Vec<user::Model>, DbErr> {
    let ids: Vec<Uuid> = member::Entity::find()
        .filter(member::Column::OrganizationId.eq(organization))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.user_id)
        .collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .order_by_asc(user::Column::CreatedAt)
        .all(db)
        .await
}

/// Display names of accounts by id.
pub async fn user_names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, String>, DbErr> {
    let ids: HashSet<Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect())
}

/// How many conversations an organisation started since `since`, and when the oldest of
/// them was started (for `Retry-After`).
pub async fn started_since(
    db: &impl ConnectionTrait,
    organization: Uuid,
    since: DateTime<Utc>,
) -> Result<(u64, Option<DateTime<Utc>>), DbErr> {
    let query = Entity::find()
        .filter(Column::InitiatorOrganizationId.eq(organization))
        .filter(Column::CreatedAt.gt(since));
    let count = query.clone().count(db).await?;
    let oldest = query
        .order_by_asc(Column::CreatedAt)
        .one(db)
        .await?
        .map(|c| c.created_at);
    Ok((count, oldest))
}

/// Whether `organization` started a conversation with the same first message (hash) with
/// another organisation than `recipient` since `since`.
pub async fn same_first_message_elsewhere(
    db: &impl ConnectionTrait,
    organization: Uuid,
    recipient: Uuid,
    hash: &str,
    since: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let found = Entity::find()
        .filter(Column::FirstMessageHash.eq(hash))
        .filter(Column::CreatedAt.gt(since))
        .filter(Column::InitiatorOrganizationId.eq(organization))
        .filter(
            Condition::any()
                .add(Column::RecipientOrganizationId.is_null())
                .add(Column::RecipientOrganizationId.ne(recipient)),
        )
        .one(db)
        .await?;
    Ok(found.is_some())
}

/// Archives (or brings back) a conversation for one side.
pub async fn set_archived(
    db: &impl ConnectionTrait,
    conversation: Model,
    side: Side,
    archived: bool,
) -> Result<Model, DbErr> {
    let at = archived.then(Utc::now);
    let mut active: ActiveModel = conversation.into();
    match side {
        Side::Initiator => active.initiator_archived_at = Set(at),
        Side::Recipient => active.recipient_archived_at = Set(at),
    }
    active.update(db).await
}

/// Marks everything up to the newest message read for a user.
pub async fn mark_read(
    db: &impl ConnectionTrait,
    conversation: Uuid,
    user: Uuid,
) -> Result<(), DbErr> {
    let newest = message::Entity::find()
        .filter(message::Column::ConversationId.eq(conversation))
        .order_by_desc(message::Column::CreatedAt)
        .one(db)
        .await?
        .map_or_else(Utc::now, |m| m.created_at);
    let updated = read::Entity::update_many()
        .col_expr(read::Column::LastReadAt, Expr::value(newest))
        .filter(read::Column::ConversationId.eq(conversation))
        .filter(read::Column::UserId.eq(user))
        .exec(db)
        .await?;
    if updated.rows_affected == 0 {
        read::ActiveModel {
            conversation_id: Set(conversation),
            user_id: Set(user),
            last_read_at: Set(newest),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Messages not from `my_organizations` that `user` has not marked read, in conversations
/// of `my_organizations`.
fn unread_messages(user: Uuid, my_organizations: &[Uuid]) -> SelectStatement {
    let orgs = my_organizations.to_vec();
    Query::select()
        .from(message::Entity)
        .join(
            JoinType::InnerJoin,
            Entity,
            Expr::col((Entity, Column::Id))
                .equals((message::Entity, message::Column::ConversationId)),
        )
        .join(
            JoinType::LeftJoin,
            read::Entity,
            Condition::all()
                .add(
                    Expr::col((read::Entity, read::Column::ConversationId))
                        .equals((message::Entity, message::Column::ConversationId)),
                )
                .add(Expr::col((read::Entity, read::Column::UserId)).eq(user)),
        )
        .cond_where(
            Condition::any()
                .add(Expr::col((Entity, Column::InitiatorOrganizationId)).is_in(orgs.clone()))
                .add(Expr::col((Entity, Column::RecipientOrganizationId)).is_in(orgs.clone())),
        )
        .cond_where(
            Condition::any()
                .add(Expr::col((read::Entity, read::Column::LastReadAt)).is_null())
                .add(
                    Expr::col((message::Entity, message::Column::CreatedAt))
                        .gt(Expr::col((read::Entity, read::Column::LastReadAt))),
                ),
        )
        .cond_where(
            Condition::any()
                .add(Expr::col((message::Entity, message::Column::SenderOrganizationId)).is_null())
                .add(
                    Expr::col((message::Entity, message::Column::SenderOrganizationId))
                        .is_not_in(orgs),
                ),
        )
        .cond_where(
            Condition::any()
                .add(Expr::col((message::Entity, message::Column::SenderUserId)).is_null())
                .add(Expr::col((message::Entity, message::Column::SenderUserId)).ne(user)),
        )
        .to_owned()
}

/// Unread messages per conversation for a user (conversations without any are left out).
pub async fn unread_counts(
    db: &impl ConnectionTrait,
    user: Uuid,
    my_organizations: &[Uuid],
    conversations: &[Uuid],
) -> Result<HashMap<Uuid, u64>, DbErr> {
    if conversations.is_empty() || my_organizations.is_empty() {
        return Ok(HashMap::new());
    }
    let query = unread_messages(user, my_organizations)
        .column((message::Entity, message::Column::ConversationId))
        .expr_as(
            Expr::col((message::Entity, message::Column::Id)).count(),
            Alias::new("unread"),
        )
        .and_where(
            Expr::col((message::Entity, message::Column::ConversationId))
                .is_in(conversations.iter().copied()),
        )
        .group_by_col((message::Entity, message::Column::ConversationId))
        .to_owned();
    let mut out = HashMap::new();
    for row in db.query_all(&query).await? {
        let id: Uuid = row.try_get("", "conversation_id")?;
        let count: i64 = row.try_get("", "unread")?;
        out.insert(id, u64::try_from(count).unwrap_or(0));
    }
    Ok(out)
}

/// Filters of the inbox (already validated).
#[derive(Debug, Clone)]
pub struct InboxFilter {
    pub user: Uuid,
    /// The caller's organisations to list (one or all of them); not empty.
    pub organizations: Vec<Uuid>,
    /// The archive instead of the inbox.
    pub archived: bool,
    pub unread_only: bool,
    /// Only conversations of this kind (`ask_expert`: an institution's question queue).
    pub kind: Option<String>,
    /// Only those not closed.
    pub open_only: bool,
    pub offset: u64,
    pub limit: u64,
}

/// One page of an inbox, most recent activity first, with the total.
pub async fn inbox(
    db: &impl ConnectionTrait,
    filter: &InboxFilter,
) -> Result<(Vec<Model>, u64), DbErr> {
    let orgs = filter.organizations.clone();
    let archived = |column: Column| {
        if filter.archived {
            column.is_not_null()
        } else {
            column.is_null()
        }
    };
    let mut condition = Condition::any()
        .add(
            Condition::all()
                .add(Column::InitiatorOrganizationId.is_in(orgs.clone()))
                .add(archived(Column::InitiatorArchivedAt)),
        )
        .add(
            Condition::all()
                .add(Column::RecipientOrganizationId.is_in(orgs.clone()))
                .add(archived(Column::RecipientArchivedAt)),
        );
    if filter.unread_only {
        let with_unread = unread_messages(filter.user, &orgs)
            .column((message::Entity, message::Column::ConversationId))
            .to_owned();
        condition = Condition::all()
            .add(condition)
            .add(Column::Id.in_subquery(with_unread));
    }
    if let Some(kind) = &filter.kind {
        condition = Condition::all()
            .add(condition)
            .add(Column::Kind.eq(kind.clone()));
    }
    if filter.open_only {
        condition = Condition::all()
            .add(condition)
            .add(Column::ClosedAt.is_null());
    }
    let query = Entity::find().filter(condition);
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by(Column::LastMessageAt, Order::Desc)
        .order_by_asc(Column::Id)
        .offset(filter.offset)
        .limit(filter.limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// Blocks between two organisations: (`a` blocked `b`, `b` blocked `a`).
pub async fn blocks_between(
    db: &impl ConnectionTrait,
    a: Uuid,
    b: Uuid,
) -> Result<(bool, bool), DbErr> {
    let a_blocks = block::Entity::find_by_id((a, b)).one(db).await?.is_some();
    let b_blocks = block::Entity::find_by_id((b, a)).one(db).await?.is_some();
    Ok((a_blocks, b_blocks))
}

/// `organization` blocks `other` (nothing happens if it already does).
pub async fn block(
    db: &impl ConnectionTrait,
    organization: Uuid,
    other: Uuid,
    by: Uuid,
) -> Result<(), DbErr> {
    if block::Entity::find_by_id((organization, other))
        .one(db)
        .await?
        .is_none()
    {
        block::ActiveModel {
            organization_id: Set(organization),
            blocked_organization_id: Set(other),
            created_by: Set(Some(by)),
            created_at: Set(Utc::now()),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Lifts a block; returns whether there was one.
pub async fn unblock(
    db: &impl ConnectionTrait,
    organization: Uuid,
    other: Uuid,
) -> Result<bool, DbErr> {
    let res = block::Entity::delete_by_id((organization, other))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}

/// Stores an abuse report.
pub async fn create_report(
    db: &impl ConnectionTrait,
    conversation: Uuid,
    reporter_organization: Option<Uuid>,
    reporter: Uuid,
    reason: String,
) -> Result<report::Model, DbErr> {
    report::ActiveModel {
        id: Set(Uuid::new_v4()),
        conversation_id: Set(conversation),
        reporter_organization_id: Set(reporter_organization),
        reporter_user_id: Set(Some(reporter)),
        reason: Set(reason),
        status: Set(OPEN.to_owned()),
        outcome: Set(None),
        note: Set(None),
        resolved_by: Set(None),
        resolved_at: Set(None),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await
}

/// One page of reports with a status, oldest first, with their conversations, and the total.
pub async fn reports(
    db: &impl ConnectionTrait,
    status: ReportStatus,
    offset: u64,
    limit: u64,
) -> Result<(Vec<(report::Model, Model)>, u64), DbErr> {
    let query = report::Entity::find().filter(report::Column::Status.eq(status_str(status)));
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_asc(report::Column::CreatedAt)
        .order_by_asc(report::Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        if let Some(conversation) = get(db, row.conversation_id).await? {
            out.push((row, conversation));
        }
    }
    Ok((out, total))
}

/// A report with its conversation.
pub async fn report(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<(report::Model, Model)>, DbErr> {
    let Some(row) = report::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(get(db, row.conversation_id).await?.map(|c| (row, c)))
}

/// Whether a conversation has an open report (platform admins may then read it).
pub async fn has_open_report(db: &impl ConnectionTrait, conversation: Uuid) -> Result<bool, DbErr> {
    Ok(report::Entity::find()
        .filter(report::Column::ConversationId.eq(conversation))
        .filter(report::Column::Status.eq(OPEN))
        .count(db)
        .await?
        > 0)
}

/// Resolves a report.
pub async fn resolve_report(
    db: &impl ConnectionTrait,
    current: report::Model,
    outcome: ReportOutcome,
    note: Option<String>,
    by: Uuid,
) -> Result<report::Model, DbErr> {
    let mut active: report::ActiveModel = current.into();
    active.status = Set(RESOLVED.to_owned());
    active.outcome = Set(Some(enum_str(&outcome)));
    active.note = Set(note);
    active.resolved_by = Set(Some(by));
    active.resolved_at = Set(Some(Utc::now()));
    active.update(db).await
}

fn status_str(status: ReportStatus) -> &'static str {
    match status {
        ReportStatus::Open => OPEN,
        ReportStatus::Resolved => RESOLVED,
    }
}

impl report::Model {
    pub fn is_open(&self) -> bool {
        self.status == OPEN
    }

    /// The API form; the reporter's side is looked up in `orgs`.
    pub fn into_api(
        self,
        conversation: &Model,
        orgs: &HashMap<Uuid, organization::Model>,
        reporter_name: Option<String>,
    ) -> ConversationReport {
        let reporter_side = if self.reporter_organization_id.is_some()
            && self.reporter_organization_id == conversation.recipient_organization_id
        {
            Side::Recipient
        } else {
            Side::Initiator
        };
        let side_party = |side: Side| {
            party(
                conversation.organization(side).and_then(|o| orgs.get(&o)),
                conversation.country(side),
            )
        };
        ConversationReport {
            id: self.id,
            conversation_id: self.conversation_id,
            status: if self.is_open() {
                ReportStatus::Open
            } else {
                ReportStatus::Resolved
            },
            reason: self.reason,
            reporter_organization: side_party(reporter_side),
            reported_organization: side_party(reporter_side.other()),
            reporter_name,
            outcome: self.outcome.as_deref().and_then(enum_parse),
            note: self.note,
            resolved_at: self.resolved_at,
            created_at: self.created_at,
        }
    }
}

/// A checked upload, ready to store.
#[derive(Debug, Clone)]
pub struct NewAttachment {
    pub id: Uuid,
    pub uploaded_by: Uuid,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: u64,
    pub sha256: String,
}

/// Records an upload (not yet attached to a message).
pub async fn create_attachment(
    db: &impl ConnectionTrait,
    new: NewAttachment,
) -> Result<attachment::Model, DbErr> {
    attachment::ActiveModel {
        id: Set(new.id),
        message_id: Set(None),
        uploaded_by: Set(Some(new.uploaded_by)),
        file_name: Set(new.file_name),
        content_type: Set(new.content_type),
        size_bytes: Set(i64::try_from(new.size_bytes).unwrap_or(i64::MAX)),
        sha256: Set(new.sha256),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await
}

/// An attachment by id.
pub async fn attachment(
    db: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<attachment::Model>, DbErr> {
    attachment::Entity::find_by_id(id).one(db).await
}

/// The user's uploads among `ids` that are not attached to a message yet.
pub async fn unsent_uploads(
    db: &impl ConnectionTrait,
    user: Uuid,
    ids: &[Uuid],
) -> Result<Vec<attachment::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    attachment::Entity::find()
        .filter(attachment::Column::Id.is_in(ids.iter().copied()))
        .filter(attachment::Column::UploadedBy.eq(user))
        .filter(attachment::Column::MessageId.is_null())
        .all(db)
        .await
}

/// How many not yet sent uploads a user made since `since`.
pub async fn unsent_uploads_since(
    db: &impl ConnectionTrait,
    user: Uuid,
    since: DateTime<Utc>,
) -> Result<u64, DbErr> {
    attachment::Entity::find()
        .filter(attachment::Column::UploadedBy.eq(user))
        .filter(attachment::Column::MessageId.is_null())
        .filter(attachment::Column::CreatedAt.gt(since))
        .count(db)
        .await
}

/// Unsent uploads older than `before` (their files can be deleted), at most `limit`.
pub async fn stale_uploads(
    db: &impl ConnectionTrait,
    before: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<attachment::Model>, DbErr> {
    attachment::Entity::find()
        .filter(attachment::Column::MessageId.is_null())
        .filter(attachment::Column::CreatedAt.lt(before))
        .order_by_asc(attachment::Column::CreatedAt)
        .limit(limit)
        .all(db)
        .await
}

/// Deletes unsent attachment rows (the caller removes the files).
pub async fn delete_unsent(db: &impl ConnectionTrait, ids: &[Uuid]) -> Result<u64, DbErr> {
    if ids.is_empty() {
        return Ok(0);
    }
    let res = attachment::Entity::delete_many()
        .filter(attachment::Column::Id.is_in(ids.iter().copied()))
        .filter(attachment::Column::MessageId.is_null())
        .exec(db)
        .await?;
    Ok(res.rows_affected)
}

/// The API form of an attachment.
pub fn attachment_into_api(a: attachment::Model) -> Attachment {
    Attachment {
        url: format!("{ATTACHMENT_URL_PREFIX}{}", a.id),
        id: a.id,
        file_name: a.file_name,
        content_type: a.content_type,
        size_bytes: u64::try_from(a.size_bytes).unwrap_or(0),
        created_at: a.created_at,
    }
}

/// Contacts started in a period, by whether the two organisations are in the same country.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ContactCounts {
    pub domestic: u64,
    pub cross_border: u64,
}

/// Conversations started since `since` (demo data left out), domestic and cross-border:
/// the programme's contact indicator.
pub async fn contact_counts(
    db: &impl ConnectionTrait,
    since: DateTime<Utc>,
) -> Result<ContactCounts, DbErr> {
    let base = Entity::find()
        .filter(Column::CreatedAt.gte(since))
        .filter(Column::Demo.eq(false));
    Ok(ContactCounts {
        domestic: base
            .clone()
            .filter(Column::CrossBorder.eq(false))
            .count(db)
            .await?,
        cross_border: base.filter(Column::CrossBorder.eq(true)).count(db).await?,
    })
}

/// An opportunity of an organisation by its stored title (see `opportunities::title_key`).
pub async fn opportunity_by_title(
    db: &impl ConnectionTrait,
    organization: Uuid,
    title_key: &str,
) -> Result<Option<Uuid>, DbErr> {
    Ok(opportunity::Entity::find()
        .filter(opportunity::Column::OrganizationId.eq(organization))
        .filter(opportunity::Column::Title.eq(title_key))
        .one(db)
        .await?
        .map(|o| o.id))
}

/// The demo conversations already stored, by thread key (keeps `seed --demo` idempotent).
pub async fn demo_thread_keys(db: &impl ConnectionTrait) -> Result<HashSet<String>, DbErr> {
    Ok(Entity::find()
        .filter(Column::Demo.eq(true))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.thread_key)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_thread_key_per_pair_and_opportunity_in_either_direction() {
        let a = Uuid::new_v4();
        let b = Uuid::new_v4();
        let o = Uuid::new_v4();
        assert_eq!(thread_key(a, b, None), thread_key(b, a, None));
        assert_eq!(thread_key(a, b, Some(o)), thread_key(b, a, Some(o)));
        assert_ne!(thread_key(a, b, None), thread_key(a, b, Some(o)));
        assert!(thread_key(a, b, Some(o)).len() <= 120);
    }

    #[test]
    fn previews_are_one_line_and_short() {
        assert_eq!(
            preview("Guten Tag,\n\nwir  liefern."),
            "Guten Tag, wir liefern."
        );
        let long = "ř".repeat(500);
        let p = preview(&long);
        assert_eq!(p.chars().count(), PREVIEW_CHARS);
        assert!(p.ends_with('…'));
    }
}

/// Every message an account wrote, oldest first (for its data export).
pub async fn messages_by_user(
    db: &impl ConnectionTrait,
    user: Uuid,
) -> Result<Vec<message::Model>, DbErr> {
    message::Entity::find()
        .filter(message::Column::SenderUserId.eq(user))
        .order_by_asc(message::Column::CreatedAt)
        .all(db)
        .await
}
