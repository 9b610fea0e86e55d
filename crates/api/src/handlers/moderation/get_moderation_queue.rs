use actix_web::{get, web};
use glokal_api_types::{
    ContentReport, ErrorBody, ModerationQueue, ModerationTarget, QueuedOrganization,
    ReportCategory, ReportStatus, Role,
};
use glokal_store::{conversations, moderation};

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// The moderation queue (platform admins): open reports on profiles and offers with what they
/// point to, new organisations not yet looked at (post-moderation: they are visible already;
/// `approve` takes them off the queue), and how many conversation reports are open.
#[utoipa::path(
    tag = "moderation",
    operation_id = "get_moderation_queue",
    responses(
        (status = 200, description = "The queue", body = ModerationQueue),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not a platform admin", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/admin/moderation")]
pub async fn get_moderation_queue(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> ApiResult<web::Json<ModerationQueue>> {
    user.require_role(&[Role::PlatformAdmin])?;
    let mut reports = Vec::new();
    for report in moderation::open_reports(&state.db).await? {
        let Some(kind) = ModerationTarget::parse(&report.target_type) else {
            continue;
        };
        // A report on something deleted since has nothing left to moderate.
        let Some(target) = super::load(&state.db, kind, report.target_id).await? else {
            continue;
        };
        reports.push(ContentReport {
            id: report.id,
            target_type: kind,
            target_id: report.target_id,
            target_name: target.name(),
            category: ReportCategory::parse(&report.category),
            reason: report.reason,
            created_at: report.created_at,
            target_hidden: target.hidden(),
        });
    }
    let new_organizations = moderation::unreviewed_organizations(&state.db, 100)
        .await?
        .into_iter()
        .map(|o| QueuedOrganization {
            id: o.id,
            name: o.name,
            country: o.country,
            city: o.city,
            created_at: o.created_at,
            hidden: o.hidden_at.is_some(),
            suspended: o.suspended_at.is_some(),
        })
        .collect();
    let (_, open_conversation_reports) =
        conversations::reports(&state.db, ReportStatus::Open, 0, 1).await?;
    Ok(web::Json(ModerationQueue {
        reports,
        new_organizations,
        open_conversation_reports,
    }))
}
