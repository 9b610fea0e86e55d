use sea_orm::entity::prelude::*;

/// A participant's event profile (participant = confirmed registration, same id). Texts and
/// keywords as JSON, NACE codes and languages as `;a;b;`; `available` is a JSON list of the
/// start instants of the slots the participant is there (`NULL`: all slots).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "matchmaking_profiles")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub registration_id: Uuid,
    pub event_id: Uuid,
    #[sea_orm(column_type = "Text")]
    pub offer: String,
    #[sea_orm(column_type = "Text")]
    pub seek: String,
    #[sea_orm(column_type = "Text")]
    pub keywords: String,
    #[sea_orm(column_type = "Text")]
    pub nace_codes: String,
    #[sea_orm(column_type = "Text")]
    pub languages: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub available: Option<String>,
    /// Own maximum of meetings (`NULL`: the event's default).
    pub max_meetings: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
