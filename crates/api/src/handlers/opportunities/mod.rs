//! `/api/v1/opportunities*`: offers and requests of organisations, the marketplace list.

pub mod close_opportunity;
pub mod create_opportunity;
pub mod delete_opportunity;
pub mod dismiss_match;
pub mod export_opportunities;
pub mod extend_opportunity;
pub mod get_opportunity;
pub mod list_opportunities;
pub mod list_opportunity_matches;
pub mod restore_match;
pub mod update_opportunity;
pub mod validate;

use glokal_api_types::{ErrorCode, MemberRole};
use glokal_store::entities::{opportunity, organization, user};
use glokal_store::{opportunities, ConnectionTrait};
use uuid::Uuid;

use super::organizations::{effective_role, require};
use crate::error::{ApiError, ApiResult};

/// An opportunity with its organisation and the caller's role there.
pub(crate) struct Loaded {
    pub opportunity: opportunity::Model,
    pub organization: organization::Model,
    pub role: Option<MemberRole>,
}

/// Loads an opportunity the caller may see: drafts only for the organisation's members and
/// platform admins; for everyone else a draft does not exist (404).
pub(crate) async fn load_visible(
    db: &impl ConnectionTrait,
    id: Uuid,
    caller: Option<&user::Model>,
) -> ApiResult<Loaded> {
    let (opportunity, organization) = opportunities::get(db, id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    let role = match caller {
        Some(user) => effective_role(db, organization.id, user).await?,
        None => None,
    };
    // Drafts, and what the moderators hid, exist only for the organisation (and admins).
    let hidden = opportunity.hidden_at.is_some() || organization.hidden_at.is_some();
    if (opportunity.is_draft() || hidden) && role.is_none() {
        return Err(ApiError::Client(ErrorCode::NotFound));
    }
    Ok(Loaded {
        opportunity,
        organization,
        role,
    })
}

/// Loads an opportunity for a change: 404 as in [`load_visible`], 403 unless the caller is an
/// owner or editor of the organisation (or a platform admin).
pub(crate) async fn load_editable(
    db: &impl ConnectionTrait,
    id: Uuid,
    caller: &user::Model,
) -> ApiResult<Loaded> {
    let loaded = load_visible(db, id, Some(caller)).await?;
    require(loaded.role, &[MemberRole::Owner, MemberRole::Editor])?;
    Ok(loaded)
}

/// 403 `organization_suspended` while the moderators have suspended the organisation.
pub(crate) fn not_suspended(organization: &organization::Model) -> ApiResult<()> {
    if organization.suspended_at.is_some() {
        Err(ApiError::Client(ErrorCode::OrganizationSuspended))
    } else {
        Ok(())
    }
}

/// 409 `opportunity_closed` for a closed opportunity.
pub(crate) fn not_closed(opportunity: &opportunity::Model) -> ApiResult<()> {
    if opportunity.is_closed() {
        Err(ApiError::Client(ErrorCode::OpportunityClosed))
    } else {
        Ok(())
    }
}
