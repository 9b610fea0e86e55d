use std::collections::BTreeMap;

use actix_web::{post, web};
use glokal_api_types::{
    Conversation, ConversationKind, ConversationSideQuery, ErrorBody, ErrorCode, HandOverRequest,
};
use glokal_store::conversations::Side;
use glokal_store::notifications::{self, NewNotification};
use glokal_store::{expert_questions, organizations};
use uuid::Uuid;

use super::start_conversation::EXPERT_KINDS;
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::handlers::fields::{multiline, Errors};
use crate::state::AppState;

/// Hand an "ask an expert" question to another institution (members of the institution it
/// was asked of). The other institution becomes the side asked — the previous one no longer
/// sees the conversation — its members are notified, and the hand-over with its note is
/// recorded and shown to everyone involved (`handoffs`).
#[utoipa::path(
    tag = "conversations",
    operation_id = "hand_over_question",
    params(("id" = Uuid, Path, description = "Conversation id"), ConversationSideQuery),
    request_body = HandOverRequest,
    responses(
        (status = 200, description = "The question, as the handing institution last saw it", body = Conversation),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not a member of the institution asked", body = ErrorBody),
        (status = 404, description = "No such conversation of the caller's organisations", body = ErrorBody),
        (status = 409, description = "Not an expert question (`not_an_expert_question`)", body = ErrorBody),
        (status = 422, description = "`to_organization_id`: `unknown_organization`, `not_an_expert`, `same_organization`; `note` too long", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/conversations/{id}/hand-over")]
pub async fn hand_over_question(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    side: web::Query<ConversationSideQuery>,
    body: web::Json<HandOverRequest>,
) -> ApiResult<web::Json<Conversation>> {
    let user = user.0;
    let loaded = super::load_member(&state.db, *id, &user, side.as_organization).await?;
    if loaded.conversation.kind() != ConversationKind::AskExpert {
        return Err(ApiError::Client(ErrorCode::NotAnExpertQuestion));
    }
    if loaded.side != Side::Recipient {
        return Err(ApiError::Client(ErrorCode::Forbidden));
    }
    let input = body.into_inner();
    let mut e = Errors::default();
    let note = multiline(&mut e, "note", input.note, 2000);
    e.finish(())?;
    let to = organizations::get(&state.db, input.to_organization_id)
        .await?
        .filter(|o| o.hidden_at.is_none())
        .ok_or_else(|| ApiError::field("to_organization_id", "unknown_organization"))?;
    if !EXPERT_KINDS.contains(&to.kind.as_str()) {
        return Err(ApiError::field("to_organization_id", "not_an_expert"));
    }
    let c = &loaded.conversation;
    if Some(to.id) == c.recipient_organization_id || Some(to.id) == c.initiator_organization_id {
        return Err(ApiError::field("to_organization_id", "same_organization"));
    }
    let ids = [c.initiator_organization_id, c.recipient_organization_id];
    let names =
        glokal_store::conversations::organizations_by_id(&state.db, ids.into_iter().flatten())
            .await?;
    let name = |id: Option<Uuid>| {
        id.and_then(|i| names.get(&i))
            .map(|o| o.name.clone())
            .unwrap_or_default()
    };
    let params = BTreeMap::from([
        ("organization".to_owned(), to.name.clone()),
        ("from".to_owned(), name(c.recipient_organization_id)),
        ("asker".to_owned(), name(c.initiator_organization_id)),
        ("note".to_owned(), note.clone().unwrap_or_default()),
    ]);
    let txn = glokal_store::begin_write(&state.db).await?;
    expert_questions::hand_over(&txn, c, &to, user.id, note).await?;
    for member in organizations::members(&txn, to.id).await? {
        notifications::create(
            &txn,
            NewNotification {
                user_id: member.user_id,
                kind: "expert_handover".to_owned(),
                title_key: Some("notification-expert-handover-title".to_owned()),
                body_key: Some("notification-expert-handover-body".to_owned()),
                params: params.clone(),
                texts: None,
                link: Some(format!("/inbox/{}", c.id)),
                group_key: Some(format!("conversation:{}", c.id)),
                hidden: false,
            },
        )
        .await?;
    }
    let view = super::detail(&txn, &loaded, user.id).await?;
    txn.commit().await?;
    tracing::info!(conversation = %c.id, to = %to.id, user_id = %user.id, "expert question handed over");
    Ok(web::Json(view))
}
