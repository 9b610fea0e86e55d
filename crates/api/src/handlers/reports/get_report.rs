use actix_web::{get, web};
use glokal_api_types::{ErrorBody, ErrorCode, ReportedConversation, Role};
use glokal_store::conversations;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// A report with the whole reported conversation (platform admins): the only way admins read
/// conversations.
#[utoipa::path(
    tag = "admin",
    operation_id = "get_report",
    params(("id" = Uuid, Path, description = "Report id")),
    responses(
        (status = 200, description = "The report and the conversation's thread", body = ReportedConversation),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not a platform admin", body = ErrorBody),
        (status = 404, description = "No such report", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/admin/reports/{id}")]
pub async fn get_report(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<ReportedConversation>> {
    user.require_role(&[Role::PlatformAdmin])?;
    let (report, conversation) = conversations::report(&state.db, *id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    let messages = conversations::messages(&state.db, conversation.id).await?;
    let messages = conversations::messages_into_api(&state.db, messages, None).await?;
    let kind = conversation.kind();
    let subject = conversation.subject.clone();
    let opportunity_id = conversation.opportunity_id;
    let mut reports = super::reports_into_api(&state.db, vec![(report, conversation)]).await?;
    let report = reports.pop().ok_or(ApiError::Client(ErrorCode::NotFound))?;
    tracing::info!(report = %report.id, conversation = %report.conversation_id, admin = %user.0.id, "reported conversation read");
    Ok(web::Json(ReportedConversation {
        report,
        kind,
        subject,
        opportunity_id,
        messages,
    }))
}
