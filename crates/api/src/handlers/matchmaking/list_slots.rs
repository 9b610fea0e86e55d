use actix_web::{get, web};
use glokal_api_types::{ErrorBody, Slot};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// The meeting slots of an event's Kooperationsbörse, in time order (index, start, end).
#[utoipa::path(
    tag = "matchmaking",
    operation_id = "list_slots",
    params(("id" = Uuid, Path, description = "Event id")),
    responses(
        (status = 200, description = "The slots", body = Vec<Slot>),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 404, description = "No such event (or a draft of others)", body = ErrorBody),
        (status = 409, description = "No matchmaking at this event, or not set up yet (`matchmaking_unavailable`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/events/{id}/matchmaking/slots")]
pub async fn list_slots(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<Vec<Slot>>> {
    let (_, _, settings) = super::load_configured(&state.db, *id, &user.0).await?;
    Ok(web::Json(settings.slots()))
}
