use actix_web::{post, web};
use glokal_api_types::{ConversationReport, ErrorBody, ErrorCode, ResolveReportRequest, Role};
use glokal_store::conversations;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::handlers::fields::{multiline, Errors};
use crate::state::AppState;

/// Longest internal note, in characters.
pub const NOTE_MAX: usize = 2000;

/// Resolve a report with an outcome and an internal note (platform admins). Afterwards admins
/// can no longer download the conversation's attachments.
#[utoipa::path(
    tag = "admin",
    operation_id = "resolve_report",
    params(("id" = Uuid, Path, description = "Report id")),
    request_body = ResolveReportRequest,
    responses(
        (status = 200, description = "The resolved report", body = ConversationReport),
        (status = 400, description = "Malformed JSON or unknown outcome", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not a platform admin", body = ErrorBody),
        (status = 404, description = "No such report", body = ErrorBody),
        (status = 409, description = "Already resolved (`report_resolved`)", body = ErrorBody),
        (status = 422, description = "`note`: `too_long`", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/admin/reports/{id}/resolve")]
pub async fn resolve_report(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<ResolveReportRequest>,
) -> ApiResult<web::Json<ConversationReport>> {
    user.require_role(&[Role::PlatformAdmin])?;
    let input = body.into_inner();
    let mut e = Errors::default();
    let note = multiline(&mut e, "note", input.note, NOTE_MAX);
    e.finish(())?;
    let (report, conversation) = conversations::report(&state.db, *id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    if !report.is_open() {
        return Err(ApiError::Client(ErrorCode::ReportResolved));
    }
    let resolved =
        conversations::resolve_report(&state.db, report, input.outcome, note, user.0.id).await?;
    tracing::info!(report = %resolved.id, admin = %user.0.id, outcome = ?input.outcome, "report resolved");
    let mut api = super::reports_into_api(&state.db, vec![(resolved, conversation)]).await?;
    Ok(web::Json(
        api.pop().ok_or(ApiError::Client(ErrorCode::NotFound))?,
    ))
}
