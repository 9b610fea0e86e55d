use sea_orm::entity::prelude::*;

/// An event run by an organisation. Texts and the programme are JSON, languages `;de;cs;`
/// (filterable with `LIKE`). `status` is what organisers set (`draft`, `published`, `closed`,
/// `cancelled`); `closed` after the deadline and `done` after the end are derived when read.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The organiser.
    pub organization_id: Uuid,
    pub kind: String,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub venue_name: Option<String>,
    pub street: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
    /// The venue's country; for online-only events the organiser's.
    pub country: Option<String>,
    pub place_id: Option<i32>,
    pub region_code: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub online_url: Option<String>,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    #[sea_orm(column_type = "Text")]
    pub languages: String,
    pub capacity: Option<i32>,
    pub registration_deadline: Option<DateTimeUtc>,
    /// JSON list of programme items, by time.
    #[sea_orm(column_type = "Text")]
    pub programme: String,
    pub matchmaking: bool,
    /// iCalendar `SEQUENCE`: raised by every change people were told about.
    pub sequence: i32,
    #[sea_orm(column_type = "Text", nullable)]
    pub cancellation_reason: Option<String>,
    pub created_by: Option<Uuid>,
    /// Demo data from `glokal seed --demo`.
    pub demo: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub published_at: Option<DateTimeUtc>,
    pub cancelled_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
