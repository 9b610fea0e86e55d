use actix_web::{post, web};
use chrono::Utc;
use glokal_api_types::{CancelEventRequest, ErrorBody, ErrorCode, Event, EventStatus};
use glokal_store::{events, users};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::handlers::fields::{multiline, Errors};
use crate::mail::event_templates;
use crate::state::AppState;

/// Cancel a published event (organisers).
///
/// Everybody registered or waiting gets a mail in their language, with the reason if given
/// and the updated `.ics` (`STATUS:CANCELLED`), so calendars drop it. Drafts are deleted
/// instead; events that are over cannot be cancelled (409 `invalid_event_state`).
#[utoipa::path(
    tag = "events",
    operation_id = "cancel_event",
    params(("id" = Uuid, Path, description = "Event id")),
    request_body = CancelEventRequest,
    responses(
        (status = 200, description = "The cancelled event", body = Event),
        (status = 400, description = "Malformed JSON (send `{}` without a reason)", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an organiser", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "A draft, over or cancelled already (`invalid_event_state`)", body = ErrorBody),
        (status = 422, description = "Reason too long", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/events/{id}/cancel")]
pub async fn cancel_event(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<CancelEventRequest>,
) -> ApiResult<web::Json<Event>> {
    let (event, access) = super::load_visible(&state.db, *id, Some(&user.0)).await?;
    super::require_manage(access)?;
    let mut errors = Errors::default();
    let reason = multiline(&mut errors, "reason", body.into_inner().reason, 2000);
    let reason = errors.finish(reason)?;
    if !matches!(
        event.status_at(Utc::now()),
        EventStatus::Published | EventStatus::Closed
    ) {
        return Err(ApiError::Client(ErrorCode::InvalidEventState));
    }
    let txn = glokal_store::begin_write(&state.db).await?;
    events::lock(&txn, event.id).await?;
    // Read again under the lock, so a second, simultaneous cancellation mails nobody twice.
    let event = events::get(&txn, event.id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    if event.stored_status() == EventStatus::Cancelled {
        return Err(ApiError::Client(ErrorCode::InvalidEventState));
    }
    let cancelled = events::set_status(&txn, event, EventStatus::Cancelled, reason.clone()).await?;
    let organizer_name = events::organization_names(&txn, &[cancelled.organization_id])
        .await?
        .remove(&cancelled.organization_id)
        .unwrap_or_default();
    let link = super::event_link(&state, cancelled.id);
    let mut told = 0;
    for registration in events::registrations(&txn, cancelled.id).await? {
        let Some(person) = users::find_by_id(&txn, registration.user_id).await? else {
            continue;
        };
        let mail = event_templates::cancelled(
            person.language(),
            &person.display_name,
            &cancelled,
            &organizer_name,
            reason.as_deref(),
            &link,
        );
        super::enqueue_with_ics(&state, &txn, &person, &mail, &cancelled).await?;
        told += 1;
    }
    txn.commit().await?;
    state.mail.kick();
    tracing::info!(event = %cancelled.id, user_id = %user.0.id, told, "event cancelled");
    Ok(web::Json(
        super::event_view(&state.db, cancelled, access, Some(&user.0)).await?,
    ))
}
