use sea_orm::entity::prelude::*;

/// A saved search of a person: the `search` parameters as JSON, how often new hits are
/// reported (`instant`, `daily`, `weekly`), and the window already reported: hits created
/// up to `checked_until` are known; the next report is due at `next_run_at`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "saved_searches")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub user_id: Uuid,
    pub name: String,
    #[sea_orm(column_type = "Text")]
    pub query: String,
    pub frequency: String,
    pub email: bool,
    pub checked_until: DateTimeUtc,
    pub next_run_at: DateTimeUtc,
    pub last_sent_at: Option<DateTimeUtc>,
    pub last_hit_count: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
