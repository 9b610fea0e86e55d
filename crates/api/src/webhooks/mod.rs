//! Webhooks for institutions' CRMs: events are written to the durable delivery queue in the
//! same transaction as the change that caused them ([`emit`]), and the [`worker`] posts them,
//! signed, to the subscribed endpoints, retrying with back-off.
//!
//! Body: `{"id": <event id>, "type": "organization.created", "created_at": …, "data": {…}}`.
//! Headers: `Glokal-Event`, `Glokal-Delivery` (this delivery's id), `Glokal-Event-Id`, and
//! `Glokal-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed with the
//! webhook's secret>`. A receiver recomputes the HMAC over the raw body, compares in constant
//! time and rejects timestamps older than five minutes (replays).

pub mod payload;
pub mod worker;

use std::sync::Arc;

use base64::Engine;
use chrono::Utc;
use glokal_api_types::WebhookEventType;
use glokal_store::entities::{opportunity, organization};
use glokal_store::{webhooks, ConnectionTrait, DbErr};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;
use tokio::sync::Notify;
use uuid::Uuid;

/// Wakes the delivery worker after a commit that queued deliveries.
#[derive(Clone, Default)]
pub struct WebhookQueue {
    notify: Arc<Notify>,
}

impl WebhookQueue {
    pub fn new() -> Self {
        Self::default()
    }

    /// Tells the worker to look now (call after the transaction committed).
    pub fn kick(&self) {
        self.notify.notify_one();
    }

    /// The handle the worker waits on.
    pub fn waker(&self) -> Arc<Notify> {
        self.notify.clone()
    }
}

/// Who receives an event: every subscribed webhook, or only those of some organisations
/// (an event's organisers for its registrations).
#[derive(Debug, Clone, Copy)]
pub enum Audience<'a> {
    Everyone,
    Organizations(&'a [Uuid]),
}

/// Queues `event` with `data` for every active webhook subscribed to it (in the caller's
/// transaction). Returns how many deliveries were queued.
pub async fn emit(
    db: &impl ConnectionTrait,
    event: WebhookEventType,
    resource: Uuid,
    audience: Audience<'_>,
    data: serde_json::Value,
) -> Result<usize, DbErr> {
    let owners = match audience {
        Audience::Everyone => None,
        Audience::Organizations(ids) => Some(ids),
    };
    let hooks = webhooks::subscribed(db, event, owners).await?;
    if hooks.is_empty() {
        return Ok(0);
    }
    let event_id = Uuid::new_v4();
    let body = serde_json::json!({
        "id": event_id,
        "type": event.as_str(),
        "created_at": Utc::now(),
        "data": data,
    })
    .to_string();
    for hook in &hooks {
        webhooks::enqueue(db, hook.id, event_id, event.as_str(), resource, &body, None).await?;
    }
    Ok(hooks.len())
}

/// Queues an `organization.*` event for `org` (everyone subscribed).
pub async fn organization_event(
    db: &impl ConnectionTrait,
    public_url: &str,
    event: WebhookEventType,
    org: &organization::Model,
) -> Result<usize, DbErr> {
    emit(
        db,
        event,
        org.id,
        Audience::Everyone,
        payload::organization(public_url, org),
    )
    .await
}

/// Queues an `opportunity.*` event for `opp` of `org` (everyone subscribed).
pub async fn opportunity_event(
    db: &impl ConnectionTrait,
    public_url: &str,
    event: WebhookEventType,
    opp: &opportunity::Model,
    org: &organization::Model,
) -> Result<usize, DbErr> {
    emit(
        db,
        event,
        opp.id,
        Audience::Everyone,
        payload::opportunity(public_url, opp, org),
    )
    .await
}

/// A new signing secret: `whsec_` and 32 random bytes, base64url.
pub fn generate_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!(
        "whsec_{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    )
}

/// The `Glokal-Signature` header value for `body` sent at `timestamp` (unix seconds).
pub fn signature(secret: &str, timestamp: i64, body: &str) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any size");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body.as_bytes());
    let digest = mac.finalize().into_bytes();
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("t={timestamp},v1={hex}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_matches_a_known_hmac() {
        // HMAC-SHA256("key", "1700000000.{}") computed independently (Python's hmac module).
        assert_eq!(
            signature("key", 1_700_000_000, "{}"),
            "t=1700000000,v1=9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae"
        );
    }

    #[test]
    fn secrets_differ_and_have_their_prefix() {
        let (a, b) = (generate_secret(), generate_secret());
        assert!(a.starts_with("whsec_") && a.len() == 6 + 43);
        assert_ne!(a, b);
    }
}
