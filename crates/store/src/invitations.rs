//! Invitations to join an organisation, for addresses without an account yet.

use chrono::{DateTime, Utc};
use glokal_api_types::MemberRole;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

use crate::entities::organization_invitation::{ActiveModel, Column, Entity, Model};

/// A new invitation's data (the token itself is only ever stored hashed).
pub struct NewInvitation {
    pub organization_id: Uuid,
    pub email: String,
    pub role: MemberRole,
    pub token_hash: String,
    pub invited_by: Uuid,
    pub expires_at: DateTime<Utc>,
}

impl Model {
    /// The invited role (`editor` if the stored value is unknown).
    pub fn member_role(&self) -> MemberRole {
        if self.role == "owner" {
            MemberRole::Owner
        } else {
            MemberRole::Editor
        }
    }
}

/// Stores an invitation, replacing an open one for the same address and organisation.
pub async fn create(db: &impl ConnectionTrait, new: NewInvitation) -> Result<Model, DbErr> {
    Entity::delete_many()
        .filter(Column::OrganizationId.eq(new.organization_id))
        .filter(Column::Email.eq(new.email.clone()))
        .exec(db)
        .await?;
    ActiveModel {
        id: Set(Uuid::new_v4()),
        organization_id: Set(new.organization_id),
        email: Set(new.email),
        role: Set(match new.role {
            MemberRole::Owner => "owner".to_owned(),
            MemberRole::Editor => "editor".to_owned(),
        }),
        token_hash: Set(new.token_hash),
        invited_by: Set(Some(new.invited_by)),
        created_at: Set(Utc::now()),
        expires_at: Set(new.expires_at),
    }
    .insert(db)
    .await
}

/// An unexpired invitation by its token's hash.
pub async fn find_open(
    db: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<Model>, DbErr> {
    Ok(Entity::find()
        .filter(Column::TokenHash.eq(token_hash))
        .one(db)
        .await?
        .filter(|i| i.expires_at > Utc::now()))
}

/// Unexpired invitations of an organisation, newest first.
pub async fn list_open(db: &impl ConnectionTrait, organization: Uuid) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::OrganizationId.eq(organization))
        .filter(Column::ExpiresAt.gt(Utc::now()))
        .order_by_desc(Column::CreatedAt)
        .all(db)
        .await
}

/// Deletes an invitation of an organisation; returns whether it existed.
pub async fn delete(
    db: &impl ConnectionTrait,
    organization: Uuid,
    id: Uuid,
) -> Result<bool, DbErr> {
    let res = Entity::delete_many()
        .filter(Column::OrganizationId.eq(organization))
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}
