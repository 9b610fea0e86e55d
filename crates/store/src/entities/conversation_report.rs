use sea_orm::entity::prelude::*;

/// An abuse report on a conversation by a member of one side, for platform admins.
/// `status` is `open` or `resolved`; a resolved one has an `outcome`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "conversation_reports")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub conversation_id: Uuid,
    pub reporter_organization_id: Option<Uuid>,
    pub reporter_user_id: Option<Uuid>,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub status: String,
    pub outcome: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub note: Option<String>,
    pub resolved_by: Option<Uuid>,
    pub resolved_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
