use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ConversationSideQuery, ErrorBody, ErrorCode, Message, SendMessageRequest};
use glokal_store::conversations;
use uuid::Uuid;

use super::{check_attachments, check_message, not_blocked, notify_other_side, NewMessageNotice};
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::handlers::fields::Errors;
use crate::state::AppState;

/// Write in a conversation (members of the two organisations): plain text up to 5000
/// characters with line breaks, and up to 5 attachments from `upload_attachment`.
///
/// The conversation comes back to both inboxes; the other side's members get a notification,
/// and a mail unless they got one about this conversation in the last 15 minutes.
#[utoipa::path(
    tag = "conversations",
    operation_id = "send_message",
    params(("id" = Uuid, Path, description = "Conversation id"), ConversationSideQuery),
    request_body = SendMessageRequest,
    responses(
        (status = 201, description = "The message as stored", body = Message),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "One side blocked the other (`blocked`), the other organisation no longer exists, or `as_organization` is not the caller's side (`forbidden`)", body = ErrorBody),
        (status = 404, description = "No such conversation, or not one of the caller's organisations", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
        (status = 422, description = "`body`: `required`, `too_long`, `control_characters`; `attachment_ids`: `too_many`, `unknown_attachment`", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/conversations/{id}/messages")]
pub async fn send_message(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    side: web::Query<ConversationSideQuery>,
    body: web::Json<SendMessageRequest>,
) -> ApiResult<HttpResponse> {
    let user = user.0;
    let loaded = super::load_member(&state.db, *id, &user, side.as_organization).await?;
    let input = body.into_inner();
    let mut e = Errors::default();
    let message = check_message(&mut e, input.body, input.attachment_ids, true);
    e.finish(())?;
    let (Some(mine), Some(other)) = (loaded.my_organization(), loaded.other_organization()) else {
        return Err(ApiError::Client(ErrorCode::Forbidden));
    };
    check_attachments(&state.db, user.id, &message.attachment_ids).await?;
    not_blocked(&state.db, mine, other).await?;
    let txn = glokal_store::begin_write(&state.db).await?;
    let (stored, conversation) = conversations::add_message(
        &txn,
        loaded.conversation,
        loaded.side,
        Some(user.id),
        &message.body,
        &message.attachment_ids,
    )
    .await?;
    notify_other_side(
        &txn,
        &state,
        NewMessageNotice {
            conversation: &conversation,
            side: loaded.side,
            sender: &user,
            started: false,
            body: &message.body,
        },
    )
    .await?;
    // The writer has read everything up to their own message.
    conversations::mark_read(&txn, conversation.id, user.id).await?;
    txn.commit().await?;
    state.mail.kick();
    tracing::info!(conversation = %conversation.id, message = %stored.id, user_id = %user.id, "message sent");
    let mut api = conversations::messages_into_api(&state.db, vec![stored], Some(mine)).await?;
    let message = api
        .pop()
        .ok_or_else(|| ApiError::Unexpected(anyhow::anyhow!("stored message vanished")))?;
    Ok(HttpResponse::Created().json(message))
}
