//! E-mail: trilingual templates, the durable outbox queue, transports (SMTP or
//! `.eml` files) and the worker that delivers with retries.

pub mod alert_templates;
pub mod event_templates;
pub mod follow_up;
pub mod matchmaking_templates;
pub mod message_templates;
pub mod templates;
pub mod transport;
pub mod worker;

use std::sync::Arc;

use glokal_store::{mail_outbox, ConnectionTrait, DbErr};
use tokio::sync::Notify;
use uuid::Uuid;

pub use templates::MailContent;
pub use transport::Mailer;

/// Puts mails into the outbox table and wakes the worker.
#[derive(Clone, Default)]
pub struct MailQueue {
    wake: Arc<Notify>,
}

impl MailQueue {
    /// A queue; hand [`MailQueue::waker`] to the worker.
    pub fn new() -> Self {
        MailQueue::default()
    }

    /// The signal the worker waits on.
    pub fn waker(&self) -> Arc<Notify> {
        self.wake.clone()
    }

    /// Stores a mail (inside the caller's transaction, if any). Call [`MailQueue::kick`]
    /// after the transaction commits.
    pub async fn enqueue(
        &self,
        db: &impl ConnectionTrait,
        user_id: Option<Uuid>,
        to: &str,
        content: &MailContent,
    ) -> Result<(), DbErr> {
        mail_outbox::enqueue(db, user_id, to, &content.subject, &content.body).await?;
        Ok(())
    }

    /// Stores a mail with a one-click unsubscribe link (`List-Unsubscribe`, RFC 8058).
    pub async fn enqueue_with_unsubscribe(
        &self,
        db: &impl ConnectionTrait,
        user_id: Option<Uuid>,
        to: &str,
        content: &MailContent,
        unsubscribe_url: &str,
    ) -> Result<(), DbErr> {
        mail_outbox::enqueue_with_unsubscribe(
            db,
            user_id,
            to,
            &content.subject,
            &content.body,
            unsubscribe_url,
        )
        .await?;
        Ok(())
    }

    /// Wakes the worker to send what is due now.
    pub fn kick(&self) {
        self.wake.notify_one();
    }
}
