//! `/api/v1/invitations/{token}`: the link in an invitation mail.

pub mod accept_invitation;
pub mod get_invitation;

use glokal_api_types::ErrorCode;
use glokal_store::entities::organization_invitation;
use glokal_store::{invitations, ConnectionTrait};

use crate::auth::tokens;
use crate::error::{ApiError, ApiResult};

/// An open invitation by its token, or 404 (unknown, withdrawn, used or expired alike).
pub(crate) async fn open_invitation(
    db: &impl ConnectionTrait,
    token: &str,
) -> ApiResult<organization_invitation::Model> {
    invitations::find_open(db, &tokens::hash_token(token))
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))
}
