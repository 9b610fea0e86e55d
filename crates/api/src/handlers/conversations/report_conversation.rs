use actix_web::{post, web, HttpResponse};
use glokal_api_types::{
    ConversationReport, ConversationSideQuery, ErrorBody, ReportConversationRequest,
};
use glokal_store::conversations;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::handlers::fields::{multiline, Errors};
use crate::state::AppState;

/// Longest report reason, in characters.
pub const REASON_MAX: usize = 2000;

/// Report a conversation to the platform admins (spam, harassment, fraud …). While the report
/// is open, platform admins can read the conversation through `get_report`.
#[utoipa::path(
    tag = "conversations",
    operation_id = "report_conversation",
    params(("id" = Uuid, Path, description = "Conversation id"), ConversationSideQuery),
    request_body = ReportConversationRequest,
    responses(
        (status = 201, description = "The report", body = ConversationReport),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "`as_organization` is not the caller's side", body = ErrorBody),
        (status = 404, description = "No such conversation, or not one of the caller's organisations", body = ErrorBody),
        (status = 422, description = "`reason`: `required`, `too_long`", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/conversations/{id}/reports")]
pub async fn report_conversation(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    side: web::Query<ConversationSideQuery>,
    body: web::Json<ReportConversationRequest>,
) -> ApiResult<HttpResponse> {
    let user = user.0;
    let loaded = super::load_member(&state.db, *id, &user, side.as_organization).await?;
    let mut e = Errors::default();
    let reason = multiline(&mut e, "reason", Some(body.into_inner().reason), REASON_MAX);
    if reason.is_none() {
        e.add("reason", "required");
    }
    let reason = e.finish(reason.unwrap_or_default())?;
    let report = conversations::create_report(
        &state.db,
        loaded.conversation.id,
        loaded.my_organization(),
        user.id,
        reason,
    )
    .await?;
    tracing::warn!(report = %report.id, conversation = %loaded.conversation.id, user_id = %user.id, "conversation reported");
    let c = &loaded.conversation;
    let orgs = conversations::organizations_by_id(
        &state.db,
        [c.initiator_organization_id, c.recipient_organization_id]
            .into_iter()
            .flatten(),
    )
    .await?;
    let api = report.into_api(c, &orgs, Some(user.display_name.clone()));
    Ok(HttpResponse::Created().json(api))
}
