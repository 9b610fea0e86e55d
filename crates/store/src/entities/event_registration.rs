use sea_orm::entity::prelude::*;

/// A person's registration for an event on behalf of their organisation: `confirmed`,
/// `waiting` (queued by `registered_at`) or `cancelled` (kept, reused on re-registration).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_registrations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub event_id: Uuid,
    pub user_id: Uuid,
    pub organization_id: Uuid,
    pub status: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub note: Option<String>,
    /// When the person (last) registered: the waiting list's order.
    pub registered_at: DateTimeUtc,
    pub checked_in_at: Option<DateTimeUtc>,
    pub cancelled_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
