//! Per person and category: whether notifications appear in the app and go out by mail.

use chrono::Utc;
use glokal_api_types::{NotificationCategory, NotificationChannels};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::entities::notification_preference::{ActiveModel, Column, Entity};

/// Every category with its channels (both on where nothing was chosen).
pub async fn get(
    db: &impl ConnectionTrait,
    user: Uuid,
) -> Result<Vec<NotificationChannels>, DbErr> {
    let rows = Entity::find()
        .filter(Column::UserId.eq(user))
        .all(db)
        .await?;
    Ok(NotificationCategory::ALL
        .into_iter()
        .map(|category| {
            let row = rows.iter().find(|r| r.category == category.as_str());
            NotificationChannels {
                category,
                in_app: row.is_none_or(|r| r.in_app),
                email: row.is_none_or(|r| r.email),
            }
        })
        .collect())
}

/// The channels in effect for one category: no e-mail when the person turned off
/// notification mails altogether (privacy setting `email_notifications`).
pub async fn channels(
    db: &impl ConnectionTrait,
    user: Uuid,
    category: NotificationCategory,
) -> Result<NotificationChannels, DbErr> {
    let row = Entity::find()
        .filter(Column::UserId.eq(user))
        .filter(Column::Category.eq(category.as_str()))
        .one(db)
        .await?;
    let mails_wanted = crate::users::find_by_id(db, user)
        .await?
        .is_some_and(|u| u.email_notifications);
    Ok(NotificationChannels {
        category,
        in_app: row.as_ref().is_none_or(|r| r.in_app),
        email: mails_wanted && row.as_ref().is_none_or(|r| r.email),
    })
}

/// Stores the channels of one category.
pub async fn set(
    db: &impl ConnectionTrait,
    user: Uuid,
    channels: NotificationChannels,
) -> Result<(), DbErr> {
    Entity::insert(ActiveModel {
        user_id: Set(user),
        category: Set(channels.category.as_str().to_owned()),
        in_app: Set(channels.in_app),
        email: Set(channels.email),
        updated_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([Column::UserId, Column::Category])
            .update_columns([Column::InApp, Column::Email, Column::UpdatedAt])
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}
