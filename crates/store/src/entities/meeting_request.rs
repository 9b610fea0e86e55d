use sea_orm::entity::prelude::*;

/// A meeting request from one participant to another (both are registration ids). `status` is
/// `pending`, `accepted`, `declined` or `cancelled`; a pending one past `expires_at` reads as
/// `expired`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meeting_requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub event_id: Uuid,
    pub sender_id: Uuid,
    pub recipient_id: Uuid,
    #[sea_orm(column_type = "Text", nullable)]
    pub message: Option<String>,
    pub status: String,
    pub expires_at: DateTimeUtc,
    pub answered_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
