use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ConversationSideQuery, ErrorBody, ErrorCode};
use glokal_store::conversations;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Block the other organisation of a conversation for the caller's organisation: from now on
/// neither side can start conversations with or write to the other (403 `blocked`) until
/// `unblock_organization`. Existing messages stay readable.
#[utoipa::path(
    tag = "conversations",
    operation_id = "block_organization",
    params(("id" = Uuid, Path, description = "Conversation id"), ConversationSideQuery),
    responses(
        (status = 204, description = "Blocked (also when it already was)"),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "`as_organization` is not the caller's side", body = ErrorBody),
        (status = 404, description = "No such conversation, not one of the caller's organisations, or the other organisation no longer exists", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/conversations/{id}/block")]
pub async fn block_organization(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    side: web::Query<ConversationSideQuery>,
) -> ApiResult<HttpResponse> {
    let loaded = super::load_member(&state.db, *id, &user.0, side.as_organization).await?;
    let (Some(mine), Some(other)) = (loaded.my_organization(), loaded.other_organization()) else {
        return Err(ApiError::Client(ErrorCode::NotFound));
    };
    conversations::block(&state.db, mine, other, user.0.id).await?;
    tracing::info!(organization = %mine, blocked = %other, user_id = %user.0.id, "organisation blocked");
    Ok(HttpResponse::NoContent().finish())
}
