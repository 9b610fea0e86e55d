//! One-time tokens behind e-mail links.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};
use uuid::Uuid;

use crate::entities::user_token::{ActiveModel, Column, Entity};

/// What a link token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    VerifyEmail,
    ResetPassword,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Purpose::VerifyEmail => "verify_email",
            Purpose::ResetPassword => "reset_password",
        }
    }
}

/// Stores a new token, invalidating earlier unused ones of the same purpose.
pub async fn issue(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    purpose: Purpose,
    token_hash: String,
    expires_at: DateTime<Utc>,
) -> Result<(), DbErr> {
    invalidate(db, user_id, purpose).await?;
    ActiveModel {
        id: Set(Uuid::new_v4()),
        user_id: Set(user_id),
        purpose: Set(purpose.as_str().to_owned()),
        token_hash: Set(token_hash),
        created_at: Set(Utc::now()),
        expires_at: Set(expires_at),
        used_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Uses a token once: returns its user when the token exists, has this purpose, is
/// unused and not expired. Check and use are one statement, so it works exactly once.
pub async fn consume(
    db: &impl ConnectionTrait,
    token_hash: &str,
    purpose: Purpose,
) -> Result<Option<Uuid>, DbErr> {
    let now = Utc::now();
    let Some(token) = Entity::find()
        .filter(Column::TokenHash.eq(token_hash))
        .filter(Column::Purpose.eq(purpose.as_str()))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let result = Entity::update_many()
        .col_expr(Column::UsedAt, Expr::value(now))
        .filter(Column::Id.eq(token.id))
        .filter(Column::UsedAt.is_null())
        .filter(Column::ExpiresAt.gt(now))
        .exec(db)
        .await?;
    Ok((result.rows_affected == 1).then_some(token.user_id))
}

/// Marks all unused tokens of a purpose as used.
pub async fn invalidate(
    db: &impl ConnectionTrait,
    user_id: Uuid,
    purpose: Purpose,
) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::UsedAt, Expr::value(Utc::now()))
        .filter(Column::UserId.eq(user_id))
        .filter(Column::Purpose.eq(purpose.as_str()))
        .filter(Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
