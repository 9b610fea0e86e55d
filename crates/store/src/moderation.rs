//! Moderation: reports on profiles and offers, hiding, suspension, the first look at new
//! organisations, and the audit log.

use chrono::{DateTime, Utc};
use glokal_api_types::{ModerationAction, ModerationTarget, ReportCategory};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use crate::entities::content_report::{self, Entity as Reports};
use crate::entities::moderation_log::{self, Entity as Log};
use crate::entities::{opportunity, organization};

const OPEN: &str = "open";
const RESOLVED: &str = "resolved";

/// A new report: what, by whom, why.
pub struct NewReport {
    pub target: ModerationTarget,
    pub target_id: Uuid,
    pub reporter: Uuid,
    pub category: ReportCategory,
    pub reason: String,
}

/// The person's open report on a target, if any.
pub async fn open_report_by(
    db: &impl ConnectionTrait,
    target: ModerationTarget,
    target_id: Uuid,
    reporter: Uuid,
) -> Result<Option<content_report::Model>, DbErr> {
    Reports::find()
        .filter(content_report::Column::TargetType.eq(target.as_str()))
        .filter(content_report::Column::TargetId.eq(target_id))
        .filter(content_report::Column::ReporterUserId.eq(reporter))
        .filter(content_report::Column::Status.eq(OPEN))
        .one(db)
        .await
}

/// Stores a report.
pub async fn report(
    db: &impl ConnectionTrait,
    new: NewReport,
) -> Result<content_report::Model, DbErr> {
    content_report::ActiveModel {
        id: Set(Uuid::new_v4()),
        target_type: Set(new.target.as_str().to_owned()),
        target_id: Set(new.target_id),
        reporter_user_id: Set(Some(new.reporter)),
        category: Set(new.category.as_str().to_owned()),
        reason: Set(new.reason),
        status: Set(OPEN.to_owned()),
        resolved_by: Set(None),
        resolved_at: Set(None),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await
}

/// Open reports, oldest first.
pub async fn open_reports(db: &impl ConnectionTrait) -> Result<Vec<content_report::Model>, DbErr> {
    Reports::find()
        .filter(content_report::Column::Status.eq(OPEN))
        .order_by_asc(content_report::Column::CreatedAt)
        .limit(500)
        .all(db)
        .await
}

/// Closes the open reports on a target.
pub async fn resolve_reports(
    db: &impl ConnectionTrait,
    target: ModerationTarget,
    target_id: Uuid,
    by: Uuid,
) -> Result<u64, DbErr> {
    Ok(Reports::update_many()
        .col_expr(content_report::Column::Status, Expr::value(RESOLVED))
        .col_expr(content_report::Column::ResolvedBy, Expr::value(by))
        .col_expr(content_report::Column::ResolvedAt, Expr::value(Utc::now()))
        .filter(content_report::Column::TargetType.eq(target.as_str()))
        .filter(content_report::Column::TargetId.eq(target_id))
        .filter(content_report::Column::Status.eq(OPEN))
        .exec(db)
        .await?
        .rows_affected)
}

/// New organisations not looked at yet (demo data left out), oldest first.
pub async fn unreviewed_organizations(
    db: &impl ConnectionTrait,
    limit: u64,
) -> Result<Vec<organization::Model>, DbErr> {
    organization::Entity::find()
        .filter(organization::Column::ReviewedAt.is_null())
        .filter(organization::Column::Demo.eq(false))
        .order_by_asc(organization::Column::CreatedAt)
        .limit(limit)
        .all(db)
        .await
}

/// Marks an organisation as looked at.
pub async fn set_reviewed(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    organization::Entity::update_many()
        .col_expr(organization::Column::ReviewedAt, Expr::value(Utc::now()))
        .filter(organization::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Pre-moderation: a new organisation stays hidden, without a reason, until a moderator
/// approves it (see [`release_after_review`]).
pub async fn hold_for_review(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    organization::Entity::update_many()
        .col_expr(organization::Column::HiddenAt, Expr::value(Utc::now()))
        .col_expr(
            organization::Column::HiddenReason,
            Expr::value(Option::<String>::None),
        )
        .filter(organization::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Shows an organisation held for review (hidden without a reason, not suspended); one
/// hidden by a moderator stays hidden. Whether it was released.
pub async fn release_after_review(db: &impl ConnectionTrait, id: Uuid) -> Result<bool, DbErr> {
    let released = organization::Entity::update_many()
        .col_expr(
            organization::Column::HiddenAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(organization::Column::Id.eq(id))
        .filter(organization::Column::HiddenAt.is_not_null())
        .filter(organization::Column::HiddenReason.is_null())
        .filter(organization::Column::SuspendedAt.is_null())
        .exec(db)
        .await?;
    Ok(released.rows_affected > 0)
}

/// Hides (with a reason) or shows an organisation.
pub async fn set_organization_hidden(
    db: &impl ConnectionTrait,
    id: Uuid,
    hidden: Option<&str>,
) -> Result<(), DbErr> {
    let at = hidden.map(|_| Utc::now());
    organization::Entity::update_many()
        .col_expr(organization::Column::HiddenAt, Expr::value(at))
        .col_expr(
            organization::Column::HiddenReason,
            Expr::value(hidden.map(str::to_owned)),
        )
        .filter(organization::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Suspends or reinstates an organisation.
pub async fn set_suspended(
    db: &impl ConnectionTrait,
    id: Uuid,
    suspended: bool,
) -> Result<(), DbErr> {
    let at: Option<DateTime<Utc>> = suspended.then(Utc::now);
    organization::Entity::update_many()
        .col_expr(organization::Column::SuspendedAt, Expr::value(at))
        .filter(organization::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Hides (with a reason) or shows an opportunity.
pub async fn set_opportunity_hidden(
    db: &impl ConnectionTrait,
    id: Uuid,
    hidden: Option<&str>,
) -> Result<(), DbErr> {
    let at = hidden.map(|_| Utc::now());
    opportunity::Entity::update_many()
        .col_expr(opportunity::Column::HiddenAt, Expr::value(at))
        .col_expr(
            opportunity::Column::HiddenReason,
            Expr::value(hidden.map(str::to_owned)),
        )
        .filter(opportunity::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Writes one audit-log entry.
pub async fn log(
    db: &impl ConnectionTrait,
    actor: Uuid,
    action: ModerationAction,
    target: ModerationTarget,
    target_id: Uuid,
    target_name: &str,
    reason: &str,
) -> Result<moderation_log::Model, DbErr> {
    moderation_log::ActiveModel {
        id: Set(Uuid::new_v4()),
        actor_user_id: Set(Some(actor)),
        action: Set(action.as_str().to_owned()),
        target_type: Set(target.as_str().to_owned()),
        target_id: Set(target_id),
        target_name: Set(target_name.chars().take(200).collect()),
        reason: Set(reason.to_owned()),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await
}

/// A page of the audit log, newest first, with the total.
pub async fn audit_log(
    db: &impl ConnectionTrait,
    target_id: Option<Uuid>,
    limit: u64,
    offset: u64,
) -> Result<(Vec<moderation_log::Model>, u64), DbErr> {
    let mut query = Log::find();
    if let Some(id) = target_id {
        query = query.filter(moderation_log::Column::TargetId.eq(id));
    }
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_desc(moderation_log::Column::CreatedAt)
        .order_by_desc(moderation_log::Column::Id)
        .limit(limit)
        .offset(offset)
        .all(db)
        .await?;
    Ok((items, total))
}
