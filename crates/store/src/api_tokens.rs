//! Scoped API tokens of institutions.

use chrono::{DateTime, Duration, Utc};
use glokal_api_types::{ApiScope, ApiToken};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

use crate::encoding::{join_list, split_list};
pub use crate::entities::api_token::Model;
use crate::entities::api_token::{ActiveModel, Column, Entity};

impl Model {
    pub fn scopes(&self) -> Vec<ApiScope> {
        split_list(&self.scopes)
            .iter()
            .filter_map(|s| ApiScope::parse(s))
            .collect()
    }

    pub fn into_api(self) -> ApiToken {
        ApiToken {
            scopes: self.scopes(),
            id: self.id,
            organization_id: self.organization_id,
            name: self.name,
            prefix: self.prefix,
            created_at: self.created_at,
            last_used_at: self.last_used_at,
            revoked_at: self.revoked_at,
        }
    }
}

/// Stores a new token by its hash.
pub async fn create(
    db: &impl ConnectionTrait,
    organization: Uuid,
    name: String,
    scopes: &[ApiScope],
    token_hash: String,
    prefix: String,
    created_by: Uuid,
) -> Result<Model, DbErr> {
    let scopes: Vec<String> = scopes.iter().map(|s| s.as_str().to_owned()).collect();
    ActiveModel {
        id: Set(Uuid::new_v4()),
        organization_id: Set(organization),
        name: Set(name),
        scopes: Set(join_list(&scopes)),
        token_hash: Set(token_hash),
        prefix: Set(prefix),
        created_by: Set(Some(created_by)),
        created_at: Set(Utc::now()),
        last_used_at: Set(None),
        revoked_at: Set(None),
    }
    .insert(db)
    .await
}

/// An organisation's tokens, newest first.
pub async fn list(db: &impl ConnectionTrait, organization: Uuid) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::OrganizationId.eq(organization))
        .order_by_desc(Column::CreatedAt)
        .order_by_desc(Column::Id)
        .all(db)
        .await
}

/// One token of an organisation.
pub async fn get(
    db: &impl ConnectionTrait,
    organization: Uuid,
    id: Uuid,
) -> Result<Option<Model>, DbErr> {
    Entity::find_by_id(id)
        .filter(Column::OrganizationId.eq(organization))
        .one(db)
        .await
}

/// The token with this hash.
pub async fn by_hash(db: &impl ConnectionTrait, hash: &str) -> Result<Option<Model>, DbErr> {
    Entity::find()
        .filter(Column::TokenHash.eq(hash))
        .one(db)
        .await
}

/// Revokes a token (again: no change).
pub async fn revoke(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::RevokedAt, Expr::value(Utc::now()))
        .filter(Column::Id.eq(id))
        .filter(Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Records a use, at most once a minute per token.
pub async fn touch(
    db: &impl ConnectionTrait,
    token: &Model,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if token
        .last_used_at
        .is_some_and(|at| now - at < Duration::minutes(1))
    {
        return Ok(());
    }
    Entity::update_many()
        .col_expr(Column::LastUsedAt, Expr::value(now))
        .filter(Column::Id.eq(token.id))
        .exec(db)
        .await?;
    Ok(())
}
