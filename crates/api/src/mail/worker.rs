//! The outbox worker: sends due mails, retries failures with exponential back-off.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use glokal_store::{mail_outbox, DatabaseConnection};
use tokio::sync::{watch, Notify};

use super::Mailer;

/// Timing of the worker.
#[derive(Debug, Clone, Copy)]
pub struct WorkerTiming {
    /// How often to look for due retries when nobody wakes the worker.
    pub poll: Duration,
    /// First retry delay; it doubles per failed attempt, up to one hour.
    pub retry_base: Duration,
}

impl Default for WorkerTiming {
    fn default() -> Self {
        WorkerTiming {
            poll: Duration::from_secs(5),
            retry_base: Duration::from_secs(30),
        }
    }
}

/// Longest delay between two attempts.
const MAX_RETRY_DELAY: Duration = Duration::from_secs(3600);

/// Delay before retry number `attempts + 1`: `base` doubling per attempt, at most one hour.
pub fn retry_delay(base: Duration, attempts: i32) -> Duration {
    let exponent = attempts.clamp(0, 16) as u32;
    base.saturating_mul(1 << exponent).min(MAX_RETRY_DELAY)
}

/// Sends everything that is due, once. Returns how many mails were sent.
pub async fn deliver_due(
    db: &DatabaseConnection,
    mailer: &Mailer,
    retry_base: Duration,
) -> anyhow::Result<usize> {
    let mut sent = 0;
    loop {
        let batch = mail_outbox::claim_due(db, 20).await?;
        if batch.is_empty() {
            return Ok(sent);
        }
        for mail in batch {
            match mailer.deliver(&mail).await {
                Ok(()) => {
                    if mail.user_id.is_some() {
                        mail_outbox::mark_sent(db, mail.id).await?;
                    } else {
                        // Mails to no account (e.g. "your account was deleted") keep no address once sent.
                        mail_outbox::delete(db, mail.id).await?;
                    }
                    sent += 1;
                }
                Err(err) => {
                    let retry_at = Utc::now() + retry_delay(retry_base, mail.attempts);
                    tracing::warn!(mail_id = %mail.id, attempts = mail.attempts + 1, error = ?err, %retry_at, "mail delivery failed; will retry");
                    mail_outbox::mark_failed(db, mail.id, &format!("{err:#}"), retry_at).await?;
                }
            }
        }
    }
}

/// Runs until `shutdown` turns true: wakes on `wake` or every `timing.poll` interval.
pub async fn run(
    db: DatabaseConnection,
    mailer: Mailer,
    wake: Arc<Notify>,
    mut shutdown: watch::Receiver<bool>,
    timing: WorkerTiming,
) {
    loop {
        if let Err(err) = deliver_due(&db, &mailer, timing.retry_base).await {
            tracing::error!(error = ?err, "mail outbox worker failed; retrying later");
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(timing.poll) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            // Deliver what is due before stopping, so nothing waits for the next start.
            if let Err(err) = deliver_due(&db, &mailer, timing.retry_base).await {
                tracing::error!(error = ?err, "mail outbox worker failed while stopping");
            }
            tracing::info!("mail outbox worker stopped");
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_off_doubles_and_caps() {
        let base = Duration::from_secs(30);
        assert_eq!(retry_delay(base, 0), Duration::from_secs(30));
        assert_eq!(retry_delay(base, 1), Duration::from_secs(60));
        assert_eq!(retry_delay(base, 6), Duration::from_secs(1920));
        assert_eq!(retry_delay(base, 7), Duration::from_secs(3600));
        assert_eq!(retry_delay(base, 100), Duration::from_secs(3600));
    }
}
