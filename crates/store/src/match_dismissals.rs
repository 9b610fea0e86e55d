//! Matching partners an organisation dismissed for one of its opportunities.

use chrono::Utc;
use glokal_api_types::MatchTargetType;
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use crate::entities::match_dismissal::{ActiveModel, Column, Entity};

/// The dismissed suggestions of an opportunity.
pub async fn of_opportunity(
    db: &impl ConnectionTrait,
    opportunity: Uuid,
) -> Result<Vec<(MatchTargetType, Uuid)>, DbErr> {
    Ok(Entity::find()
        .filter(Column::OpportunityId.eq(opportunity))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|d| Some((MatchTargetType::parse(&d.target_type)?, d.target_id)))
        .collect())
}

/// Dismisses a suggestion (again: no change).
pub async fn dismiss(
    db: &impl ConnectionTrait,
    opportunity: Uuid,
    target_type: MatchTargetType,
    target: Uuid,
    by: Uuid,
) -> Result<(), DbErr> {
    Entity::insert(ActiveModel {
        opportunity_id: Set(opportunity),
        target_type: Set(target_type.as_str().to_owned()),
        target_id: Set(target),
        dismissed_by: Set(Some(by)),
        created_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([Column::OpportunityId, Column::TargetType, Column::TargetId])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}

/// Takes a dismissal back; whether there was one.
pub async fn restore(
    db: &impl ConnectionTrait,
    opportunity: Uuid,
    target_type: MatchTargetType,
    target: Uuid,
) -> Result<bool, DbErr> {
    let res = Entity::delete_many()
        .filter(Column::OpportunityId.eq(opportunity))
        .filter(Column::TargetType.eq(target_type.as_str()))
        .filter(Column::TargetId.eq(target))
        .exec(db)
        .await?;
    Ok(res.rows_affected > 0)
}
