use sea_orm::entity::prelude::*;

/// A user account. Holds the password hash: never serialised, never sent.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    #[sea_orm(unique)]
    pub email: String,
    pub password_hash: String,
    pub display_name: String,
    pub preferred_language: String,
    pub role: String,
    pub email_verified_at: Option<DateTimeUtc>,
    /// Who sees the person's name outside their organisations (`ProfileVisibility`).
    pub profile_visibility: String,
    /// Who gets the person's e-mail address (`ContactDataVisibility`).
    pub contact_visibility: String,
    /// Whether notification mails are sent at all (account mails always are).
    pub email_notifications: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
