use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode, EventInput, Role};
use glokal_store::{events, organizations};

use super::Access;
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Create an event as a draft, on behalf of an organisation (the organiser).
///
/// For institution staff who are owners or editors of `organization_id`, and platform admins.
/// The venue's town is matched to a known place (or `place_id` is given), which sets
/// coordinates and the NUTS 3 region; an online-only event needs `online_url`. Publish it with
/// `publish_event`.
#[utoipa::path(
    tag = "events",
    operation_id = "create_event",
    request_body = EventInput,
    responses(
        (status = 201, description = "Created as draft; `Location` points to it", body = glokal_api_types::Event),
        (status = 400, description = "Malformed JSON or unknown enum value", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not institution staff of the organisation, nor an admin", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
        (status = 422, description = "Invalid fields (e.g. `invalid_datetime`, `ends_before_start`, `unknown_organization`, `unknown_place`, `text_required`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/events")]
pub async fn create_event(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<EventInput>,
) -> ApiResult<HttpResponse> {
    user.require_role(&[Role::InstitutionStaff, Role::PlatformAdmin])?;
    let fields = super::validate::event_fields(&state.db, body.into_inner()).await?;
    if user.0.role() != Role::PlatformAdmin
        && organizations::member_role(&state.db, fields.organization_id, user.0.id)
            .await?
            .is_none()
    {
        return Err(ApiError::Client(ErrorCode::Forbidden));
    }
    let txn = glokal_store::begin_write(&state.db).await?;
    let created = events::create(&txn, fields, Some(user.0.id)).await?;
    txn.commit().await?;
    tracing::info!(event = %created.id, organization = %created.organization_id, user_id = %user.0.id, "event created");
    let location = format!("/api/v1/events/{}", created.id);
    let access = Access {
        sees_draft: true,
        staff: true,
        manage: true,
    };
    let view = super::event_view(&state.db, created, access, Some(&user.0)).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", location))
        .json(view))
}
