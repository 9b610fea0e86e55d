//! The search change feed (`search_changes`) and the reads that (re)build a search index.
//!
//! Writers call [`record`] in the transaction of their change; each server process follows
//! the feed by `seq` ([`after`]) and re-reads the changed entities.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use uuid::Uuid;

use crate::entities::search_change::{ActiveModel, Column, Entity, Model};
use crate::entities::{opportunity, organization};

/// What changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangedEntity {
    Organization,
    Opportunity,
}

impl ChangedEntity {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangedEntity::Organization => "organization",
            ChangedEntity::Opportunity => "opportunity",
        }
    }

    pub fn parse(text: &str) -> Option<ChangedEntity> {
        match text {
            "organization" => Some(ChangedEntity::Organization),
            "opportunity" => Some(ChangedEntity::Opportunity),
            _ => None,
        }
    }
}

/// Records a change (call it inside the transaction that makes the change).
pub async fn record(
    db: &impl ConnectionTrait,
    entity: ChangedEntity,
    entity_id: Uuid,
) -> Result<(), DbErr> {
    ActiveModel {
        id: Set(Uuid::new_v4()),
        entity_type: Set(entity.as_str().to_owned()),
        entity_id: Set(entity_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// Changes after `seq`, oldest first.
pub async fn after(db: &impl ConnectionTrait, seq: i64, limit: u64) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::Seq.gt(seq))
        .order_by_asc(Column::Seq)
        .limit(limit)
        .all(db)
        .await
}

/// The newest position of the feed (0 when empty).
pub async fn max_seq(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    let row = Entity::find()
        .order_by_desc(Column::Seq)
        .limit(1)
        .one(db)
        .await?;
    Ok(row.map(|r| r.seq).unwrap_or(0))
}

/// The oldest position still kept (`None` when empty).
pub async fn min_seq(db: &impl ConnectionTrait) -> Result<Option<i64>, DbErr> {
    let row = Entity::find()
        .order_by_asc(Column::Seq)
        .limit(1)
        .one(db)
        .await?;
    Ok(row.map(|r| r.seq))
}

/// Deletes changes older than `before` (a process that lagged behind that far rebuilds).
pub async fn prune(db: &impl ConnectionTrait, before: DateTime<Utc>) -> Result<u64, DbErr> {
    Ok(Entity::delete_many()
        .filter(Column::CreatedAt.lt(before))
        .exec(db)
        .await?
        .rows_affected)
}

/// Organisations in id order after `after` (for a rebuild).
pub async fn organizations_page(
    db: &impl ConnectionTrait,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<organization::Model>, DbErr> {
    let mut q = organization::Entity::find()
        .filter(organization::Column::HiddenAt.is_null())
        .order_by_asc(organization::Column::Id);
    if let Some(id) = after {
        q = q.filter(organization::Column::Id.gt(id));
    }
    q.limit(limit).all(db).await
}

/// Opportunities that are not drafts, in id order after `after` (for a rebuild).
pub async fn opportunities_page(
    db: &impl ConnectionTrait,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Vec<opportunity::Model>, DbErr> {
    let mut q = opportunity::Entity::find()
        .filter(opportunity::Column::Status.ne("draft"))
        .filter(opportunity::Column::HiddenAt.is_null())
        .order_by_asc(opportunity::Column::Id);
    if let Some(id) = after {
        q = q.filter(opportunity::Column::Id.gt(id));
    }
    q.limit(limit).all(db).await
}

/// An organisation's opportunities that are not drafts.
pub async fn opportunities_of(
    db: &impl ConnectionTrait,
    organization_id: Uuid,
) -> Result<Vec<opportunity::Model>, DbErr> {
    opportunity::Entity::find()
        .filter(opportunity::Column::OrganizationId.eq(organization_id))
        .filter(opportunity::Column::Status.ne("draft"))
        .filter(opportunity::Column::HiddenAt.is_null())
        .all(db)
        .await
}

/// Organisations by id (not those hidden by the moderators).
pub async fn organizations_by_ids(
    db: &impl ConnectionTrait,
    ids: Vec<Uuid>,
) -> Result<Vec<organization::Model>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    organization::Entity::find()
        .filter(organization::Column::Id.is_in(ids))
        .filter(organization::Column::HiddenAt.is_null())
        .all(db)
        .await
}

/// Number of organisations and of non-draft opportunities the index holds (nothing hidden).
pub async fn counts(db: &impl ConnectionTrait) -> Result<(u64, u64), DbErr> {
    use sea_orm::PaginatorTrait;
    let orgs = organization::Entity::find()
        .filter(organization::Column::HiddenAt.is_null())
        .count(db)
        .await?;
    let hidden_orgs = sea_orm::sea_query::Query::select()
        .column(organization::Column::Id)
        .from(organization::Entity)
        .and_where(organization::Column::HiddenAt.is_not_null())
        .to_owned();
    let opps = opportunity::Entity::find()
        .filter(opportunity::Column::Status.ne("draft"))
        .filter(opportunity::Column::HiddenAt.is_null())
        .filter(opportunity::Column::OrganizationId.not_in_subquery(hidden_orgs))
        .count(db)
        .await?;
    Ok((orgs, opps))
}
