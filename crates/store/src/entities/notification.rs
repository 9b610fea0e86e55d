use sea_orm::entity::prelude::*;

/// An in-app notification of one user. Its text is either a message id pair
/// (`title_key`/`body_key`, Fluent ids rendered with `params` in the reader's language) or
/// given per language in `texts` (JSON `{"title": {…}, "body": {…}}`). `group_key` ties
/// notifications about the same thing together (e.g. `conversation:<id>`), so mails about it
/// can be throttled: `mailed_at` records that a mail went out for this one.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notifications")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub user_id: Uuid,
    pub kind: String,
    pub title_key: Option<String>,
    pub body_key: Option<String>,
    /// JSON object of the message arguments.
    #[sea_orm(column_type = "Text")]
    pub params: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub texts: Option<String>,
    /// Path in the SPA to open, e.g. `/conversations/<id>`.
    pub link: Option<String>,
    pub group_key: Option<String>,
    pub read_at: Option<DateTimeUtc>,
    pub mailed_at: Option<DateTimeUtc>,
    /// Kept only to throttle mails (the person turned the app channel off): never listed.
    pub hidden: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
