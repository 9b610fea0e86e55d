use actix_web::{get, web, HttpResponse};
use glokal_api_types::{ErrorBody, ExportQuery, RegistrationStatus};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::spreadsheet::{self, Format};
use crate::state::AppState;

/// The participants of an event as CSV or XLSX (organisers and co-organisers' institution
/// staff): the check-in list's rows — organisation, person, e-mail, status, waiting position,
/// note, check-in.
#[utoipa::path(
    tag = "events",
    operation_id = "export_registrations",
    params(("id" = Uuid, Path, description = "Event id"), ExportQuery),
    responses(
        (status = 200, description = "The file", content(
            (String = "text/csv"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an organiser", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 422, description = "Unknown `format`", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/events/{id}/registrations/export")]
pub async fn export_registrations(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    query: web::Query<ExportQuery>,
) -> ApiResult<HttpResponse> {
    let format = Format::from_query(query.format.as_deref())?;
    let (event, access) = super::load_visible(&state.db, *id, Some(&user.0)).await?;
    super::require_staff(access)?;
    let list = super::list_registrations::registration_list(&state.db, &event).await?;
    let rows: Vec<Vec<String>> = list
        .items
        .into_iter()
        .map(|e| {
            vec![
                e.organization.name,
                e.name,
                e.email,
                match e.status {
                    RegistrationStatus::Confirmed => "confirmed",
                    RegistrationStatus::Waiting => "waiting",
                    RegistrationStatus::Cancelled => "cancelled",
                }
                .to_owned(),
                e.waiting_position
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
                e.note.unwrap_or_default(),
                e.checked_in_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
                e.registered_at.to_rfc3339(),
            ]
        })
        .collect();
    let headers = [
        "organization",
        "name",
        "email",
        "status",
        "waiting_position",
        "note",
        "checked_in_at",
        "registered_at",
    ];
    let body = spreadsheet::write(format, &headers, &rows)?;
    Ok(spreadsheet::download(
        format,
        &format!("glokal-participants-{}", event.id),
        body,
    ))
}
