//! Who manages an organisation's API tokens: owners of an institution organisation (chamber,
//! cluster, association, research, development agency, public body) who are institution
//! staff, and platform admins.

use glokal_api_types::{MemberRole, Role};
use glokal_store::entities::organization;

use super::verify_organization::VOUCHING_KINDS;
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// The organisation, if the caller may manage its tokens: 404 unknown, 403 not allowed,
/// 422 `not_an_institution` for a company.
pub(crate) async fn manageable(
    state: &AppState,
    user: &CurrentUser,
    id: uuid::Uuid,
) -> ApiResult<organization::Model> {
    let org = super::load(&state.db, id).await?;
    if user.0.role() != Role::PlatformAdmin {
        user.require_role(&[Role::InstitutionStaff])?;
        super::require(
            super::effective_role(&state.db, org.id, &user.0).await?,
            &[MemberRole::Owner],
        )?;
    }
    if !VOUCHING_KINDS.contains(&org.kind()) {
        return Err(ApiError::field("organization_id", "not_an_institution"));
    }
    Ok(org)
}
