//! Refresh tokens: one row per issued token, grouped into families (one per login).

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

use crate::entities::refresh_token::{ActiveModel, Column, Entity, Model};

/// Stores a new token of a family.
pub async fn insert(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    family_id: Uuid,
    token_hash: String,
    expires_at: DateTime<Utc>,
) -> Result<Model, DbErr> {
    ActiveModel {
        id: Set(Uuid::new_v4()),
        user_id: Set(user_id),
        family_id: Set(family_id),
        token_hash: Set(token_hash),
        created_at: Set(Utc::now()),
        expires_at: Set(expires_at),
        rotated_at: Set(None),
        revoked_at: Set(None),
    }
    .insert(db)
    .await
}

/// Looks a token up by its hash.
pub async fn find_by_hash(
    db: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<Model>, DbErr> {
    Entity::find()
        .filter(Column::TokenHash.eq(token_hash))
        .one(db)
        .await
}

/// Marks a token as used for rotation. Returns `false` when another request already
/// rotated or revoked it (the check and the write are one statement).
pub async fn mark_rotated(db: &impl ConnectionTrait, id: Uuid) -> Result<bool, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::RotatedAt, Expr::value(Utc::now()))
        .filter(Column::Id.eq(id))
        .filter(Column::RotatedAt.is_null())
        .filter(Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Revokes every token of a family (logout, or reuse of a rotated token).
pub async fn revoke_family(db: &impl ConnectionTrait, family_id: Uuid) -> Result<u64, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::RevokedAt, Expr::value(Utc::now()))
        .filter(Column::FamilyId.eq(family_id))
        .filter(Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

/// Revokes all sessions of a user (password change or reset).
pub async fn revoke_all_for_user(db: &impl ConnectionTrait, user_id: Uuid) -> Result<u64, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::RevokedAt, Expr::value(Utc::now()))
        .filter(Column::UserId.eq(user_id))
        .filter(Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

/// All tokens of a user, oldest first (for the data export).
pub async fn list_for_user(db: &impl ConnectionTrait, user_id: Uuid) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::UserId.eq(user_id))
        .order_by_asc(Column::CreatedAt)
        .all(db)
        .await
}
