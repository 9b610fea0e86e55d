//! `/api/v1/organizations*`: profiles, the directory and memberships.

pub mod api_tokens;
pub mod check_registry;
pub mod create_api_token;
pub mod create_organization;
mod cursor;
pub mod delete_logo;
pub mod delete_organization;
pub mod end_management;
pub mod export_organizations;
pub mod get_organization;
pub mod import_organizations;
pub mod invite_member;
pub mod list_api_tokens;
pub mod list_members;
pub mod list_organizations;
pub mod remove_member;
pub mod revoke_api_token;
pub mod revoke_invitation;
pub mod revoke_verification;
pub mod update_member;
pub mod update_organization;
pub mod upload_logo;
pub mod validate;
pub mod verify_organization;

use glokal_api_types::{
    ApiScope, ErrorCode, MemberList, MemberRole, OrganizationMember, PendingInvitation, Role,
};
use glokal_store::entities::{organization, user};
use glokal_store::{invitations, organizations, users, ConnectionTrait};
use uuid::Uuid;

use crate::auth::api_tokens::TokenAuth;
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};

/// Who writes an organisation profile: a logged-in person, or an institution's API token
/// with `organizations:write`.
pub(crate) enum Writer {
    Person(user::Model),
    Token(TokenAuth),
}

impl Writer {
    /// The writer of a request: 401 for nobody, 403 `insufficient_scope` for a token without
    /// `organizations:write`.
    pub(crate) fn of(caller: Caller) -> ApiResult<Writer> {
        caller.require_scope(ApiScope::OrganizationsWrite)?;
        match caller {
            Caller {
                user: Some(user), ..
            } => Ok(Writer::Person(user)),
            Caller {
                token: Some(token), ..
            } => Ok(Writer::Token(token)),
            _ => Err(ApiError::Client(ErrorCode::Unauthorized)),
        }
    }

    /// Owner and managing institution of organisations this writer creates: a person owns
    /// them; a token's organisations are managed by its institution and owned by the
    /// token's creator while they belong to it, else by the institution's first owner. With
    /// pre-moderation they wait, hidden, for a moderator.
    pub(crate) async fn creation(
        &self,
        db: &impl ConnectionTrait,
        pre_moderation: bool,
    ) -> ApiResult<organizations::Creation> {
        let (owner, managed_by) = match self {
            Writer::Person(user) => (Some(user.id), None),
            Writer::Token(token) => {
                let members = organizations::members(db, token.organization_id).await?;
                let owner = members
                    .iter()
                    .find(|m| Some(m.user_id) == token.created_by)
                    .or_else(|| members.iter().find(|m| m.role == MemberRole::Owner))
                    .map(|m| m.user_id);
                (owner, Some(token.organization_id))
            }
        };
        Ok(organizations::Creation {
            owner,
            managed_by,
            held_for_review: pre_moderation,
        })
    }

    /// For logs: the person's or the token's id.
    pub(crate) fn id(&self) -> Uuid {
        match self {
            Writer::Person(user) => user.id,
            Writer::Token(token) => token.id,
        }
    }
}

/// Loads an organisation or answers 404.
pub(crate) async fn load(db: &impl ConnectionTrait, id: Uuid) -> ApiResult<organization::Model> {
    organizations::get(db, id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))
}

/// The caller's role in the organisation; platform admins count as owners.
pub(crate) async fn effective_role(
    db: &impl ConnectionTrait,
    organization: Uuid,
    user: &user::Model,
) -> ApiResult<Option<MemberRole>> {
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

/// Members (with names and addresses) and open invitations, for the organisation's members.
pub(crate) async fn member_list(
    db: &impl ConnectionTrait,
    organization: Uuid,
) -> ApiResult<MemberList> {
    let mut members = Vec::new();
    for row in organizations::members(db, organization).await? {
        if let Some(user) = users::find_by_id(db, row.user_id).await? {
            members.push(OrganizationMember {
                user_id: row.user_id,
                display_name: user.display_name,
                email: user.email,
                role: row.role,
                since: row.since,
            });
        }
    }
    let mut pending = Vec::new();
    for invitation in invitations::list_open(db, organization).await? {
        let invited_by = match invitation.invited_by {
            Some(id) => users::find_by_id(db, id).await?.map(|u| u.display_name),
            None => None,
        };
        pending.push(PendingInvitation {
            id: invitation.id,
            role: invitation.member_role(),
            email: invitation.email,
            invited_by,
            created_at: invitation.created_at,
            expires_at: invitation.expires_at,
        });
    }
    Ok(MemberList {
        members,
        invitations: pending,
    })
}

/// 409 `last_owner` if removing or demoting `user` would leave the organisation without an owner.
pub(crate) async fn keep_an_owner(
    db: &impl ConnectionTrait,
    organization: Uuid,
    user: Uuid,
) -> ApiResult<()> {
    let members = organizations::members(db, organization).await?;
    let other_owners = members
        .iter()
        .filter(|m| m.role == MemberRole::Owner && m.user_id != user)
        .count();
    let is_owner = members
        .iter()
        .any(|m| m.role == MemberRole::Owner && m.user_id == user);
    if is_owner && other_owners == 0 {
        return Err(ApiError::Client(ErrorCode::LastOwner));
    }
    Ok(())
}
