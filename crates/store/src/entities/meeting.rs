use sea_orm::entity::prelude::*;

/// The meeting of an accepted request: its place in the draft schedule (or why it has none)
/// and in the published one. Slots index the event's derived slots; tables count from 0,
/// interpreter tables after the ordinary ones.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "meetings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub event_id: Uuid,
    pub request_id: Uuid,
    pub draft_slot: Option<i32>,
    pub draft_table: Option<i32>,
    pub draft_interpreter_missing: bool,
    /// Why the draft has no place for it (snake_case `UnscheduledReason`).
    pub draft_reason: Option<String>,
    pub published_slot: Option<i32>,
    pub published_table: Option<i32>,
    pub published_interpreter_missing: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
