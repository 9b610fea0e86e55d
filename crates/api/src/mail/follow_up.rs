//! The follow-up of a Kooperationsbörse: 90 days after the event, every participant with
//! published meetings they have not rated gets one mail asking how the meetings went (sent once:
//! a marker is stored in the same transaction as the mail). A small periodic task runs it.

use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use glokal_store::{matchmaking, DatabaseConnection};
use tokio::sync::{watch, Notify};

use super::matchmaking_templates::{self, MeetingLine};
use crate::handlers::matchmaking::agenda::{self, Version};
use crate::handlers::matchmaking::{table_label, ScheduleData};

/// Days after the event's end.
pub const AFTER_DAYS: i64 = 90;

/// Events that ended longer ago than this are left alone (e.g. after a long outage).
pub const WINDOW_DAYS: i64 = 180;

/// Queues the follow-up mails due at `now`; returns how many were queued. Idempotent.
pub async fn enqueue_due(
    db: &DatabaseConnection,
    public_url: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<usize> {
    let events = matchmaking::ended_between(
        db,
        now - Duration::days(WINDOW_DAYS),
        now - Duration::days(AFTER_DAYS),
    )
    .await?;
    let mut queued = 0;
    for event in events {
        let Some(settings) = matchmaking::settings(db, event.id).await? else {
            continue;
        };
        let data = ScheduleData::load(db, event.id).await?;
        let ratings = matchmaking::ratings(db, event.id).await?;
        let sent = matchmaking::follow_ups_sent(db, event.id).await?;
        let slots = settings.slots();
        let link = format!(
            "{}/events/{}/matchmaking",
            public_url.trim_end_matches('/'),
            event.id
        );
        for participant in data.participants.values() {
            if sent.contains(&participant.id()) {
                continue;
            }
            let unrated: Vec<_> = agenda::entries(
                participant.id(),
                Version::Published,
                &data.meetings,
                &data.requests,
                &data.participants,
                &slots,
            )
            .into_iter()
            .filter(|e| !ratings.contains_key(&(e.meeting_id, participant.id())))
            .collect();
            if unrated.is_empty() {
                continue;
            }
            let person = &participant.user;
            let lang = person.language();
            let lines: Vec<MeetingLine> = unrated
                .iter()
                .map(|e| MeetingLine {
                    starts_at: e.slot.starts_at,
                    ends_at: e.slot.ends_at,
                    table: table_label(lang, &settings, e.table),
                    organization: e.partner.organization.name.clone(),
                    interpreter_missing: false,
                })
                .collect();
            let mail =
                matchmaking_templates::follow_up(lang, &person.display_name, &event, &lines, &link);
            let txn = glokal_store::begin_write(db).await?;
            if matchmaking::mark_follow_up_sent(&txn, event.id, participant.id(), now).await? {
                glokal_store::mail_outbox::enqueue(
                    &txn,
                    Some(person.id),
                    &person.email,
                    &mail.subject,
                    &mail.body,
                )
                .await?;
                queued += 1;
            }
            txn.commit().await?;
        }
    }
    if queued > 0 {
        tracing::info!(queued, "matchmaking follow-up mails queued");
    }
    Ok(queued)
}

/// Runs [`enqueue_due`] at start and then every `every` until `shutdown` turns true, waking
/// the mail worker when something was queued.
pub async fn run(
    db: DatabaseConnection,
    public_url: String,
    wake: Arc<Notify>,
    mut shutdown: watch::Receiver<bool>,
    every: StdDuration,
) {
    loop {
        match enqueue_due(&db, &public_url, Utc::now()).await {
            Ok(n) if n > 0 => wake.notify_one(),
            Ok(_) => {}
            Err(err) => {
                tracing::error!(error = ?err, "matchmaking follow-up failed; retrying later")
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = shutdown.changed() => {}
        }
        if *shutdown.borrow() {
            return;
        }
    }
}
