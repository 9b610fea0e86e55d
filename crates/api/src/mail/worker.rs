//! The outbox worker: sends due mails, retries failures with exponential back-off.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use glokal_store::{mail_outbox, DatabaseConnection};
use tokio::sync::{watch, Notify};

use super::Mailer;

/// Delay before retry number `attempts + 1`: 30 s doubling, at most one hour.
pub fn retry_delay(attempts: i32) -> Duration {
    let exponent = attempts.clamp(0, 7) as u32;
    Duration::from_secs((30u64 << exponent).min(3600))
}

/// Sends everything that is due, once. Returns how many mails were sent.
pub async fn deliver_due(db: &DatabaseConnection, mailer: &Mailer) -> anyhow::Result<usize> {
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
                    let retry_at = Utc::now() + retry_delay(mail.attempts);
                    tracing::warn!(mail_id = %mail.id, attempts = mail.attempts + 1, error = ?err, %retry_at, "mail delivery failed; will retry");
                    mail_outbox::mark_failed(db, mail.id, &format!("{err:#}"), retry_at).await?;
                }
            }
        }
    }
}

/// Runs until `shutdown` turns true: wakes on `wake` or every `poll` interval.
pub async fn run(db: DatabaseConnection, mailer: Mailer, wake: Arc<Notify>, mut shutdown: watch::Receiver<bool>, poll: Duration) {
    loop {
        if let Err(err) = deliver_due(&db, &mailer).await {
            tracing::error!(error = ?err, "mail outbox worker failed; retrying later");
        }
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(poll) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            // Deliver what is due before stopping, so nothing waits for the next start.
            if let Err(err) = deliver_due(&db, &mailer).await {
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
        assert_eq!(retry_delay(0), Duration::from_secs(30));
        assert_eq!(retry_delay(1), Duration::from_secs(60));
        assert_eq!(retry_delay(6), Duration::from_secs(1920));
        assert_eq!(retry_delay(7), Duration::from_secs(3600));
        assert_eq!(retry_delay(100), Duration::from_secs(3600));
    }
}
