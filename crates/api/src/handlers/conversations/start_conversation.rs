use actix_web::{post, web, HttpResponse};
use chrono::Utc;
use glokal_api_types::{
    Conversation, ConversationKind, ErrorBody, ErrorCode, OpportunityStatus,
    StartConversationRequest,
};
use glokal_store::conversations::{self, NewConversation, Side};
use glokal_store::{opportunities, organizations};

use super::{
    check_attachments, check_message, detail, message_hash, not_blocked, notify_other_side, Loaded,
    NewMessageNotice, SUBJECT_MAX,
};
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::handlers::fields::{optional, Errors};
use crate::state::AppState;

/// Organisation kinds that can be asked for expert advice (as stored).
pub(crate) const EXPERT_KINDS: [&str; 5] = [
    "chamber",
    "cluster",
    "research",
    "development_agency",
    "association",
];

/// Start a conversation from one of the caller's organisations with another one
/// ("Contact", "Express interest" on an opportunity, "Ask an expert"), with a first message.
///
/// If the two organisations already have a conversation about the same opportunity (or,
/// without one, a general one), the message is added to it instead (200). Anti-spam: an
/// organisation younger than 30 days starts at most `GLOKAL_NEW_CONVERSATIONS_PER_DAY`
/// (default 10) new conversations in 24 hours, an older one 50 (429 `rate_limited` with
/// `Retry-After`); the same first message to a second organisation within 24 hours is refused
/// (409 `duplicate_message`). The other side's members get a notification and a mail.
#[utoipa::path(
    tag = "conversations",
    operation_id = "start_conversation",
    request_body = StartConversationRequest,
    responses(
        (status = 201, description = "A new conversation; `Location` points to it", body = Conversation),
        (status = 200, description = "The message was added to the existing conversation about the same opportunity", body = Conversation),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not a member of `from_organization_id` (`forbidden`), or one side blocked the other (`blocked`)", body = ErrorBody),
        (status = 409, description = "The opportunity is closed or expired (`opportunity_not_open`), or the same first message went to another organisation within 24 hours (`duplicate_message`)", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
        (status = 422, description = "Invalid fields (`unknown_organization`, `unknown_opportunity`, `same_organization`, `not_an_expert`, `not_opportunity_organization`, `unknown_attachment`, `too_long`, `too_many`, `required`)", body = ErrorBody),
        (status = 429, description = "Too many new conversations today (`rate_limited`, see `Retry-After`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/conversations")]
pub async fn start_conversation(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<StartConversationRequest>,
) -> ApiResult<HttpResponse> {
    let input = body.into_inner();
    let user = user.0;
    let mut e = Errors::default();
    let subject = optional(&mut e, "subject", input.subject, SUBJECT_MAX);
    let message = check_message(&mut e, input.body, input.attachment_ids, false);

    let Some(from) = organizations::get(&state.db, input.from_organization_id).await? else {
        return Err(ApiError::field(
            "from_organization_id",
            "unknown_organization",
        ));
    };
    // Only real members write for an organisation (platform admins do not).
    if organizations::member_role(&state.db, from.id, user.id)
        .await?
        .is_none()
    {
        return Err(ApiError::Client(ErrorCode::Forbidden));
    }
    if from.suspended_at.is_some() {
        return Err(ApiError::Client(ErrorCode::OrganizationSuspended));
    }

    let today = opportunities::today();
    let mut opportunity_open = true;
    let to_id = match input.opportunity_id {
        Some(id) => match opportunities::get(&state.db, id).await? {
            Some((opportunity, owner))
                if !opportunity.is_draft()
                    && opportunity.hidden_at.is_none()
                    && owner.hidden_at.is_none() =>
            {
                opportunity_open = opportunity.status(today) == OpportunityStatus::Published;
                if input.to_organization_id.is_some_and(|to| to != owner.id) {
                    e.add("to_organization_id", "not_opportunity_organization");
                }
                Some(owner.id)
            }
            _ => {
                e.add("opportunity_id", "unknown_opportunity");
                None
            }
        },
        None => {
            if input.to_organization_id.is_none() {
                e.add("to_organization_id", "required");
            }
            input.to_organization_id
        }
    };
    let to = match to_id {
        Some(id) => {
            // Hidden (or suspended) organisations cannot be contacted.
            let to = organizations::get(&state.db, id)
                .await?
                .filter(|to| to.hidden_at.is_none());
            if to.is_none() {
                e.add("to_organization_id", "unknown_organization");
            }
            to
        }
        None => None,
    };
    if to.as_ref().is_some_and(|to| to.id == from.id) {
        e.add("to_organization_id", "same_organization");
    }
    let kind = input.kind.unwrap_or(if input.opportunity_id.is_some() {
        ConversationKind::Interest
    } else {
        ConversationKind::Contact
    });
    match kind {
        ConversationKind::Interest if input.opportunity_id.is_none() => {
            e.add("opportunity_id", "required")
        }
        ConversationKind::AskExpert => {
            let expert = to
                .as_ref()
                .is_some_and(|to| EXPERT_KINDS.contains(&to.kind.as_str()));
            if to.is_some() && !expert {
                e.add("kind", "not_an_expert");
            }
        }
        _ => {}
    }
    let to = e.finish(to)?.ok_or(ApiError::Client(ErrorCode::NotFound))?;
    check_attachments(&state.db, user.id, &message.attachment_ids).await?;
    not_blocked(&state.db, from.id, to.id).await?;

    // Two tries: on PostgreSQL a concurrent start of the same thread loses the unique key
    // race, and the second try finds the other's conversation.
    for attempt in 0..2 {
        let txn = glokal_store::begin_write(&state.db).await?;
        let existing =
            conversations::find_thread(&txn, from.id, to.id, input.opportunity_id).await?;
        let (conversation, side, started) = match existing {
            Some(conversation) => {
                let side = if conversation.initiator_organization_id == Some(from.id) {
                    Side::Initiator
                } else {
                    Side::Recipient
                };
                (conversation, side, false)
            }
            None => {
                if !opportunity_open {
                    return Err(ApiError::Client(ErrorCode::OpportunityNotOpen));
                }
                let now = Utc::now();
                let day_ago = now - chrono::Duration::hours(24);
                let limits = state.settings.conversation_limits;
                let young = from.created_at
                    > now - chrono::Duration::days(i64::from(limits.new_organization_days));
                let limit = if young {
                    limits.new_organization_per_day
                } else {
                    limits.established_per_day
                };
                let (count, oldest) = conversations::started_since(&txn, from.id, day_ago).await?;
                if count >= u64::from(limit) {
                    let free_at = oldest.unwrap_or(now) + chrono::Duration::hours(24);
                    let wait = (free_at - now).num_seconds().max(1);
                    tracing::info!(organization = %from.id, count, limit, "new conversations limited");
                    return Err(ApiError::RateLimited {
                        retry_after_secs: u64::try_from(wait).unwrap_or(1),
                    });
                }
                let hash = message_hash(&message.body);
                if conversations::same_first_message_elsewhere(&txn, from.id, to.id, &hash, day_ago)
                    .await?
                {
                    return Err(ApiError::Client(ErrorCode::DuplicateMessage));
                }
                let created = conversations::create(
                    &txn,
                    NewConversation {
                        kind,
                        subject: subject.clone(),
                        initiator: &from,
                        recipient: &to,
                        opportunity_id: input.opportunity_id,
                        first_message_hash: hash,
                        started_by: Some(user.id),
                        demo: false,
                    },
                )
                .await;
                match created {
                    Ok(conversation) => (conversation, Side::Initiator, true),
                    Err(err) if attempt == 0 && conversations::is_unique_violation(&err) => {
                        txn.rollback().await?;
                        continue;
                    }
                    Err(err) => return Err(err.into()),
                }
            }
        };
        let (_, conversation) = conversations::add_message(
            &txn,
            conversation,
            side,
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
                side,
                sender: &user,
                started,
                body: &message.body,
            },
        )
        .await?;
        txn.commit().await?;
        state.mail.kick();
        tracing::info!(
            conversation = %conversation.id,
            from = %from.id,
            to = %to.id,
            kind = kind.as_str(),
            cross_border = conversation.cross_border,
            started,
            "conversation message"
        );
        let loaded = Loaded {
            my_organizations: conversations::member_organization_ids(&state.db, user.id).await?,
            conversation,
            side,
        };
        let body = detail(&state.db, &loaded, user.id).await?;
        return Ok(if started {
            HttpResponse::Created()
                .insert_header(("Location", format!("/api/v1/conversations/{}", body.id)))
                .json(body)
        } else {
            HttpResponse::Ok().json(body)
        });
    }
    Err(ApiError::Unexpected(anyhow::anyhow!(
        "conversation thread could not be created or found"
    )))
}
