//! The webhook delivery worker: posts due deliveries, signed, and retries failures with
//! exponential back-off until [`WebhookTiming::max_attempts`]; then the delivery is `failed`
//! (it can be re-sent from the delivery log).

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use glokal_store::{webhooks, DatabaseConnection};
use tokio::sync::{watch, Notify};

use crate::mail::worker::retry_delay;

/// Timing of the worker.
#[derive(Debug, Clone, Copy)]
pub struct WebhookTiming {
    /// How often to look for due retries when nobody wakes the worker.
    pub poll: Duration,
    /// First retry delay; it doubles per failed attempt, up to one hour.
    pub retry_base: Duration,
    /// Attempts before a delivery is given up (`failed`).
    pub max_attempts: i32,
    /// How long one attempt may take.
    pub timeout: Duration,
}

impl Default for WebhookTiming {
    fn default() -> Self {
        WebhookTiming {
            poll: Duration::from_secs(5),
            retry_base: Duration::from_secs(30),
            max_attempts: 10,
            timeout: Duration::from_secs(10),
        }
    }
}

/// The HTTP client for deliveries: no redirects (a receiver must answer itself), a time-out.
pub fn client(timing: &WebhookTiming) -> anyhow::Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(timing.timeout)
        .user_agent(concat!("Glokal-Webhooks/", env!("CARGO_PKG_VERSION")))
        .build()?)
}

/// Posts everything that is due, once. Returns how many deliveries succeeded.
pub async fn deliver_due(
    db: &DatabaseConnection,
    client: &reqwest::Client,
    timing: &WebhookTiming,
) -> anyhow::Result<usize> {
    let mut delivered = 0;
    loop {
        let batch = webhooks::claim_due(db, 20).await?;
        if batch.is_empty() {
            return Ok(delivered);
        }
        for delivery in batch {
            let Some(hook) = webhooks::by_id(db, delivery.webhook_id).await? else {
                continue;
            };
            let signature =
                super::signature(&hook.secret, Utc::now().timestamp(), &delivery.payload);
            let result = client
                .post(&hook.url)
                .header("Content-Type", "application/json")
                .header("Glokal-Event", &delivery.event_type)
                .header("Glokal-Event-Id", delivery.event_id.to_string())
                .header("Glokal-Delivery", delivery.id.to_string())
                .header("Glokal-Signature", signature)
                .body(delivery.payload.clone())
                .send()
                .await;
            let (ok, code, error) = match result {
                Ok(response) if response.status().is_success() => {
                    (true, Some(response.status().as_u16()), None)
                }
                Ok(response) => {
                    let status = response.status();
                    (false, Some(status.as_u16()), Some(format!("HTTP {status}")))
                }
                Err(err) if err.is_timeout() => (false, None, Some("timed out".to_owned())),
                Err(err) => (false, None, Some(format!("{err:#}"))),
            };
            let attempts = delivery.attempts + 1;
            let retry_at = (!ok && attempts < timing.max_attempts)
                .then(|| Utc::now() + retry_delay(timing.retry_base, delivery.attempts));
            if ok {
                delivered += 1;
            } else {
                tracing::warn!(webhook = %hook.id, delivery = %delivery.id, attempts, error = ?error, retry_at = ?retry_at, "webhook delivery failed");
            }
            webhooks::record_attempt(db, delivery.id, ok, code, error.as_deref(), retry_at).await?;
            if ok || retry_at.is_none() {
                webhooks::prune(db, hook.id).await?;
            }
        }
    }
}

/// Runs until `shutdown` turns true: wakes on `wake` or every `timing.poll` interval.
pub async fn run(
    db: DatabaseConnection,
    wake: Arc<Notify>,
    mut shutdown: watch::Receiver<bool>,
    timing: WebhookTiming,
) {
    let client = match client(&timing) {
        Ok(client) => client,
        Err(err) => {
            tracing::error!(error = ?err, "webhook worker cannot build its HTTP client");
            return;
        }
    };
    loop {
        if let Err(err) = deliver_due(&db, &client, &timing).await {
            tracing::error!(error = ?err, "webhook worker failed; retrying later");
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(timing.poll) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            tracing::info!("webhook worker stopped");
            return;
        }
    }
}
