use actix_web::{put, web};
use chrono::Utc;
use glokal_api_types::{ErrorBody, ErrorCode, Event, EventInput, EventStatus};
use glokal_store::events;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Replace an event's data (organisers: institution staff of the organiser, platform admins).
///
/// Possible while it is a draft, published or closed — not once cancelled or over (409
/// `invalid_event_state`). The organiser cannot change (422 `cannot_change`), and the capacity
/// not drop below the confirmed registrations (422 `below_registrations`); a larger capacity
/// moves people up from the waiting list, who are told by mail.
#[utoipa::path(
    tag = "events",
    operation_id = "update_event",
    params(("id" = Uuid, Path, description = "Event id")),
    request_body = EventInput,
    responses(
        (status = 200, description = "The updated event", body = Event),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an organiser", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "Cancelled or over (`invalid_event_state`)", body = ErrorBody),
        (status = 422, description = "Invalid fields", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[put("/events/{id}")]
pub async fn update_event(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<EventInput>,
) -> ApiResult<web::Json<Event>> {
    let (event, access) = super::load_visible(&state.db, *id, Some(&user.0)).await?;
    super::require_manage(access)?;
    if matches!(
        event.status_at(Utc::now()),
        EventStatus::Cancelled | EventStatus::Done
    ) {
        return Err(ApiError::Client(ErrorCode::InvalidEventState));
    }
    let fields = super::validate::event_fields(&state.db, body.into_inner()).await?;
    if fields.organization_id != event.organization_id {
        return Err(ApiError::field("organization_id", "cannot_change"));
    }
    let txn = glokal_store::begin_write(&state.db).await?;
    events::lock(&txn, event.id).await?;
    // Read again under the lock: it may have been cancelled meanwhile.
    let event = events::get(&txn, event.id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    if event.stored_status() == EventStatus::Cancelled {
        return Err(ApiError::Client(ErrorCode::InvalidEventState));
    }
    let confirmed = events::confirmed_count(&txn, event.id).await?;
    if fields.capacity.is_some_and(|c| u64::from(c) < confirmed) {
        return Err(ApiError::field("capacity", "below_registrations"));
    }
    let updated = events::update(&txn, event, fields).await?;
    let promoted = super::promote_waiting(&state, &txn, &updated, Utc::now()).await?;
    txn.commit().await?;
    if promoted > 0 {
        state.mail.kick();
    }
    tracing::info!(event = %updated.id, user_id = %user.0.id, promoted, "event updated");
    Ok(web::Json(
        super::event_view(&state.db, updated, access, Some(&user.0)).await?,
    ))
}
