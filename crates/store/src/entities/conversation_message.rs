use sea_orm::entity::prelude::*;

/// A plain-text message in a conversation, sent by a member of one side.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "conversation_messages")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub conversation_id: Uuid,
    /// The side it was sent from (`NULL` once that organisation is deleted).
    pub sender_organization_id: Option<Uuid>,
    /// The account that wrote it (`NULL` once that account is deleted).
    pub sender_user_id: Option<Uuid>,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
