use actix_web::{post, web, HttpResponse};
use chrono::Utc;
use glokal_api_types::{
    ErrorBody, ErrorCode, EventRegistration, EventRegistrationRequest, EventStatus,
    RegistrationStatus, WebhookEventType,
};
use glokal_store::events::{self, NewRegistration};
use glokal_store::organizations;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::handlers::fields::{multiline, Errors};
use crate::mail::event_templates;
use crate::state::AppState;
use crate::webhooks::{payload, Audience};

/// Register for an event on behalf of an organisation one is a member of.
///
/// While places are free the registration is `confirmed`; when the event is full it goes on
/// the waiting list (`waiting`, with its position) and moves up when someone cancels. A mail
/// in the registrant's language confirms it, with the `.ics` attached once there is a place.
/// Only for published events before the registration deadline (409 `registration_closed`),
/// once per person (409 `already_registered`).
#[utoipa::path(
    tag = "events",
    operation_id = "register_for_event",
    params(("id" = Uuid, Path, description = "Event id")),
    request_body = EventRegistrationRequest,
    responses(
        (status = 201, description = "Registered, or on the waiting list", body = EventRegistration),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "Registration not open (`registration_closed`) or already registered (`already_registered`)", body = ErrorBody),
        (status = 422, description = "Not a member of the organisation (`not_a_member`), unknown organisation, note too long", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/events/{id}/registrations")]
pub async fn register_for_event(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<EventRegistrationRequest>,
) -> ApiResult<HttpResponse> {
    let (event, _) = super::load_visible(&state.db, *id, Some(&user.0)).await?;
    let body = body.into_inner();
    let mut errors = Errors::default();
    let note = multiline(&mut errors, "note", body.note, 1000);
    let Some(organization) = organizations::get(&state.db, body.organization_id).await? else {
        return Err(ApiError::field("organization_id", "unknown_organization"));
    };
    if organizations::member_role(&state.db, organization.id, user.0.id)
        .await?
        .is_none()
    {
        errors.add("organization_id", "not_a_member");
    }
    errors.finish(())?;

    let txn = glokal_store::begin_write(&state.db).await?;
    // One registration after the other: counting and placing cannot interleave.
    events::lock(&txn, event.id).await?;
    let event = events::get(&txn, event.id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    let now = Utc::now();
    if event.status_at(now) != EventStatus::Published || now > event.deadline() {
        return Err(ApiError::Client(ErrorCode::RegistrationClosed));
    }
    let previous = events::registration_of(&txn, event.id, user.0.id).await?;
    if previous
        .as_ref()
        .is_some_and(|r| r.registration_status() != RegistrationStatus::Cancelled)
    {
        return Err(ApiError::Client(ErrorCode::AlreadyRegistered));
    }
    let confirmed = events::confirmed_count(&txn, event.id).await?;
    let waiting_list = events::waiting_list(&txn, event.id).await?;
    let full = event
        .capacity()
        .is_some_and(|c| confirmed >= u64::from(c) || !waiting_list.is_empty());
    let status = if full {
        RegistrationStatus::Waiting
    } else {
        RegistrationStatus::Confirmed
    };
    let registration = events::register(
        &txn,
        NewRegistration {
            event_id: event.id,
            user_id: user.0.id,
            organization_id: organization.id,
            note,
            status,
        },
        previous,
    )
    .await?;
    let person = &user.0;
    let link = super::event_link(&state, event.id);
    if status == RegistrationStatus::Confirmed {
        let mail = event_templates::registered(
            person.language(),
            &person.display_name,
            &event,
            &organization.name,
            &link,
        );
        super::enqueue_with_ics(&state, &txn, person, &mail, &event).await?;
    } else {
        let position = waiting_list.len() as u32 + 1;
        let mail = event_templates::waiting(
            person.language(),
            &person.display_name,
            &event,
            &organization.name,
            position,
            &link,
        );
        state
            .mail
            .enqueue(&txn, Some(person.id), &person.email, &mail)
            .await?;
    }
    let view = super::registration_view(&txn, registration).await?;
    let mut organizers = events::co_organizer_ids(&txn, event.id).await?;
    organizers.push(event.organization_id);
    crate::webhooks::emit(
        &txn,
        WebhookEventType::EventRegistrationCreated,
        view.id,
        Audience::Organizations(&organizers),
        payload::registration(&state.settings.public_url, &event, &view),
    )
    .await?;
    txn.commit().await?;
    state.mail.kick();
    state.webhooks.kick();
    tracing::info!(event = %event.id, registration = %view.id, status = ?view.status, "registered for event");
    Ok(HttpResponse::Created()
        .insert_header((
            "Location",
            format!("/api/v1/events/{}/registrations/{}", event.id, view.id),
        ))
        .json(view))
}
