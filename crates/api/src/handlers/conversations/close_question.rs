use actix_web::{delete, post, web};
use glokal_api_types::{
    Conversation, ConversationKind, ConversationSideQuery, ErrorBody, ErrorCode,
};
use glokal_store::conversations::{self, Side};
use glokal_store::expert_questions;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Close an "ask an expert" question as answered (members of the institution asked). It
/// leaves the open queue (`open_only=true`); a new message from either side reopens it.
#[utoipa::path(
    tag = "conversations",
    operation_id = "close_question",
    params(("id" = Uuid, Path, description = "Conversation id"), ConversationSideQuery),
    responses(
        (status = 200, description = "The closed question", body = Conversation),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not a member of the institution asked", body = ErrorBody),
        (status = 404, description = "No such conversation of the caller's organisations", body = ErrorBody),
        (status = 409, description = "Not an expert question (`not_an_expert_question`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/conversations/{id}/close")]
pub async fn close_question(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    side: web::Query<ConversationSideQuery>,
) -> ApiResult<web::Json<Conversation>> {
    set_closed(&state, &user, *id, side.as_organization, true).await
}

/// Reopen a closed "ask an expert" question (members of the institution asked).
#[utoipa::path(
    tag = "conversations",
    operation_id = "reopen_question",
    params(("id" = Uuid, Path, description = "Conversation id"), ConversationSideQuery),
    responses(
        (status = 200, description = "The reopened question", body = Conversation),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not a member of the institution asked", body = ErrorBody),
        (status = 404, description = "No such conversation of the caller's organisations", body = ErrorBody),
        (status = 409, description = "Not an expert question (`not_an_expert_question`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[delete("/conversations/{id}/close")]
pub async fn reopen_question(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    side: web::Query<ConversationSideQuery>,
) -> ApiResult<web::Json<Conversation>> {
    set_closed(&state, &user, *id, side.as_organization, false).await
}

async fn set_closed(
    state: &AppState,
    user: &CurrentUser,
    id: Uuid,
    as_organization: Option<Uuid>,
    closed: bool,
) -> ApiResult<web::Json<Conversation>> {
    let mut loaded = super::load_member(&state.db, id, &user.0, as_organization).await?;
    if loaded.conversation.kind() != ConversationKind::AskExpert {
        return Err(ApiError::Client(ErrorCode::NotAnExpertQuestion));
    }
    if loaded.side != Side::Recipient {
        return Err(ApiError::Client(ErrorCode::Forbidden));
    }
    expert_questions::set_closed(&state.db, id, closed.then_some(user.0.id)).await?;
    loaded.conversation = conversations::get(&state.db, id)
        .await?
        .ok_or(ApiError::Client(ErrorCode::NotFound))?;
    Ok(web::Json(
        super::detail(&state.db, &loaded, user.0.id).await?,
    ))
}
