use actix_web::{get, web};
use glokal_api_types::{ErrorBody, RegistrationEntry, RegistrationList, RegistrationStatus};
use glokal_store::events;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// The check-in list of an event (organisers and co-organisers' institution staff).
///
/// Confirmed people by organisation and name, then the waiting list in its order; with
/// counts of places, waiting and arrived people. Cancelled registrations are left out.
#[utoipa::path(
    tag = "events",
    operation_id = "list_registrations",
    params(("id" = Uuid, Path, description = "Event id")),
    responses(
        (status = 200, description = "Registrations with counts", body = RegistrationList),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an organiser", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/events/{id}/registrations")]
pub async fn list_registrations(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<RegistrationList>> {
    let (event, access) = super::load_visible(&state.db, *id, Some(&user.0)).await?;
    super::require_staff(access)?;
    Ok(web::Json(registration_list(&state.db, &event).await?))
}

/// The check-in list (also the answer of `check_in`'s callers who reload it).
pub(crate) async fn registration_list(
    db: &impl glokal_store::ConnectionTrait,
    event: &glokal_store::entities::event::Model,
) -> ApiResult<RegistrationList> {
    let rows = events::registrants(db, event.id).await?;
    let mut org_ids: Vec<Uuid> = rows.iter().map(|(r, _)| r.organization_id).collect();
    org_ids.sort();
    org_ids.dedup();
    let names = events::organization_names(db, &org_ids).await?;
    let mut confirmed = Vec::new();
    let mut waiting = Vec::new();
    for (registration, person) in rows {
        let status = registration.registration_status();
        let entry = RegistrationEntry {
            id: registration.id,
            user_id: person.id,
            name: person.display_name,
            email: person.email,
            organization: super::organizer(&names, registration.organization_id),
            status,
            waiting_position: None,
            note: registration.note,
            checked_in: registration.checked_in_at.is_some(),
            checked_in_at: registration.checked_in_at,
            registered_at: registration.registered_at,
        };
        match status {
            RegistrationStatus::Confirmed => confirmed.push(entry),
            RegistrationStatus::Waiting => waiting.push(entry),
            RegistrationStatus::Cancelled => {}
        }
    }
    confirmed.sort_by(|a, b| {
        a.organization
            .name
            .to_lowercase()
            .cmp(&b.organization.name.to_lowercase())
            .then(a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    // `registrants` returns people in the order they registered: the waiting list's order.
    for (i, entry) in waiting.iter_mut().enumerate() {
        entry.waiting_position = Some(i as u32 + 1);
    }
    let checked_in = confirmed.iter().filter(|e| e.checked_in).count() as u32;
    Ok(RegistrationList {
        event_id: event.id,
        capacity: event.capacity(),
        confirmed: confirmed.len() as u32,
        waiting: waiting.len() as u32,
        checked_in,
        items: confirmed.into_iter().chain(waiting).collect(),
    })
}
