use actix_web::{get, web};
use chrono::Utc;
use glokal_api_types::{ErrorBody, MyRegistration};
use glokal_store::events;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// The caller's registrations (not cancelled) with their events, by start.
#[utoipa::path(
    tag = "me",
    operation_id = "my_registrations",
    responses(
        (status = 200, description = "Registrations and their events", body = Vec<MyRegistration>),
        (status = 401, description = "Not logged in", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/me/registrations")]
pub async fn my_registrations(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> ApiResult<web::Json<Vec<MyRegistration>>> {
    let registrations = events::registrations_of_user(&state.db, user.0.id).await?;
    let ids: Vec<_> = registrations.iter().map(|r| r.event_id).collect();
    let rows = events::get_many(&state.db, &ids).await?;
    let summaries = super::list_events::summaries(&state.db, rows, Utc::now()).await?;
    let mut out = Vec::with_capacity(summaries.len());
    for event in summaries {
        if let Some(registration) = registrations.iter().find(|r| r.event_id == event.id) {
            out.push(MyRegistration {
                registration: super::registration_view(&state.db, registration.clone()).await?,
                event,
            });
        }
    }
    Ok(web::Json(out))
}
