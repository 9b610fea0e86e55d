//! Webhooks of institutions and their durable delivery queue (which is also the delivery log).

use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;

use glokal_api_types::{
    Webhook, WebhookDelivery, WebhookDeliveryStatus, WebhookEventType, WebhookHealth,
};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use crate::encoding::{join_list, split_list};
pub use crate::entities::webhook::Model;
use crate::entities::webhook::{ActiveModel, Column, Entity};
pub use crate::entities::webhook_delivery::Model as Delivery;
use crate::entities::webhook_delivery::{
    ActiveModel as DeliveryActive, Column as DeliveryColumn, Entity as DeliveryEntity,
};

/// How long a worker holds a claimed delivery before another may try it.
const CLAIM_SECONDS: i64 = 60;
/// Deliveries kept per webhook in the log once delivered or failed (older ones are pruned).
pub const LOG_LIMIT: u64 = 100;

const PENDING: &str = "pending";
const DELIVERED: &str = "delivered";
const FAILED: &str = "failed";

impl Model {
    /// The events this webhook subscribed to.
    pub fn events(&self) -> Vec<WebhookEventType> {
        split_list(&self.events)
            .iter()
            .filter_map(|e| WebhookEventType::parse(e))
            .collect()
    }

    pub fn into_api(self, health: WebhookHealth) -> Webhook {
        Webhook {
            health,
            events: self.events(),
            id: self.id,
            organization_id: self.organization_id,
            url: self.url,
            description: self.description,
            created_at: self.created_at,
        }
    }
}

impl Delivery {
    pub fn status(&self) -> WebhookDeliveryStatus {
        match self.status.as_str() {
            DELIVERED => WebhookDeliveryStatus::Delivered,
            FAILED => WebhookDeliveryStatus::Failed,
            _ => WebhookDeliveryStatus::Pending,
        }
    }

    /// `None` for rows of an event type this version no longer knows.
    pub fn into_api(self) -> Option<WebhookDelivery> {
        let status = self.status();
        Some(WebhookDelivery {
            event_type: WebhookEventType::parse(&self.event_type)?,
            payload: serde_json::from_str(&self.payload).unwrap_or(serde_json::Value::Null),
            next_attempt_at: (status == WebhookDeliveryStatus::Pending)
                .then_some(self.next_attempt_at),
            status,
            id: self.id,
            webhook_id: self.webhook_id,
            event_id: self.event_id,
            attempts: self.attempts,
            last_status_code: self.last_status_code,
            last_error: self.last_error,
            created_at: self.created_at,
            delivered_at: self.delivered_at,
            redelivery_of: self.redelivery_of,
        })
    }
}

/// Stores a new webhook.
pub async fn create(
    db: &impl ConnectionTrait,
    organization: Uuid,
    url: String,
    description: String,
    events: &[WebhookEventType],
    secret: String,
    created_by: Uuid,
) -> Result<Model, DbErr> {
    let events: Vec<String> = events.iter().map(|e| e.as_str().to_owned()).collect();
    ActiveModel {
        id: Set(Uuid::new_v4()),
        organization_id: Set(organization),
        url: Set(url),
        description: Set(description),
        events: Set(join_list(&events)),
        secret: Set(secret),
        active: Set(true),
        created_by: Set(Some(created_by)),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await
}

/// An organisation's webhooks, newest first.
pub async fn list(db: &impl ConnectionTrait, organization: Uuid) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::OrganizationId.eq(organization))
        .order_by_desc(Column::CreatedAt)
        .order_by_desc(Column::Id)
        .all(db)
        .await
}

/// How the deliveries of these webhooks stand (webhooks without deliveries are left out).
pub async fn health(
    db: &impl ConnectionTrait,
    webhooks: &[Uuid],
) -> Result<HashMap<Uuid, WebhookHealth>, DbErr> {
    let mut out: HashMap<Uuid, WebhookHealth> = HashMap::new();
    if webhooks.is_empty() {
        return Ok(out);
    }
    let counts: Vec<(Uuid, String, i64)> = DeliveryEntity::find()
        .select_only()
        .column(DeliveryColumn::WebhookId)
        .column(DeliveryColumn::Status)
        .column_as(Expr::col(DeliveryColumn::Id).count(), "n")
        .filter(DeliveryColumn::WebhookId.is_in(webhooks.iter().copied()))
        .group_by(DeliveryColumn::WebhookId)
        .group_by(DeliveryColumn::Status)
        .into_tuple()
        .all(db)
        .await?;
    for (webhook, status, n) in counts {
        let health = out.entry(webhook).or_default();
        let n = u64::try_from(n).unwrap_or(0);
        match status.as_str() {
            DELIVERED => health.delivered = n,
            FAILED => health.failed = n,
            _ => health.pending = n,
        }
    }
    for (webhook, health) in out.iter_mut().filter(|(_, h)| h.delivered > 0) {
        health.last_delivered_at = DeliveryEntity::find()
            .filter(DeliveryColumn::WebhookId.eq(*webhook))
            .filter(DeliveryColumn::Status.eq(DELIVERED))
            .order_by_desc(DeliveryColumn::DeliveredAt)
            .one(db)
            .await?
            .and_then(|d| d.delivered_at);
    }
    Ok(out)
}

