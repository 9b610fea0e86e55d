use sea_orm::entity::prelude::*;

/// The Kooperationsbörse of an event: meeting days and breaks (JSON lists of `{starts_at,
/// ends_at}` in UTC), slot length, tables, limits, and when a schedule was drafted and published.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "matchmaking_settings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub event_id: Uuid,
    #[sea_orm(column_type = "Text")]
    pub days: String,
    #[sea_orm(column_type = "Text")]
    pub breaks: String,
    pub slot_minutes: i32,
    pub tables: i32,
    pub interpreter_tables: i32,
    /// Default maximum of meetings per participant.
    pub max_meetings: i32,
    /// Pending meeting requests expire after this many hours.
    pub request_expiry_hours: i32,
    /// Requests are sent and answered until then.
    pub booking_deadline: DateTimeUtc,
    /// When `schedule_meetings` last stored a draft.
    pub draft_generated_at: Option<DateTimeUtc>,
    /// When `publish_schedule` last published one.
    pub schedule_published_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
