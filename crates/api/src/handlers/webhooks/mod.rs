//! Webhooks of institutions: register endpoints for platform events, read the delivery log,
//! re-send a delivery. Managed by the same people as API tokens (the institution's owners who
//! are institution staff, and platform admins).

pub mod create_webhook;
pub mod delete_webhook;
pub mod list_webhook_deliveries;
pub mod list_webhooks;
pub mod redeliver_webhook;

use glokal_api_types::ErrorCode;
use glokal_store::{entities::organization, webhooks};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::handlers::organizations::api_tokens::manageable;
use crate::state::AppState;

/// The organisation and one of its webhooks, if the caller manages them (404 otherwise).
pub(crate) async fn load(
    state: &AppState,
    user: &CurrentUser,
    id: Uuid,
    webhook_id: Uuid,
) -> ApiResult<(organization::Model, webhooks::Model)> {
    let org = manageable(state, user, id).await?;
    let hook = webhooks::get(&state.db, org.id, webhook_id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    Ok((org, hook))
}
