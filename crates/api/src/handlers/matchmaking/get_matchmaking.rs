use actix_web::{get, web};
use glokal_api_types::{ErrorBody, MatchmakingSettings};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// The Kooperationsbörse of an event: settings, slots, counts, the caller's participant id,
/// and for organisers the meetings' outcomes.
#[utoipa::path(
    tag = "matchmaking",
    operation_id = "get_matchmaking",
    params(("id" = Uuid, Path, description = "Event id")),
    responses(
        (status = 200, description = "Settings and slots", body = MatchmakingSettings),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 404, description = "No such event (or a draft of others)", body = ErrorBody),
        (status = 409, description = "No matchmaking at this event, or not set up yet (`matchmaking_unavailable`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/events/{id}/matchmaking")]
pub async fn get_matchmaking(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<MatchmakingSettings>> {
    let (_, access, settings) = super::load_configured(&state.db, *id, &user.0).await?;
    Ok(web::Json(
        super::settings_view(&state.db, settings, access, &user.0).await?,
    ))
}
