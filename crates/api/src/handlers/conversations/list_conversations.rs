use actix_web::{get, web};
use glokal_api_types::{
    ConversationPage, ConversationQuery, ConversationSummary, ErrorBody, ErrorCode,
};
use glokal_store::conversations::{self, party, InboxFilter};

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::handlers::fields::Errors;
use crate::state::AppState;

/// The inbox of one of the caller's organisations, or of all of them: the other side's name,
/// country and logo, subject, opportunity title, a preview of the last message, the caller's
/// unread count and the archive flag of the caller's side; most recent activity first.
///
/// `archived=true` lists the archive instead, `unread_only=true` only conversations with
/// unread messages.
#[utoipa::path(
    tag = "conversations",
    operation_id = "list_conversations",
    params(ConversationQuery),
    responses(
        (status = 200, description = "One page of conversations", body = ConversationPage),
        (status = 400, description = "Malformed parameters", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "`organization_id` is not one of the caller's organisations", body = ErrorBody),
        (status = 422, description = "`limit` out of range", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/conversations")]
pub async fn list_conversations(
    state: web::Data<AppState>,
    user: CurrentUser,
    query: web::Query<ConversationQuery>,
) -> ApiResult<web::Json<ConversationPage>> {
    let query = query.into_inner();
    let user = user.0;
    let mut e = Errors::default();
    let limit = query.limit.unwrap_or(20);
    if !(1..=100).contains(&limit) {
        e.add("limit", "out_of_range");
    }
    e.finish(())?;
    let offset = query.offset.unwrap_or(0);
    let mine = conversations::member_organization_ids(&state.db, user.id).await?;
    let organizations = match query.organization_id {
        Some(id) if mine.contains(&id) => vec![id],
        Some(_) => return Err(ApiError::Client(ErrorCode::Forbidden)),
        None => mine.clone(),
    };
    if organizations.is_empty() {
        return Ok(web::Json(ConversationPage {
            items: Vec::new(),
            total: 0,
            offset,
            limit,
        }));
    }
    let filter = InboxFilter {
        user: user.id,
        organizations: organizations.clone(),
        archived: query.archived.unwrap_or(false),
        unread_only: query.unread_only.unwrap_or(false),
        kind: query.kind.map(|k| k.as_str().to_owned()),
        open_only: query.open_only.unwrap_or(false),
        offset,
        limit,
    };
    let (rows, total) = conversations::inbox(&state.db, &filter).await?;
    let ids: Vec<_> = rows.iter().map(|c| c.id).collect();
    let unread = conversations::unread_counts(&state.db, user.id, &mine, &ids).await?;
    let orgs = conversations::organizations_by_id(
        &state.db,
        rows.iter()
            .flat_map(|c| [c.initiator_organization_id, c.recipient_organization_id])
            .flatten(),
    )
    .await?;
    let titles =
        conversations::opportunity_titles(&state.db, rows.iter().filter_map(|c| c.opportunity_id))
            .await?;
    let items = rows
        .into_iter()
        .filter_map(|c| {
            // The side listed: the first of the requested organisations' sides whose
            // archive flag fits the filter.
            let side = c
                .sides_of(&organizations)
                .into_iter()
                .find(|s| c.archived(*s) == filter.archived)?;
            let mine = c.organization(side)?;
            let other = side.other();
            Some(ConversationSummary {
                id: c.id,
                kind: c.kind(),
                subject: c.subject.clone(),
                opportunity_id: c.opportunity_id,
                opportunity_title: c.opportunity_id.and_then(|o| titles.get(&o).cloned()),
                my_organization_id: mine,
                other_organization: party(
                    c.organization(other).and_then(|o| orgs.get(&o)),
                    c.country(other),
                ),
                cross_border: c.cross_border,
                last_message_from_my_side: c.last_sender_organization_id == Some(mine),
                last_message_preview: c.last_message_preview.clone(),
                last_message_at: c.last_message_at,
                message_count: u32::try_from(c.message_count).unwrap_or(0),
                unread_count: unread.get(&c.id).copied().unwrap_or(0),
                archived: c.archived(side),
                closed_at: c.closed_at,
                created_at: c.created_at,
            })
        })
        .collect();
    Ok(web::Json(ConversationPage {
        items,
        total,
        offset,
        limit,
    }))
}
