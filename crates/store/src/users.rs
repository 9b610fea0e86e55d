//! User accounts.

use chrono::Utc;
use glokal_api_types::{ContactDataVisibility, ProfileVisibility, User};
use glokal_domain::{Language, Role};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, SqlErr,
};
use uuid::Uuid;

use crate::entities::user::{self, ActiveModel, Column, Entity, Model};

/// What `create` needs; the password arrives already hashed.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: String,
    pub password_hash: String,
    pub display_name: String,
    pub preferred_language: Language,
    pub role: Role,
    /// Accounts created by an administrator on the command line are confirmed already.
    pub email_verified: bool,
}

/// Why a user could not be created.
#[derive(Debug, thiserror::Error)]
pub enum CreateUserError {
    #[error("the e-mail address is already registered")]
    EmailTaken,
    #[error(transparent)]
    Db(#[from] DbErr),
}

impl Model {
    /// The account as the API shows it to its owner.
    pub fn into_api(self) -> User {
        let (preferred_language, role) = (self.language(), self.role());
        User {
            id: self.id,
            email: self.email,
            display_name: self.display_name,
            preferred_language,
            role,
            email_verified: self.email_verified_at.is_some(),
            created_at: self.created_at,
        }
    }

    /// Stored language; unknown values (never written by us) fall back to German.
    pub fn language(&self) -> Language {
        self.preferred_language.parse().unwrap_or_default()
    }

    /// Stored role; unknown values fall back to the least privileged role.
    pub fn role(&self) -> Role {
        self.role.parse().unwrap_or(Role::Member)
    }
}

/// Inserts a new account; a taken e-mail address is reported as such (case-insensitive,
/// addresses are stored lower-case).
pub async fn create(db: &impl ConnectionTrait, new: NewUser) -> Result<Model, CreateUserError> {
    let now = Utc::now();
    let model = ActiveModel {
        id: Set(Uuid::new_v4()),
        email: Set(new.email.to_lowercase()),
        password_hash: Set(new.password_hash),
        display_name: Set(new.display_name),
        preferred_language: Set(new.preferred_language.code().to_owned()),
        role: Set(new.role.as_str().to_owned()),
        email_verified_at: Set(new.email_verified.then_some(now)),
        profile_visibility: Set(ProfileVisibility::default().as_str().to_owned()),
        contact_visibility: Set(ContactDataVisibility::default().as_str().to_owned()),
        email_notifications: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
    };
    model.insert(db).await.map_err(|err| match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => CreateUserError::EmailTaken,
        _ => CreateUserError::Db(err),
    })
}

/// Finds an account by its (normalised) e-mail address.
pub async fn find_by_email(db: &impl ConnectionTrait, email: &str) -> Result<Option<Model>, DbErr> {
    Entity::find()
        .filter(Column::Email.eq(email.to_lowercase()))
        .one(db)
        .await
}

/// Finds an account by id.
pub async fn find_by_id(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Model>, DbErr> {
    Entity::find_by_id(id).one(db).await
}

/// Marks the e-mail address as confirmed (keeps the first confirmation time).
pub async fn mark_email_verified(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::EmailVerifiedAt, Expr::value(Utc::now()))
        .col_expr(Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(Column::Id.eq(id))
        .filter(Column::EmailVerifiedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}

/// Replaces the password hash.
pub async fn set_password_hash(
    db: &impl ConnectionTrait,
    id: Uuid,
    hash: String,
) -> Result<(), DbErr> {
    Entity::update_many()
        .col_expr(Column::PasswordHash, Expr::value(hash))
        .col_expr(Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Changes display name and/or language; returns the updated account.
pub async fn update_profile(
    db: &impl ConnectionTrait,
    current: Model,
    display_name: Option<String>,
    language: Option<Language>,
) -> Result<Model, DbErr> {
    let mut active: ActiveModel = current.into();
    if let Some(name) = display_name {
        active.display_name = Set(name);
    }
    if let Some(lang) = language {
        active.preferred_language = Set(lang.code().to_owned());
    }
    active.updated_at = Set(Utc::now());
    active.update(db).await
}

/// Sets the platform role of an account.
pub async fn set_role(
    db: &impl ConnectionTrait,
    id: Uuid,
    role: Role,
) -> Result<Option<Model>, DbErr> {
    let Some(current) = find_by_id(db, id).await? else {
        return Ok(None);
    };
    let mut active: user::ActiveModel = current.into();
    active.role = Set(role.as_str().to_owned());
    active.updated_at = Set(Utc::now());
    active.update(db).await.map(Some)
}

/// Deletes an account; its tokens go with it (foreign keys cascade).
pub async fn delete(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// One page of accounts, oldest first, with the total count.
pub async fn list(
    db: &impl ConnectionTrait,
    offset: u64,
    limit: u64,
) -> Result<(Vec<Model>, u64), DbErr> {
    let total = Entity::find().count(db).await?;
    let page = Entity::find()
        .order_by_asc(Column::CreatedAt)
        .order_by_asc(Column::Id)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await?;
    Ok((page, total))
}
