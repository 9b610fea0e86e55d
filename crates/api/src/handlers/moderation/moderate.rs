use std::collections::BTreeMap;

use actix_web::{post, web};
use glokal_api_types::{
    ErrorBody, ErrorCode, MemberRole, ModerationAction, ModerationEntry, ModerationRequest,
    ModerationTarget, Role,
};
use glokal_store::notifications::{self, NewNotification};
use glokal_store::search_changes::{self, ChangedEntity};
use glokal_store::{moderation, organizations, ConnectionTrait};
use uuid::Uuid;

use super::Target;
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::handlers::fields::{multiline, Errors};
use crate::state::AppState;

/// Act on an organisation or an offer (platform admins), with a reason that the audit log
/// keeps: `approve` (a new organisation was looked at; with pre-moderation,
/// `GLOKAL_MODERATION=pre`, this also shows it for the first time), `hide`/`unhide` (gone from lists,
/// search and public pages at once; its members still see it), `warn` (the owners get the
/// reason as a notification), `suspend`/`unsuspend` (organisations: hidden, and they can
/// neither publish nor start conversations). Open reports on the target are closed by
/// `approve`, `hide`, `warn` and `suspend`.
#[utoipa::path(
    tag = "moderation",
    operation_id = "moderate",
    request_body = ModerationRequest,
    responses(
        (status = 200, description = "Done; the audit-log entry", body = ModerationEntry),
        (status = 400, description = "Malformed JSON or unknown action", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not a platform admin", body = ErrorBody),
        (status = 404, description = "No such organisation or offer", body = ErrorBody),
        (status = 422, description = "`reason` missing or too long; `action` `not_applicable` (suspending an offer)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/admin/moderation/actions")]
pub async fn moderate(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<ModerationRequest>,
) -> ApiResult<web::Json<ModerationEntry>> {
    user.require_role(&[Role::PlatformAdmin])?;
    let input = body.into_inner();
    let mut e = Errors::default();
    let reason = multiline(&mut e, "reason", Some(input.reason), 2000).unwrap_or_default();
    e.finish(())?;
    let action = input.action;
    if reason.is_empty() && action != ModerationAction::Approve {
        return Err(ApiError::field("reason", "required"));
    }
    if input.target_type == ModerationTarget::Opportunity
        && matches!(
            action,
            ModerationAction::Suspend | ModerationAction::Unsuspend
        )
    {
        return Err(ApiError::field("action", "not_applicable"));
    }
    let txn = glokal_store::begin_write(&state.db).await?;
    let target = super::load(&txn, input.target_type, input.target_id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    let name = target.name();
    let id = input.target_id;
    let hidden_reason = Some(reason.as_str());
    match (&target, action) {
        (Target::Organization(_), ModerationAction::Approve) => {
            moderation::set_reviewed(&txn, id).await?;
            if moderation::release_after_review(&txn, id).await? {
                search_changes::record(&txn, ChangedEntity::Organization, id).await?;
            }
        }
        (Target::Organization(_), ModerationAction::Hide) => {
            moderation::set_organization_hidden(&txn, id, hidden_reason).await?;
        }
        (Target::Organization(_), ModerationAction::Unhide) => {
            moderation::set_organization_hidden(&txn, id, None).await?;
        }
        (Target::Organization(_), ModerationAction::Suspend) => {
            moderation::set_suspended(&txn, id, true).await?;
            moderation::set_organization_hidden(&txn, id, hidden_reason).await?;
            moderation::set_reviewed(&txn, id).await?;
        }
        (Target::Organization(_), ModerationAction::Unsuspend) => {
            moderation::set_suspended(&txn, id, false).await?;
            moderation::set_organization_hidden(&txn, id, None).await?;
        }
        (Target::Opportunity(..), ModerationAction::Hide) => {
            moderation::set_opportunity_hidden(&txn, id, hidden_reason).await?;
        }
        (Target::Opportunity(..), ModerationAction::Unhide) => {
            moderation::set_opportunity_hidden(&txn, id, None).await?;
        }
        (_, ModerationAction::Warn) | (Target::Opportunity(..), _) => {}
    }
    if matches!(
        action,
        ModerationAction::Approve
            | ModerationAction::Hide
            | ModerationAction::Warn
            | ModerationAction::Suspend
    ) {
        moderation::resolve_reports(&txn, input.target_type, id, user.0.id).await?;
    }
    let (entity, organization) = match &target {
        Target::Organization(org) => (ChangedEntity::Organization, org),
        Target::Opportunity(_, org) => (ChangedEntity::Opportunity, org),
    };
    if action != ModerationAction::Approve && action != ModerationAction::Warn {
        search_changes::record(&txn, entity, id).await?;
    }
    if matches!(
        action,
        ModerationAction::Warn | ModerationAction::Hide | ModerationAction::Suspend
    ) {
        notify_owners(&txn, organization.id, action, &name, &reason, &target).await?;
    }
    let entry = moderation::log(
        &txn,
        user.0.id,
        action,
        input.target_type,
        id,
        &name,
        &reason,
    )
    .await?;
    let now = super::load(&txn, input.target_type, id)
        .await?
        .map(|t| t.state());
    txn.commit().await?;
    tracing::info!(admin = %user.0.id, action = action.as_str(), target = %id, "moderation action");
    Ok(web::Json(ModerationEntry {
        id: entry.id,
        actor_user_id: Some(user.0.id),
        actor_name: Some(user.0.display_name.clone()),
        action,
        target_type: input.target_type,
        target_id: id,
        target_name: entry.target_name,
        reason: entry.reason,
        created_at: entry.created_at,
        target_now: now,
    }))
}

/// Tells the organisation's owners in their notifications (in their language).
async fn notify_owners(
    db: &impl ConnectionTrait,
    organization: Uuid,
    action: ModerationAction,
    name: &str,
    reason: &str,
    target: &Target,
) -> ApiResult<()> {
    let link = match target {
        Target::Organization(org) => format!("/organizations/{}", org.id),
        Target::Opportunity(opp, _) => format!("/opportunities/{}", opp.id),
    };
    let key = format!("notification-moderation-{}", action.as_str());
    let params = BTreeMap::from([
        ("name".to_owned(), name.to_owned()),
        ("reason".to_owned(), reason.to_owned()),
    ]);
    for member in organizations::members(db, organization).await? {
        if member.role != MemberRole::Owner {
            continue;
        }
        notifications::create(
            db,
            NewNotification {
                user_id: member.user_id,
                kind: format!("moderation_{}", action.as_str()),
                title_key: Some(format!("{key}-title")),
                body_key: Some(format!("{key}-body")),
                params: params.clone(),
                texts: None,
                link: Some(link.clone()),
                group_key: None,
                hidden: false,
            },
        )
        .await?;
    }
    Ok(())
}
