use sea_orm::entity::prelude::*;

/// An HTTPS endpoint of an (institution) organisation that receives signed event deliveries;
/// `events` as `;organization.created;opportunity.published;`, `secret` the HMAC key.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhooks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    pub url: String,
    pub description: String,
    #[sea_orm(column_type = "Text")]
    pub events: String,
    pub secret: String,
    pub active: bool,
    pub created_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
