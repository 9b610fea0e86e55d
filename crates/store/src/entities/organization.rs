use sea_orm::entity::prelude::*;

/// An organisation. Multi-valued fields are stored as text: NACE codes and languages as
/// `;a;b;` (so a prefix filter is a portable `LIKE '%;22.2%'`), the rest as JSON.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "organizations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub name: String,
    pub legal_form: Option<String>,
    pub kind: String,
    pub country: String,
    pub street: Option<String>,
    pub postal_code: Option<String>,
    pub city: String,
    pub place_id: Option<i32>,
    pub region_code: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub founding_year: Option<i32>,
    pub size_class: Option<String>,
    pub nace_main: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub nace_codes: String,
    #[sea_orm(column_type = "Text")]
    pub languages: String,
    #[sea_orm(column_type = "Text")]
    pub keywords: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    #[sea_orm(column_type = "Text")]
    pub contacts: String,
    pub ico: Option<String>,
    pub dic: Option<String>,
    pub hr_number: Option<String>,
    pub vat_id: Option<String>,
    /// JSON list of `CertificationEntry` (mirrored in `organization_certifications` for filters).
    #[sea_orm(column_type = "Text")]
    pub certifications: String,
    /// JSON list of products and services.
    #[sea_orm(column_type = "Text")]
    pub offerings: String,
    /// File name of the logo under `media/logos/`.
    pub logo: Option<String>,
    /// When an institution (or a platform admin) vouched for it.
    pub verified_at: Option<DateTimeUtc>,
    /// The vouching institution (none: a platform admin).
    pub verified_by_organization: Option<Uuid>,
    pub verified_by_user: Option<Uuid>,
    /// When the registration number was confirmed in the register (ARES, or staff for DE).
    pub register_checked_at: Option<DateTimeUtc>,
    /// Demo data from `glokal seed --demo` (shown with a badge).
    pub demo: bool,
    /// Hidden by the moderators (gone from lists, search and public pages), with the reason.
    pub hidden_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub hidden_reason: Option<String>,
    /// Suspended: cannot publish or start conversations.
    pub suspended_at: Option<DateTimeUtc>,
    /// When the moderators first looked at it (`None`: waiting in the queue).
    pub reviewed_at: Option<DateTimeUtc>,
    /// The institution whose API token created it and may keep it up to date (until an
    /// owner ends that).
    pub managed_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
