//! "Ask an expert": closing a question and handing it over to another institution.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

use crate::conversations::get;
use crate::entities::conversation::Model;
use crate::entities::conversation::{Column, Entity};
use crate::entities::conversation_handoff as handoff;
use crate::entities::organization;

/// Hands a question to another institution: it becomes the recipient side (the previous one
/// no longer sees it), the countries and the cross-border flag follow, and the hand-over is
/// recorded with its note.
pub async fn hand_over(
    db: &impl ConnectionTrait,
    conversation: &Model,
    to: &organization::Model,
    by: Uuid,
    note: Option<String>,
) -> Result<Model, DbErr> {
    let now = Utc::now();
    handoff::ActiveModel {
        id: Set(Uuid::new_v4()),
        conversation_id: Set(conversation.id),
        from_organization_id: Set(conversation.recipient_organization_id),
        to_organization_id: Set(Some(to.id)),
        by_user_id: Set(Some(by)),
        note: Set(note),
        created_at: Set(now),
    }
    .insert(db)
    .await?;
    // A thread key of its own: the pair may already have a conversation of another kind.
    let key = format!("handoff:{}:{}", conversation.id.simple(), to.id.simple());
    Entity::update_many()
        .col_expr(Column::RecipientOrganizationId, Expr::value(Some(to.id)))
        .col_expr(Column::RecipientCountry, Expr::value(to.country.clone()))
        .col_expr(
            Column::CrossBorder,
            Expr::value(conversation.initiator_country != to.country),
        )
        .col_expr(Column::ThreadKey, Expr::value(key))
        .col_expr(
            Column::RecipientArchivedAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(Column::ClosedAt, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(Column::ClosedBy, Expr::value(Option::<Uuid>::None))
        .filter(Column::Id.eq(conversation.id))
        .exec(db)
        .await?;
    get(db, conversation.id)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("conversation".to_owned()))
}

/// Closes a question (`by`) or reopens it (`None`).
pub async fn set_closed(
    db: &impl ConnectionTrait,
    id: Uuid,
    by: Option<Uuid>,
) -> Result<(), DbErr> {
    let at: Option<DateTime<Utc>> = by.map(|_| Utc::now());
    Entity::update_many()
        .col_expr(Column::ClosedAt, Expr::value(at))
        .col_expr(Column::ClosedBy, Expr::value(by))
        .filter(Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// The hand-overs of a question, oldest first.
pub async fn handoffs(
    db: &impl ConnectionTrait,
    conversation: Uuid,
) -> Result<Vec<handoff::Model>, DbErr> {
    handoff::Entity::find()
        .filter(handoff::Column::ConversationId.eq(conversation))
        .order_by_asc(handoff::Column::CreatedAt)
        .all(db)
        .await
}
