use std::collections::HashMap;

use actix_web::{get, web};
use glokal_api_types::{
    AuditLogPage, AuditLogQuery, ErrorBody, ModerationAction, ModerationEntry, ModerationTarget,
    Role,
};
use glokal_store::{moderation, users};

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// The audit log of moderation actions, newest first (platform admins): who did what to which
/// organisation or offer, when and why, and where the target stands now; `target_id` narrows
/// it to one.
#[utoipa::path(
    tag = "moderation",
    operation_id = "list_audit_log",
    params(AuditLogQuery),
    responses(
        (status = 200, description = "One page of the log", body = AuditLogPage),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not a platform admin", body = ErrorBody),
        (status = 422, description = "`limit` out of range", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/admin/audit-log")]
pub async fn list_audit_log(
    state: web::Data<AppState>,
    user: CurrentUser,
    query: web::Query<AuditLogQuery>,
) -> ApiResult<web::Json<AuditLogPage>> {
    user.require_role(&[Role::PlatformAdmin])?;
    let limit = query.limit.unwrap_or(50);
    if !(1..=200).contains(&limit) {
        return Err(ApiError::field("limit", "out_of_range"));
    }
    let (rows, total) =
        moderation::audit_log(&state.db, query.target_id, limit, query.offset.unwrap_or(0)).await?;
    let mut names: HashMap<uuid::Uuid, String> = HashMap::new();
    for id in rows.iter().filter_map(|r| r.actor_user_id) {
        if let std::collections::hash_map::Entry::Vacant(slot) = names.entry(id) {
            if let Some(u) = users::find_by_id(&state.db, id).await? {
                slot.insert(u.display_name);
            }
        }
    }
    let mut states = HashMap::new();
    for r in &rows {
        let Some(kind) = ModerationTarget::parse(&r.target_type) else {
            continue;
        };
        if let std::collections::hash_map::Entry::Vacant(slot) = states.entry(r.target_id) {
            let now = super::load(&state.db, kind, r.target_id)
                .await?
                .map(|t| t.state());
            slot.insert(now);
        }
    }
    let items = rows
        .into_iter()
        .filter_map(|r| {
            Some(ModerationEntry {
                action: ModerationAction::parse(&r.action)?,
                target_type: ModerationTarget::parse(&r.target_type)?,
                target_now: states.get(&r.target_id).copied().flatten(),
                actor_name: r.actor_user_id.and_then(|id| names.get(&id).cloned()),
                id: r.id,
                actor_user_id: r.actor_user_id,
                target_id: r.target_id,
                target_name: r.target_name,
                reason: r.reason,
                created_at: r.created_at,
            })
        })
        .collect();
    Ok(web::Json(AuditLogPage { items, total }))
}
