use actix_web::{get, web};
use glokal_api_types::{ApiScope, ErrorBody, Event};
use uuid::Uuid;

use crate::auth::Caller;
use crate::error::ApiResult;
use crate::state::AppState;

/// An event with its programme, organisers and free places.
///
/// Public once published; drafts only for members of the organising organisations (404 for
/// everybody else). Logged-in callers see their own registration and whether they organise it.
#[utoipa::path(
    tag = "events",
    operation_id = "get_event",
    params(("id" = Uuid, Path, description = "Event id")),
    responses(
        (status = 403, description = "An API token without `events:read` (`insufficient_scope`)", body = ErrorBody),
        (status = 200, description = "The event", body = Event),
        (status = 401, description = "An access token was sent but is invalid or expired", body = ErrorBody),
        (status = 404, description = "No such event (or a draft of others)", body = ErrorBody),
    ),
    security((), ("bearer_auth" = []), ("api_token" = ["events:read"]))
)]
#[get("/events/{id}")]
pub async fn get_event(
    state: web::Data<AppState>,
    caller: Caller,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<Event>> {
    caller.require_scope(ApiScope::EventsRead)?;
    let (event, access) = super::load_visible(&state.db, *id, caller.user.as_ref()).await?;
    Ok(web::Json(
        super::event_view(&state.db, event, access, caller.user.as_ref()).await?,
    ))
}
