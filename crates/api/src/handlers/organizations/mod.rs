//! `/api/v1/organizations*`: profiles, the directory and memberships.

pub mod create_organization;
pub mod delete_organization;
pub mod get_organization;
pub mod invite_member;
pub mod list_organizations;
pub mod update_organization;
pub mod validate;

use glokal_api_types::{ErrorCode, MemberRole, Role};
use glokal_store::entities::{organization, user};
use glokal_store::{organizations, ConnectionTrait};
use uuid::Uuid;

use crate::error::{ApiError, ApiResult};

/// Loads an organisation or answers 404.
pub(crate) async fn load(db: &impl ConnectionTrait, id: Uuid) -> ApiResult<organization::Model> {
    organizations::get(db, id).await?.ok_or(ApiError::Client(ErrorCode::NotFound))
}

/// The caller's role in the organisation; platform admins count as owners.
pub(crate) async fn effective_role(db: &impl ConnectionTrait, organization: Uuid, user: &user::Model) -> ApiResult<Option<MemberRole>> {
    if user.role() == Role::PlatformAdmin {
        return Ok(Some(MemberRole::Owner));
    }
    Ok(organizations::member_role(db, organization, user.id).await?)
}

/// 403 unless the caller has one of the roles.
pub(crate) fn require(role: Option<MemberRole>, allowed: &[MemberRole]) -> ApiResult<()> {
    match role {
        Some(role) if allowed.contains(&role) => Ok(()),
        _ => Err(ApiError::Client(ErrorCode::Forbidden)),
    }
}
