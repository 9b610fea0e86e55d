//! In-app notifications of users (generic: conversations now, shortage alerts and saved
//! searches later), and when a mail about them last went out.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use glokal_api_types::LocalizedText;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use crate::encoding::{from_json, json};
use crate::entities::notification::{ActiveModel, Column, Entity, Model};

/// Texts given per language instead of message ids (e.g. an opportunity's own title).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NotificationTexts {
    pub title: LocalizedText,
    pub body: LocalizedText,
}

/// A notification to store.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewNotification {
    pub user_id: Uuid,
    /// What happened, e.g. `message_received`.
    pub kind: String,
    /// Fluent message ids of title and body, rendered with `params`.
    pub title_key: Option<String>,
    pub body_key: Option<String>,
    pub params: BTreeMap<String, String>,
    /// Or the texts themselves per language.
    pub texts: Option<NotificationTexts>,
    /// Path in the SPA.
    pub link: Option<String>,
    /// Notifications about the same thing (`conversation:<id>`), for mail throttling.
    pub group_key: Option<String>,
    /// Not shown in the app (kept for mail throttling only).
    pub hidden: bool,
}

impl Model {
    /// The message arguments.
    pub fn params(&self) -> BTreeMap<String, String> {
        from_json(&self.params)
    }

    /// Texts per language, if given instead of message ids.
    pub fn texts(&self) -> Option<NotificationTexts> {
        self.texts
            .as_deref()
            .and_then(|t| serde_json::from_str(t).ok())
    }
}

/// Stores a notification.
pub async fn create(db: &impl ConnectionTrait, new: NewNotification) -> Result<Model, DbErr> {
    ActiveModel {
        id: Set(Uuid::new_v4()),
        user_id: Set(new.user_id),
        kind: Set(new.kind),
        title_key: Set(new.title_key),
        body_key: Set(new.body_key),
        params: Set(json(&new.params)),
        texts: Set(new.texts.as_ref().map(json)),
        link: Set(new.link),
        group_key: Set(new.group_key),
        read_at: Set(None),
        mailed_at: Set(None),
        hidden: Set(new.hidden),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await
}

/// Whether a mail about `group_key` went to the user since `since`.
pub async fn mailed_since(
    db: &impl ConnectionTrait,
    user: Uuid,
    group_key: &str,
    since: DateTime<Utc>,
) -> Result<bool, DbErr> {
    Ok(Entity::find()
        .filter(Column::UserId.eq(user))
        .filter(Column::GroupKey.eq(group_key))
        .filter(Column::MailedAt.gt(since))
        .count(db)
        .await?
        > 0)
}

/// Records that a mail went out for this notification.
pub async fn mark_mailed(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::MailedAt, Expr::value(Utc::now()))
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// One page of a user's notifications, newest first, with the total.
pub async fn list(
    db: &impl ConnectionTrait,
    user: Uuid,
    unread_only: bool,
    offset: u64,
    limit: u64,
) -> Result<(Vec<Model>, u64), DbErr> {
    let mut query = Entity::find()
        .filter(Column::UserId.eq(user))
        .filter(Column::Hidden.eq(false));
    if unread_only {
        query = query.filter(Column::ReadAt.is_null());
    }
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_desc(Column::CreatedAt)
        .order_by_desc(Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// How many unread notifications a user has.
pub async fn unread_count(db: &impl ConnectionTrait, user: Uuid) -> Result<u64, DbErr> {
    Entity::find()
        .filter(Column::UserId.eq(user))
        .filter(Column::Hidden.eq(false))
        .filter(Column::ReadAt.is_null())
        .count(db)
        .await
}

/// Marks a user's notifications read: the given ones, or all with `None`.
pub async fn mark_read(
    db: &impl ConnectionTrait,
    user: Uuid,
    ids: Option<&[Uuid]>,
) -> Result<u64, DbErr> {
    let mut update = Entity::update_many()
        .col_expr(Column::ReadAt, Expr::value(Utc::now()))
        .filter(Column::UserId.eq(user))
        .filter(Column::ReadAt.is_null());
    if let Some(ids) = ids {
        if ids.is_empty() {
            return Ok(0);
        }
        update = update.filter(Column::Id.is_in(ids.iter().copied()));
    }
    Ok(update.exec(db).await?.rows_affected)
}

/// Marks a user's unread notifications about one thing read (e.g. when they read the
/// conversation).
pub async fn mark_group_read(
    db: &impl ConnectionTrait,
    user: Uuid,
    group_key: &str,
) -> Result<u64, DbErr> {
    Ok(Entity::update_many()
        .col_expr(Column::ReadAt, Expr::value(Utc::now()))
        .filter(Column::UserId.eq(user))
        .filter(Column::GroupKey.eq(group_key))
        .filter(Column::ReadAt.is_null())
        .exec(db)
        .await?
        .rows_affected)
}
