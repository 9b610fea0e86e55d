use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ArchiveConversationRequest, ConversationSideQuery, ErrorBody};
use glokal_store::conversations;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// Archive a conversation for the caller's organisation (or bring it back with
/// `archived: false`); the other side's inbox is not affected. A new message brings it back.
#[utoipa::path(
    tag = "conversations",
    operation_id = "archive_conversation",
    params(("id" = Uuid, Path, description = "Conversation id"), ConversationSideQuery),
    request_body = ArchiveConversationRequest,
    responses(
        (status = 204, description = "Archived or brought back"),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "`as_organization` is not the caller's side", body = ErrorBody),
        (status = 404, description = "No such conversation, or not one of the caller's organisations", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/conversations/{id}/archive")]
pub async fn archive_conversation(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    side: web::Query<ConversationSideQuery>,
    body: web::Json<ArchiveConversationRequest>,
) -> ApiResult<HttpResponse> {
    let loaded = super::load_member(&state.db, *id, &user.0, side.as_organization).await?;
    conversations::set_archived(&state.db, loaded.conversation, loaded.side, body.archived).await?;
    Ok(HttpResponse::NoContent().finish())
}
