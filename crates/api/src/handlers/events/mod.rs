//! `/api/v1/events*`: events, their iCalendar export, registrations and check-in.
//!
//! Rights: organisers are platform admins and institution staff who are owners or editors of
//! the organising organisation (edit, publish, close, cancel, delete drafts); institution staff
//! of a co-organising organisation also see the registrations and check people in. Drafts are
//! seen only by members of the organising and co-organising organisations (and admins).

pub mod cancel_event;
pub mod cancel_registration;
pub mod check_in;
pub mod close_event;
pub mod create_event;
pub mod delete_event;
pub mod export_registrations;
pub mod get_event;
pub mod get_event_ics;
pub mod get_events_feed;
pub mod ics;
pub mod list_events;
pub mod list_registrations;
pub mod local_time;
pub mod my_registrations;
pub mod publish_event;
pub mod register_for_event;
pub mod update_event;
pub mod validate;

use chrono::{DateTime, Utc};
use glokal_api_types::{
    ErrorCode, EventOrganizer, EventRegistration, EventStatus, Language, OwnRegistration,
    RegistrationStatus, Role,
};
use glokal_store::entities::{event, user};
use glokal_store::events::{self, Counts, EventContext, Registration};
use glokal_store::mail_outbox::Attachment;
use glokal_store::{organizations, users, ConnectionTrait};
use uuid::Uuid;

use crate::error::{ApiError, ApiResult};
use crate::mail::{event_templates, MailContent};
use crate::state::AppState;

/// What a caller may do with an event.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Access {
    /// Sees it while it is a draft.
    pub sees_draft: bool,
    /// Sees the registrations and checks people in.
    pub staff: bool,
    /// Edits, publishes, closes, cancels, deletes.
    pub manage: bool,
}

/// The caller's rights on an event.
pub(crate) async fn access(
    db: &impl ConnectionTrait,
    event: &event::Model,
    user: Option<&user::Model>,
) -> ApiResult<Access> {
    let Some(user) = user else {
        return Ok(Access::default());
    };
    if user.role() == Role::PlatformAdmin {
        return Ok(Access {
            sees_draft: true,
            staff: true,
            manage: true,
        });
    }
    let staff_role = user.role() == Role::InstitutionStaff;
    if organizations::member_role(db, event.organization_id, user.id)
        .await?
        .is_some()
    {
        return Ok(Access {
            sees_draft: true,
            staff: staff_role,
            manage: staff_role,
        });
    }
    for org in events::co_organizer_ids(db, event.id).await? {
        if organizations::member_role(db, org, user.id)
            .await?
            .is_some()
        {
            return Ok(Access {
                sees_draft: true,
                staff: staff_role,
                manage: false,
            });
        }
    }
    Ok(Access::default())
}

