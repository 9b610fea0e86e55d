//! Members of an organisation, invitations and one's own memberships.

use glokal_api_types::{
    InvitationPreview, InviteMemberRequest, MemberList, MemberRole, Membership, UpdateMemberRequest,
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiClientError};

/// An invitation token as a path segment.
fn token_path(token: &str) -> String {
    String::from(js_sys::encode_uri_component(token.trim()))
}

impl Api {
    /// `GET /organizations/{id}/members`: members and open invitations (members only).
    pub async fn members(self, id: Uuid) -> Result<MemberList, ApiClientError> {
        self.get(&format!("/organizations/{id}/members"), true)
            .await
    }

    /// `POST /organizations/{id}/members`: adds a registered address at once, invites any other.
    pub async fn invite_member(
        self,
        id: Uuid,
        request: &InviteMemberRequest,
    ) -> Result<MemberList, ApiClientError> {
        self.call(
            Method::POST,
            &format!("/organizations/{id}/members"),
            request,
            true,
        )
        .await
    }

    /// `PUT /organizations/{id}/members/{user_id}`: a new role (owners).
    pub async fn update_member(
        self,
        id: Uuid,
        user_id: Uuid,
        role: MemberRole,
    ) -> Result<MemberList, ApiClientError> {
        self.call(
            Method::PUT,
            &format!("/organizations/{id}/members/{user_id}"),
            &UpdateMemberRequest { role },
            true,
        )
        .await
    }

    /// `DELETE /organizations/{id}/members/{user_id}`: removes a member, or leaves.
    pub async fn remove_member(self, id: Uuid, user_id: Uuid) -> Result<(), ApiClientError> {
        self.call_empty::<()>(
            Method::DELETE,
            &format!("/organizations/{id}/members/{user_id}"),
            None,
            true,
        )
        .await
    }

    /// `DELETE /organizations/{id}/invitations/{invitation_id}`: withdraws an invitation.
    pub async fn revoke_invitation(
        self,
        id: Uuid,
        invitation_id: Uuid,
    ) -> Result<(), ApiClientError> {
        self.call_empty::<()>(
            Method::DELETE,
            &format!("/organizations/{id}/invitations/{invitation_id}"),
            None,
            true,
        )
        .await
    }

    /// `GET /invitations/{token}`: what an invitation link offers.
    pub async fn invitation(self, token: &str) -> Result<InvitationPreview, ApiClientError> {
        self.get(&format!("/invitations/{}", token_path(token)), false)
            .await
    }

    /// `POST /invitations/{token}/accept`: joins with the logged-in account.
    pub async fn accept_invitation(self, token: &str) -> Result<Membership, ApiClientError> {
        self.post_for(&format!("/invitations/{}/accept", token_path(token)), true)
            .await
    }

    /// `GET /me/organizations`: the organisations the caller belongs to.
    pub async fn my_organizations(self) -> Result<Vec<Membership>, ApiClientError> {
        self.get("/me/organizations", true).await
    }
}
