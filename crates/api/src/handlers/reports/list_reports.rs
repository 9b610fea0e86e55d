use actix_web::{get, web};
use glokal_api_types::{ErrorBody, ReportPage, ReportQuery, ReportStatus, Role};
use glokal_store::conversations;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::handlers::fields::Errors;
use crate::state::AppState;

/// Abuse reports on conversations, oldest first (platform admins): open ones unless
/// `status=resolved`.
#[utoipa::path(
    tag = "admin",
    operation_id = "list_reports",
    params(ReportQuery),
    responses(
        (status = 200, description = "One page of reports", body = ReportPage),
        (status = 400, description = "Malformed parameters", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not a platform admin", body = ErrorBody),
        (status = 422, description = "`limit` out of range", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/admin/reports")]
pub async fn list_reports(
    state: web::Data<AppState>,
    user: CurrentUser,
    query: web::Query<ReportQuery>,
) -> ApiResult<web::Json<ReportPage>> {
    user.require_role(&[Role::PlatformAdmin])?;
    let mut e = Errors::default();
    let limit = query.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        e.add("limit", "out_of_range");
    }
    e.finish(())?;
    let offset = query.offset.unwrap_or(0);
    let status = query.status.unwrap_or(ReportStatus::Open);
    let (rows, total) = conversations::reports(&state.db, status, offset, limit).await?;
    Ok(web::Json(ReportPage {
        items: super::reports_into_api(&state.db, rows).await?,
        total,
        offset,
        limit,
    }))
}