/// Loads an event the caller may see: 404 for unknown ids and for others' drafts.
pub(crate) async fn load_visible(
    db: &impl ConnectionTrait,
    id: Uuid,
    user: Option<&user::Model>,
) -> ApiResult<(event::Model, Access)> {
    let event = events::get(db, id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    let access = access(db, &event, user).await?;
    if event.stored_status() == EventStatus::Draft && !access.sees_draft {
        return Err(ApiError::Client(ErrorCode::NotFound));
    }
    Ok((event, access))
}

/// 403 unless the caller organises the event.
pub(crate) fn require_manage(access: Access) -> ApiResult<()> {
    if access.manage {
        Ok(())
    } else {
        Err(ApiError::Client(ErrorCode::Forbidden))
    }
}

/// 403 unless the caller organises or co-organises the event.
pub(crate) fn require_staff(access: Access) -> ApiResult<()> {
    if access.staff {
        Ok(())
    } else {
        Err(ApiError::Client(ErrorCode::Forbidden))
    }
}

/// An organisation's name as shown on events (`?` if it vanished meanwhile).
pub(crate) fn organizer(
    names: &std::collections::HashMap<Uuid, String>,
    id: Uuid,
) -> EventOrganizer {
    EventOrganizer {
        id,
        name: names.get(&id).cloned().unwrap_or_else(|| "?".to_owned()),
    }
}

/// 1-based position of a waiting registration.
pub(crate) async fn waiting_position(
    db: &impl ConnectionTrait,
    registration: &Registration,
) -> ApiResult<Option<u32>> {
    if registration.registration_status() != RegistrationStatus::Waiting {
        return Ok(None);
    }
    let list = events::waiting_list(db, registration.event_id).await?;
    Ok(list
        .iter()
        .position(|r| r.id == registration.id)
        .map(|i| i as u32 + 1))
}

/// The full event as the caller sees it.
pub(crate) async fn event_view(
    db: &impl ConnectionTrait,
    event: event::Model,
    access: Access,
    user: Option<&user::Model>,
) -> ApiResult<glokal_api_types::Event> {
    let co_ids = events::co_organizer_ids(db, event.id).await?;
    let mut ids = vec![event.organization_id];
    ids.extend(&co_ids);
    let names = events::organization_names(db, &ids).await?;
    let counts = events::counts(db, &[event.id])
        .await?
        .remove(&event.id)
        .unwrap_or_default();
    let my_registration = match user {
        Some(user) => match events::registration_of(db, event.id, user.id).await? {
            Some(r) if r.registration_status() != RegistrationStatus::Cancelled => {
                Some(OwnRegistration {
                    id: r.id,
                    status: r.registration_status(),
                    waiting_position: waiting_position(db, &r).await?,
                })
            }
            _ => None,
        },
        None => None,
    };
    let mut co_organizers: Vec<EventOrganizer> =
        co_ids.iter().map(|id| organizer(&names, *id)).collect();
    co_organizers.sort_by_key(|o| o.name.to_lowercase());
    let context = EventContext {
        organizer: organizer(&names, event.organization_id),
        co_organizers,
        counts,
        can_manage: access.manage,
        my_registration,
    };
    Ok(event.into_api(context, Utc::now()))
}

/// A registration as its registrant sees it.
pub(crate) async fn registration_view(
    db: &impl ConnectionTrait,
    registration: Registration,
) -> ApiResult<EventRegistration> {
    let names = events::organization_names(db, &[registration.organization_id]).await?;
    let waiting_position = waiting_position(db, &registration).await?;
    Ok(EventRegistration {
        id: registration.id,
        event_id: registration.event_id,
        organization: organizer(&names, registration.organization_id),
        status: registration.registration_status(),
        waiting_position,
        checked_in: registration.checked_in_at.is_some(),
        note: registration.note,
        registered_at: registration.registered_at,
    })
}

/// Link to the event's page in the SPA.
pub(crate) fn event_link(state: &AppState, id: Uuid) -> String {
    format!(
        "{}/events/{}",
        state.settings.public_url.trim_end_matches('/'),
        id
    )
}

/// The event's `.ics` in a language, as a mail attachment.
pub(crate) fn ics_attachment(state: &AppState, event: &event::Model, lang: Language) -> Attachment {
    Attachment {
        name: "event.ics".to_owned(),
        content_type: ics::CONTENT_TYPE_PUBLISH.to_owned(),
        body: ics::calendar(state, std::slice::from_ref(event), lang, None),
    }
}

/// Queues a mail with the event's `.ics` attached (inside the caller's transaction).
pub(crate) async fn enqueue_with_ics(
    state: &AppState,
    db: &impl ConnectionTrait,
    recipient: &user::Model,
    mail: &MailContent,
    event: &event::Model,
) -> ApiResult<()> {
    let attachment = ics_attachment(state, event, recipient.language());
    glokal_store::mail_outbox::enqueue_with_attachment(
        db,
        Some(recipient.id),
        &recipient.email,
        &mail.subject,
        &mail.body,
        Some(&attachment),
    )
    .await?;
    Ok(())
}

/// Moves people up from the waiting list while there are free places, and tells them by mail
/// (inside the caller's transaction, with the event locked). Only before the event starts.
pub(crate) async fn promote_waiting(
    state: &AppState,
    db: &impl ConnectionTrait,
    event: &event::Model,
    now: DateTime<Utc>,
) -> ApiResult<u32> {
    let open = matches!(
        event.status_at(now),
        EventStatus::Published | EventStatus::Closed
    );
    if !open || now >= event.starts_at {
        return Ok(0);
    }
    let mut confirmed = events::confirmed_count(db, event.id).await? as u32;
    let mut promoted = 0;
    for waiting in events::waiting_list(db, event.id).await? {
        if event.capacity().is_some_and(|c| confirmed >= c) {
            break;
        }
        let registration =
            events::set_registration_status(db, waiting, RegistrationStatus::Confirmed).await?;
        confirmed += 1;
        promoted += 1;
        if let Some(person) = users::find_by_id(db, registration.user_id).await? {
            let org = events::organization_names(db, &[registration.organization_id]).await?;
            let mail = event_templates::promoted(
                person.language(),
                &person.display_name,
                event,
                &organizer(&org, registration.organization_id).name,
                &event_link(state, event.id),
            );
            enqueue_with_ics(state, db, &person, &mail, event).await?;
            tracing::info!(event = %event.id, registration = %registration.id, "moved up from the waiting list");
        }
    }
    Ok(promoted)
}

/// Counts of an event (for lists).
pub(crate) fn counts_of(map: &std::collections::HashMap<Uuid, Counts>, id: Uuid) -> Counts {
    map.get(&id).copied().unwrap_or_default()
}
