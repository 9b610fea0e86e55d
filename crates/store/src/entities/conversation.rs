use sea_orm::entity::prelude::*;

/// A conversation between two organisations: the initiator (who started it) and the
/// recipient. Both sides become `NULL` when their organisation is deleted; the countries
/// recorded at the start stay (programme indicators). `kind` is `contact`, `interest` or
/// `ask_expert`. `thread_key` (`<smaller id>:<larger id>:<opportunity id or ->`) is unique:
/// one conversation per pair of organisations and opportunity. The last message is copied
/// into `last_*` for the inbox.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "conversations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub kind: String,
    pub subject: Option<String>,
    pub initiator_organization_id: Option<Uuid>,
    pub recipient_organization_id: Option<Uuid>,
    pub initiator_country: String,
    pub recipient_country: String,
    pub cross_border: bool,
    pub opportunity_id: Option<Uuid>,
    #[sea_orm(unique)]
    pub thread_key: String,
    /// SHA-256 of the normalised first message (duplicate check across recipients).
    pub first_message_hash: String,
    pub started_by: Option<Uuid>,
    pub initiator_archived_at: Option<DateTimeUtc>,
    pub recipient_archived_at: Option<DateTimeUtc>,
    pub last_message_at: DateTimeUtc,
    #[sea_orm(column_type = "Text")]
    pub last_message_preview: String,
    pub last_sender_organization_id: Option<Uuid>,
    pub message_count: i32,
    /// Demo data from `glokal seed --demo`.
    pub demo: bool,
    /// An expert question closed by the institution asked (a new message reopens it).
    pub closed_at: Option<DateTimeUtc>,
    pub closed_by: Option<Uuid>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
