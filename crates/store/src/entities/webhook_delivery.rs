use sea_orm::entity::prelude::*;

/// One event to deliver to one webhook: the durable queue and the delivery log at once.
/// `status` is `pending`, `delivered` or `failed` (gave up after the last retry).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "webhook_deliveries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub webhook_id: Uuid,
    /// The event's id (the same for every webhook it went to, and for re-deliveries).
    pub event_id: Uuid,
    pub event_type: String,
    /// The organisation, opportunity or registration the event is about: deliveries about
    /// one resource reach a webhook in the order they happened.
    pub resource_id: Uuid,
    /// The exact JSON body sent (and signed).
    #[sea_orm(column_type = "Text")]
    pub payload: String,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    pub locked_until: Option<DateTimeUtc>,
    pub last_status_code: Option<i32>,
    pub last_error: Option<String>,
    /// The delivery this one repeats (`redeliver_webhook`).
    pub redelivery_of: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub delivered_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
