use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode, ReportCategory, ReportContentRequest};
use glokal_store::moderation;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::handlers::fields::{multiline, Errors};
use crate::state::AppState;

/// Report an organisation profile or an offer/request to the moderators (any logged-in
/// person), with a category and a note (required for `other`). The report goes to the
/// platform admins' queue; the reported side is not told. One open report per person and target.
#[utoipa::path(
    tag = "moderation",
    operation_id = "report_content",
    request_body = ReportContentRequest,
    responses(
        (status = 202, description = "Received"),
        (status = 400, description = "Malformed JSON or unknown `target_type`", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 404, description = "No such organisation or offer (or a hidden one)", body = ErrorBody),
        (status = 409, description = "`already_reported`: the caller's earlier report on it is still open", body = ErrorBody),
        (status = 422, description = "`reason` missing for category `other`, or longer than 2 000 characters", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/reports")]
pub async fn report_content(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<ReportContentRequest>,
) -> ApiResult<HttpResponse> {
    let input = body.into_inner();
    let mut e = Errors::default();
    let reason = multiline(&mut e, "reason", Some(input.reason), 2000);
    e.finish(())?;
    // A category says what is wrong; "other" needs the reporter's words.
    let reason = match reason {
        Some(reason) => reason,
        None if input.category == ReportCategory::Other => {
            return Err(ApiError::field("reason", "required"));
        }
        None => String::new(),
    };
    let target = super::load(&state.db, input.target_type, input.target_id)
        .await?
        .filter(|t| !t.hidden())
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    if moderation::open_report_by(&state.db, input.target_type, input.target_id, user.0.id)
        .await?
        .is_some()
    {
        return Err(ApiError::Client(ErrorCode::AlreadyReported));
    }
    let report = moderation::report(
        &state.db,
        moderation::NewReport {
            target: input.target_type,
            target_id: input.target_id,
            reporter: user.0.id,
            category: input.category,
            reason,
        },
    )
    .await?;
    tracing::info!(report = %report.id, target = %input.target_id, target_name = %target.name(), user_id = %user.0.id, "content reported");
    Ok(HttpResponse::Accepted().finish())
}
