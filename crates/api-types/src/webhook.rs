//! Webhooks of institutions (CRM integration): signed HTTPS deliveries of platform events.

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// What a webhook can subscribe to.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum WebhookEventType {
    /// A new organisation profile.
    #[serde(rename = "organization.created")]
    OrganizationCreated,
    /// A profile was changed (texts, address, codes, logo, verification).
    #[serde(rename = "organization.updated")]
    OrganizationUpdated,
    /// A profile was deleted (remove it from the CRM).
    #[serde(rename = "organization.deleted")]
    OrganizationDeleted,
    /// An offer or request was published.
    #[serde(rename = "opportunity.published")]
    OpportunityPublished,
    /// An offer or request was closed (with its outcome).
    #[serde(rename = "opportunity.closed")]
    OpportunityClosed,
    /// An organisation registered for one of the webhook owner's events (as organiser or
    /// co-organiser); other institutions' events are not sent.
    #[serde(rename = "event.registration.created")]
    EventRegistrationCreated,
}

impl WebhookEventType {
    pub const ALL: [WebhookEventType; 6] = [
        WebhookEventType::OrganizationCreated,
        WebhookEventType::OrganizationUpdated,
        WebhookEventType::OrganizationDeleted,
        WebhookEventType::OpportunityPublished,
        WebhookEventType::OpportunityClosed,
        WebhookEventType::EventRegistrationCreated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            WebhookEventType::OrganizationCreated => "organization.created",
            WebhookEventType::OrganizationUpdated => "organization.updated",
            WebhookEventType::OrganizationDeleted => "organization.deleted",
            WebhookEventType::OpportunityPublished => "opportunity.published",
            WebhookEventType::OpportunityClosed => "opportunity.closed",
            WebhookEventType::EventRegistrationCreated => "event.registration.created",
        }
    }

    pub fn parse(text: &str) -> Option<WebhookEventType> {
        Self::ALL.into_iter().find(|e| e.as_str() == text)
    }
}

/// Body of `create_webhook`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebhookInput {
    /// An `https://` URL (at most 2 000 characters, no user name or password in it).
    pub url: String,
    /// What it is for, e.g. "CRM IHK Dresden" (at most 200 characters).
    #[serde(default)]
    pub description: String,
    /// At least one.
    pub events: Vec<WebhookEventType>,
}

/// A webhook as listed (never its secret).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Webhook {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub url: String,
    pub description: String,
    pub events: Vec<WebhookEventType>,
    pub created_at: DateTime<Utc>,
    /// How its deliveries stand (over the kept delivery log).
    pub health: WebhookHealth,
}

/// How a webhook's deliveries stand, so a broken endpoint shows in the list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebhookHealth {
    /// Waiting for their first attempt or a retry.
    pub pending: u64,
    /// Given up after the last retry (can be re-sent).
    pub failed: u64,
    /// Delivered (in the kept log).
    pub delivered: u64,
    /// The last successful delivery.
    pub last_delivered_at: Option<DateTime<Utc>>,
}

/// The answer of `create_webhook`: the signing secret, shown this once.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatedWebhook {
    /// HMAC-SHA256 key of the `Glokal-Signature` header (`whsec_…`).
    pub secret: String,
    pub webhook: Webhook,
}

/// An organisation's webhooks, newest first.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebhookList {
    pub items: Vec<Webhook>,
}

/// Where a delivery stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum WebhookDeliveryStatus {
    /// Waiting for its first attempt or a retry.
    Pending,
    /// The endpoint answered 2xx.
    Delivered,
    /// Given up after the last retry (can be re-sent).
    Failed,
}

/// One delivery of one event to one webhook, as the delivery log shows it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebhookDelivery {
    pub id: Uuid,
    pub webhook_id: Uuid,
    /// The event (`id` in the body; the same for a re-delivery: de-duplicate on it).
    pub event_id: Uuid,
    pub event_type: WebhookEventType,
    pub status: WebhookDeliveryStatus,
    pub attempts: i32,
    /// HTTP status of the last attempt, if the endpoint answered.
    pub last_status_code: Option<i32>,
    /// Why the last attempt failed (status, time-out, connection error).
    pub last_error: Option<String>,
    /// When the next attempt is due (pending only).
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub delivered_at: Option<DateTime<Utc>>,
    /// The delivery this one repeats.
    pub redelivery_of: Option<Uuid>,
    /// The exact body sent.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub payload: serde_json::Value,
}

/// A webhook's deliveries, newest first (at most 100).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WebhookDeliveryList {
    pub items: Vec<WebhookDelivery>,
}