/// How many webhooks an organisation has.
pub async fn count(db: &impl ConnectionTrait, organization: Uuid) -> Result<u64, DbErr> {
    Entity::find()
        .filter(Column::OrganizationId.eq(organization))
        .count(db)
        .await
}

/// One webhook of an organisation.
pub async fn get(
    db: &impl ConnectionTrait,
    organization: Uuid,
    id: Uuid,
) -> Result<Option<Model>, DbErr> {
    Entity::find_by_id(id)
        .filter(Column::OrganizationId.eq(organization))
        .one(db)
        .await
}

/// Deletes a webhook with its deliveries.
pub async fn delete(db: &impl ConnectionTrait, id: Uuid) -> Result<(), DbErr> {
    DeliveryEntity::delete_many()
        .filter(DeliveryColumn::WebhookId.eq(id))
        .exec(db)
        .await?;
    Entity::delete_by_id(id).exec(db).await?;
    Ok(())
}

/// Active webhooks subscribed to `event`; with `owners`, only those of these organisations.
pub async fn subscribed(
    db: &impl ConnectionTrait,
    event: WebhookEventType,
    owners: Option<&[Uuid]>,
) -> Result<Vec<Model>, DbErr> {
    let mut query = Entity::find()
        .filter(Column::Active.eq(true))
        .filter(Column::Events.like(format!("%;{};%", event.as_str())));
    if let Some(owners) = owners {
        if owners.is_empty() {
            return Ok(Vec::new());
        }
        query = query.filter(Column::OrganizationId.is_in(owners.iter().copied()));
    }
    query.all(db).await
}

