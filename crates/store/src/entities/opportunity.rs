use sea_orm::entity::prelude::*;

/// An offer or request of an organisation. NACE codes and target countries are stored as
/// `;a;b;` (portable `LIKE` filters), texts, keywords and the capacity as JSON. `status` is
/// `draft`, `published` or `closed`; `expired` is computed from `valid_until` when read.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "opportunities")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub organization_id: Uuid,
    /// The account that created it (`NULL` once that account is deleted).
    pub created_by: Option<Uuid>,
    #[sea_orm(column_name = "type")]
    pub opportunity_type: String,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub title: String,
    /// The text per language (JSON `LocalizedText`).
    #[sea_orm(column_type = "Text")]
    pub body: String,
    #[sea_orm(column_type = "Text")]
    pub nace_codes: String,
    #[sea_orm(column_type = "Text")]
    pub keywords: String,
    pub quantity: Option<f64>,
    pub unit: Option<String>,
    pub valid_until: Date,
    pub needed_by: Option<Date>,
    #[sea_orm(column_type = "Text", nullable)]
    pub capacity: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub target_countries: String,
    pub cross_border_only: bool,
    pub max_distance_km: Option<i32>,
    /// Certifications asked of a partner (`;iso_9001;iatf_16949;`).
    #[sea_orm(column_type = "Text")]
    pub certifications: String,
    /// When the shortage alert went out to matching organisations (once, at publication).
    pub alert_sent_at: Option<DateTimeUtc>,
    pub close_outcome: Option<String>,
    /// Demo data from `glokal seed --demo`.
    pub demo: bool,
    /// Hidden by the moderators, with the reason.
    pub hidden_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub hidden_reason: Option<String>,
    pub published_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::organization::Entity",
        from = "Column::OrganizationId",
        to = "super::organization::Column::Id",
        on_delete = "Cascade"
    )]
    Organization,
}

impl Related<super::organization::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Organization.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
