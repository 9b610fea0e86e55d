use sea_orm::entity::prelude::*;

/// A report on an organisation profile or an offer/request, for the moderation queue.
/// `target_type` is `organization` or `opportunity`; `category` a `ReportCategory`; `status`
/// `open` or `resolved`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "content_reports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub target_type: String,
    pub target_id: Uuid,
    pub reporter_user_id: Option<Uuid>,
    pub category: String,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub status: String,
    pub resolved_by: Option<Uuid>,
    pub resolved_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