/// Queues one event for one webhook; returns the delivery's id.
pub async fn enqueue(
    db: &impl ConnectionTrait,
    webhook: Uuid,
    event_id: Uuid,
    event: &str,
    resource_id: Uuid,
    payload: &str,
    redelivery_of: Option<Uuid>,
) -> Result<Uuid, DbErr> {
    let now = Utc::now();
    let id = Uuid::new_v4();
    DeliveryActive {
        id: Set(id),
        webhook_id: Set(webhook),
        event_id: Set(event_id),
        event_type: Set(event.to_owned()),
        resource_id: Set(resource_id),
        payload: Set(payload.to_owned()),
        status: Set(PENDING.to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        locked_until: Set(None),
        last_status_code: Set(None),
        last_error: Set(None),
        redelivery_of: Set(redelivery_of),
        created_at: Set(now),
        delivered_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok(id)
}

/// Claims up to `limit` due deliveries for this worker (safe with several processes). A
/// delivery waits while an older one about the same resource to the same webhook is still
/// pending (order per resource).
pub async fn claim_due(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<Delivery>, DbErr> {
    let now = Utc::now();
    let unlocked = || {
        Condition::any()
            .add(DeliveryColumn::LockedUntil.is_null())
            .add(DeliveryColumn::LockedUntil.lt(now))
    };
    let candidates = DeliveryEntity::find()
        .filter(DeliveryColumn::Status.eq(PENDING))
        .filter(DeliveryColumn::NextAttemptAt.lte(now))
        .filter(unlocked())
        .order_by_asc(DeliveryColumn::NextAttemptAt)
        .limit(limit)
        .all(db)
        .await?;
    let mut claimed = Vec::with_capacity(candidates.len());
    for delivery in candidates {
        let earlier = DeliveryEntity::find()
            .filter(DeliveryColumn::WebhookId.eq(delivery.webhook_id))
            .filter(DeliveryColumn::ResourceId.eq(delivery.resource_id))
            .filter(DeliveryColumn::Status.eq(PENDING))
            .filter(
                Condition::any()
                    .add(DeliveryColumn::CreatedAt.lt(delivery.created_at))
                    .add(
                        Condition::all()
                            .add(DeliveryColumn::CreatedAt.eq(delivery.created_at))
                            .add(DeliveryColumn::Id.lt(delivery.id)),
                    ),
            )
            .one(db)
            .await?;
        if earlier.is_some() {
            continue;
        }
        let result = DeliveryEntity::update_many()
            .col_expr(
                DeliveryColumn::LockedUntil,
                Expr::value(now + Duration::seconds(CLAIM_SECONDS)),
            )
            .filter(DeliveryColumn::Id.eq(delivery.id))
            .filter(DeliveryColumn::Status.eq(PENDING))
            .filter(unlocked())
            .exec(db)
            .await?;
        if result.rows_affected == 1 {
            claimed.push(delivery);
        }
    }
    Ok(claimed)
}

/// The webhook a delivery goes to.
pub async fn by_id(db: &impl ConnectionTrait, id: Uuid) -> Result<Option<Model>, DbErr> {
    Entity::find_by_id(id).one(db).await
}

/// Records an attempt: delivered (`retry_at` ignored), to be retried at `retry_at`, or given up
/// (`retry_at` `None`).
pub async fn record_attempt(
    db: &impl ConnectionTrait,
    id: Uuid,
    delivered: bool,
    status_code: Option<u16>,
    error: Option<&str>,
    retry_at: Option<DateTime<Utc>>,
) -> Result<(), DbErr> {
    let now = Utc::now();
    let status = match (delivered, retry_at) {
        (true, _) => DELIVERED,
        (false, Some(_)) => PENDING,
        (false, None) => FAILED,
    };
    let mut update = DeliveryEntity::update_many()
        .col_expr(DeliveryColumn::Status, Expr::value(status))
        .col_expr(
            DeliveryColumn::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            DeliveryColumn::Attempts,
            Expr::col(DeliveryColumn::Attempts).add(1),
        )
        .col_expr(
            DeliveryColumn::LastStatusCode,
            Expr::value(status_code.map(i32::from)),
        )
        .col_expr(
            DeliveryColumn::LastError,
            Expr::value(error.map(|e| e.chars().take(500).collect::<String>())),
        );
    if delivered {
        update = update.col_expr(DeliveryColumn::DeliveredAt, Expr::value(now));
    }
    if let Some(at) = retry_at.filter(|_| !delivered) {
        update = update.col_expr(DeliveryColumn::NextAttemptAt, Expr::value(at));
    }
    update.filter(DeliveryColumn::Id.eq(id)).exec(db).await?;
    Ok(())
}

/// A webhook's deliveries, newest first.
pub async fn deliveries(
    db: &impl ConnectionTrait,
    webhook: Uuid,
    limit: u64,
) -> Result<Vec<Delivery>, DbErr> {
    DeliveryEntity::find()
        .filter(DeliveryColumn::WebhookId.eq(webhook))
        .order_by_desc(DeliveryColumn::CreatedAt)
        .order_by_desc(DeliveryColumn::Id)
        .limit(limit)
        .all(db)
        .await
}

/// One delivery of a webhook.
pub async fn delivery(
    db: &impl ConnectionTrait,
    webhook: Uuid,
    id: Uuid,
) -> Result<Option<Delivery>, DbErr> {
    DeliveryEntity::find_by_id(id)
        .filter(DeliveryColumn::WebhookId.eq(webhook))
        .one(db)
        .await
}

/// Removes finished deliveries of a webhook beyond the newest [`LOG_LIMIT`].
pub async fn prune(db: &impl ConnectionTrait, webhook: Uuid) -> Result<(), DbErr> {
    let cutoff = DeliveryEntity::find()
        .filter(DeliveryColumn::WebhookId.eq(webhook))
        .order_by_desc(DeliveryColumn::CreatedAt)
        .order_by_desc(DeliveryColumn::Id)
        .offset(LOG_LIMIT)
        .limit(1)
        .one(db)
        .await?;
    if let Some(cutoff) = cutoff {
        DeliveryEntity::delete_many()
            .filter(DeliveryColumn::WebhookId.eq(webhook))
            .filter(DeliveryColumn::Status.ne(PENDING))
            .filter(DeliveryColumn::CreatedAt.lte(cutoff.created_at))
            .exec(db)
            .await?;
    }
    Ok(())
}
