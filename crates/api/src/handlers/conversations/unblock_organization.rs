use actix_web::{delete, web, HttpResponse};
use glokal_api_types::{ConversationSideQuery, ErrorBody, ErrorCode};
use glokal_store::conversations;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Lift the caller's organisation's block of the other organisation of a conversation (a
/// block by the other side stays).
#[utoipa::path(
    tag = "conversations",
    operation_id = "unblock_organization",
    params(("id" = Uuid, Path, description = "Conversation id"), ConversationSideQuery),
    responses(
        (status = 204, description = "No longer blocked by the caller's organisation"),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "`as_organization` is not the caller's side", body = ErrorBody),
        (status = 404, description = "No such conversation, not one of the caller's organisations, or the other organisation no longer exists", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[delete("/conversations/{id}/block")]
pub async fn unblock_organization(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    side: web::Query<ConversationSideQuery>,
) -> ApiResult<HttpResponse> {
    let loaded = super::load_member(&state.db, *id, &user.0, side.as_organization).await?;
    let (Some(mine), Some(other)) = (loaded.my_organization(), loaded.other_organization()) else {
        return Err(ApiError::Client(ErrorCode::NotFound));
    };
    conversations::unblock(&state.db, mine, other).await?;
    tracing::info!(organization = %mine, unblocked = %other, user_id = %user.0.id, "organisation unblocked");
    Ok(HttpResponse::NoContent().finish())
}
