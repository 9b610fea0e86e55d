use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ConversationSideQuery, ErrorBody};
use glokal_store::{conversations, notifications};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// Mark everything in a conversation read for the caller (a marker per user: colleagues keep
/// their own unread counts); the caller's notifications about it are marked read too.
#[utoipa::path(
    tag = "conversations",
    operation_id = "mark_conversation_read",
    params(("id" = Uuid, Path, description = "Conversation id"), ConversationSideQuery),
    responses(
        (status = 204, description = "Marked read"),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "`as_organization` is not the caller's side", body = ErrorBody),
        (status = 404, description = "No such conversation, or not one of the caller's organisations", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/conversations/{id}/read")]
pub async fn mark_conversation_read(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    side: web::Query<ConversationSideQuery>,
) -> ApiResult<HttpResponse> {
    let loaded = super::load_member(&state.db, *id, &user.0, side.as_organization).await?;
    let txn = glokal_store::begin_write(&state.db).await?;
    conversations::mark_read(&txn, loaded.conversation.id, user.0.id).await?;
    notifications::mark_group_read(
        &txn,
        user.0.id,
        &format!("conversation:{}", loaded.conversation.id),
    )
    .await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
