//! The durable mail outbox: mails are stored first and sent by a worker, with retries.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

pub use crate::entities::mail_outbox::Model as OutboxMail;
use crate::entities::mail_outbox::{ActiveModel, Column, Entity};

/// How long a worker holds a claimed mail before another may try it.
const CLAIM_SECONDS: i64 = 120;

/// Stores a mail for sending.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    user_id: Option<Uuid>,
    to: &str,
    subject: &str,
    body: &str,
) -> Result<Uuid, DbErr> {
    enqueue_with_attachment(db, user_id, to, subject, body, None).await
}

/// One text attachment of a mail (e.g. an event's `.ics`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// File name shown to the recipient.
    pub name: String,
    /// MIME type with parameters, e.g. `text/calendar; charset=utf-8; method=PUBLISH`.
    pub content_type: String,
    pub body: String,
}

impl OutboxMail {
    /// The attachment, if the mail has one (mails stored before attachments existed have none).
    pub fn attachment(&self) -> Option<Attachment> {
        Some(Attachment {
            name: self.attachment_name.clone()?,
            content_type: self.attachment_content_type.clone()?,
            body: self.attachment_body.clone()?,
        })
    }
}

/// Stores a mail for sending, with an optional attachment.
pub async fn enqueue_with_attachment(
    db: &impl ConnectionTrait,
    user_id: Option<Uuid>,
    to: &str,
    subject: &str,
    body: &str,
    attachment: Option<&Attachment>,
) -> Result<Uuid, DbErr> {
    insert(db, user_id, to, subject, body, attachment, None).await
}

/// Stores a mail that carries a one-click unsubscribe link (alerts, saved-search digests).
pub async fn enqueue_with_unsubscribe(
    db: &impl ConnectionTrait,
    user_id: Option<Uuid>,
    to: &str,
    subject: &str,
    body: &str,
    unsubscribe_url: &str,
) -> Result<Uuid, DbErr> {
    insert(db, user_id, to, subject, body, None, Some(unsubscribe_url)).await
}

async fn insert(
    db: &impl ConnectionTrait,
    user_id: Option<Uuid>,
    to: &str,
    subject: &str,
    body: &str,
    attachment: Option<&Attachment>,
    unsubscribe_url: Option<&str>,
) -> Result<Uuid, DbErr> {
    let now = Utc::now();
    let id = Uuid::new_v4();
    ActiveModel {
        id: Set(id),
        user_id: Set(user_id),
        to_address: Set(to.to_owned()),
        subject: Set(subject.to_owned()),
        body_text: Set(body.to_owned()),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(now),
        locked_until: Set(None),
        sent_at: Set(None),
        last_error: Set(None),
        attachment_name: Set(attachment.map(|a| a.name.clone())),
        attachment_content_type: Set(attachment.map(|a| a.content_type.clone())),
        attachment_body: Set(attachment.map(|a| a.body.clone())),
        unsubscribe_url: Set(unsubscribe_url.map(str::to_owned)),
    }
    .insert(db)
    .await?;
    Ok(id)
}

/// Claims up to `limit` due, unsent mails for this worker (safe with several processes).
pub async fn claim_due(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<OutboxMail>, DbErr> {
    let now = Utc::now();
    let candidates = Entity::find()
        .filter(Column::SentAt.is_null())
        .filter(Column::NextAttemptAt.lte(now))
        .filter(
            Condition::any()
                .add(Column::LockedUntil.is_null())
                .add(Column::LockedUntil.lt(now)),
        )
        .order_by_asc(Column::NextAttemptAt)
        .limit(limit)
        .all(db)
        .await?;
    let mut claimed = Vec::with_capacity(candidates.len());
    for mail in candidates {
        let result = Entity::update_many()
            .col_expr(
                Column::LockedUntil,
                Expr::value(now + Duration::seconds(CLAIM_SECONDS)),
            )
            .filter(Column::Id.eq(mail.id))
            .filter(Column::SentAt.is_null())
            .filter(
                Condition::any()
                    .add(Column::LockedUntil.is_null())
                    .add(Column::LockedUntil.lt(now)),
            )
            .exec(db)
            .await?;
        if result.rows_affected == 1 {
            claimed.push(mail);
        }
    }
    Ok(claimed)
}

/// Records a successful delivery.
pub async fn mark_sent(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::SentAt, Expr::value(Utc::now()))
        .col_expr(
            Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
        .col_expr(Column::LastError, Expr::value(Option::<String>::None))
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Records a failed attempt and when to try again.
pub async fn mark_failed(
    db: &impl ConnectionTrait,
    id: Uuid,
    error: &str,
    retry_at: DateTime<Utc>,
) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::NextAttemptAt, Expr::value(retry_at))
        .col_expr(
            Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
        .col_expr(
            Column::LastError,
            Expr::value(error.chars().take(2000).collect::<String>()),
        )
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Mails of a user (data export), oldest first.
pub async fn list_for_user(
    db: &impl ConnectionTrait,
    user_id: Uuid,
) -> Result<Vec<OutboxMail>, DbErr> {
    Entity::find()
        .filter(Column::UserId.eq(user_id))
        .order_by_asc(Column::CreatedAt)
        .all(db)
        .await
}

/// Deletes the mails of a user (account deletion).
pub async fn delete_for_user(db: &impl ConnectionTrait, user_id: Uuid) -> Result<(), DbErr> {
    Entity::delete_many()
        .filter(Column::UserId.eq(user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes one mail.
pub async fn delete(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// Number of mails not yet sent (for monitoring).
pub async fn pending_count(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    Entity::find()
        .filter(Column::SentAt.is_null())
        .count(db)
        .await
}
