use actix_web::{get, web};
use glokal_api_types::{Conversation, ConversationSideQuery, ErrorBody};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// A conversation with its whole thread, oldest message first, each with its sender's name
/// and organisation (members of the two organisations only; it does not mark it read).
#[utoipa::path(
    tag = "conversations",
    operation_id = "get_conversation",
    params(("id" = Uuid, Path, description = "Conversation id"), ConversationSideQuery),
    responses(
        (status = 200, description = "The conversation", body = Conversation),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "`as_organization` is not the caller's side", body = ErrorBody),
        (status = 404, description = "No such conversation, or not one of the caller's organisations", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/conversations/{id}")]
pub async fn get_conversation(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    side: web::Query<ConversationSideQuery>,
) -> ApiResult<web::Json<Conversation>> {
    let loaded = super::load_member(&state.db, *id, &user.0, side.as_organization).await?;
    Ok(web::Json(
        super::detail(&state.db, &loaded, user.0.id).await?,
    ))
}
