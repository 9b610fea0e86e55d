//! GDPR: privacy settings (columns of `users`) and the append-only consent record.

use chrono::Utc;
use glokal_api_types::{
    ConsentKind, ConsentRecord, ContactDataVisibility, PrivacySettings, ProfileVisibility,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

use crate::encoding::enum_parse;
use crate::entities::{consent, user};

impl user::Model {
    /// The person's privacy settings (unknown stored values fall back to the defaults).
    pub fn privacy(&self) -> PrivacySettings {
        PrivacySettings {
            profile_visibility: enum_parse(&self.profile_visibility).unwrap_or_default(),
            contact_visibility: enum_parse(&self.contact_visibility).unwrap_or_default(),
            email_notifications: self.email_notifications,
        }
    }

    /// Whether people outside the person's organisations may see their name.
    pub fn name_public(&self) -> bool {
        self.privacy().profile_visibility == ProfileVisibility::LoggedIn
    }

    /// Whether confirmed meeting partners may see the person's e-mail address.
    pub fn email_for_partners(&self) -> bool {
        self.privacy().contact_visibility == ContactDataVisibility::MeetingPartners
    }
}

/// Stores new privacy settings; returns the updated account.
pub async fn set_settings(
    db: &impl ConnectionTrait,
    current: user::Model,
    settings: PrivacySettings,
) -> Result<user::Model, DbErr> {
    let mut active: user::ActiveModel = current.into();
    active.profile_visibility = Set(settings.profile_visibility.as_str().to_owned());
    active.contact_visibility = Set(settings.contact_visibility.as_str().to_owned());
    active.email_notifications = Set(settings.email_notifications);
    active.updated_at = Set(Utc::now());
    active.update(db).await
}

/// Appends a consent record.
pub async fn record_consent(
    db: &impl ConnectionTrait,
    user: Uuid,
    kind: ConsentKind,
    text_version: &str,
    granted: bool,
) -> Result<ConsentRecord, DbErr> {
    let model = consent::ActiveModel {
        id: Set(Uuid::new_v4()),
        user_id: Set(user),
        kind: Set(kind.as_str().to_owned()),
        text_version: Set(text_version.to_owned()),
        granted: Set(granted),
        recorded_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(into_api(model).expect("a kind just written"))
}

/// Every consent record of a person, newest first (records of kinds no longer known are
/// left out).
pub async fn consents(db: &impl ConnectionTrait, user: Uuid) -> Result<Vec<ConsentRecord>, DbErr> {
    Ok(consent::Entity::find()
        .filter(consent::Column::UserId.eq(user))
        .order_by_desc(consent::Column::RecordedAt)
        .order_by_desc(consent::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter_map(into_api)
        .collect())
}

fn into_api(model: consent::Model) -> Option<ConsentRecord> {
    Some(ConsentRecord {
        kind: enum_parse(&model.kind)?,
        text_version: model.text_version,
        granted: model.granted,
        recorded_at: model.recorded_at,
    })
}
