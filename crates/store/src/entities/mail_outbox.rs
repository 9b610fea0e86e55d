use sea_orm::entity::prelude::*;

/// A mail waiting to be sent, or sent (kept for the person's data export).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mail_outbox")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub user_id: Option<Uuid>,
    pub to_address: String,
    pub subject: String,
    #[sea_orm(column_type = "Text")]
    pub body_text: String,
    pub created_at: DateTimeUtc,
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    pub locked_until: Option<DateTimeUtc>,
    pub sent_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub last_error: Option<String>,
    /// File name of the one attachment (e.g. `event.ics`); `None` for plain mails.
    pub attachment_name: Option<String>,
    /// Its content type, e.g. `text/calendar; charset=utf-8; method=PUBLISH`.
    pub attachment_content_type: Option<String>,
    /// Its content (text attachments only).
    #[sea_orm(column_type = "Text", nullable)]
    pub attachment_body: Option<String>,
    /// One-click unsubscribe link (RFC 8058), sent as `List-Unsubscribe` with
    /// `List-Unsubscribe-Post`.
    #[sea_orm(column_type = "Text", nullable)]
    pub unsubscribe_url: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
