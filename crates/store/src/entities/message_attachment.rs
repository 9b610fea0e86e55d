use sea_orm::entity::prelude::*;

/// An uploaded file (PDF, PNG, JPEG or WebP, type from its magic bytes). Stored under
/// `media/attachments/<id>`; `message_id` is `NULL` until it is sent with a message
/// (unattached uploads are cleaned up after a day).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "message_attachments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub message_id: Option<Uuid>,
    pub uploaded_by: Option<Uuid>,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
