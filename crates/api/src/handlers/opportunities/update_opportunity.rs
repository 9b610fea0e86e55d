use actix_web::{put, web};
use glokal_api_types::{ErrorBody, Opportunity, OpportunityInput};
use glokal_store::opportunities;
use glokal_store::search_changes::{self, ChangedEntity};
use uuid::Uuid;

use super::validate::{opportunity_fields, Existing};
use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// Replace an offer or request (owners, editors and platform admins); `publish: true`
/// publishes a draft (a shortage alert then notifies the matching organisations nearby, once).
///
/// `organization_id` must stay the same; a published opportunity cannot go back to draft;
/// a closed one cannot be changed (409).
#[utoipa::path(
    tag = "opportunities",
    operation_id = "update_opportunity",
    params(("id" = Uuid, Path, description = "Opportunity id")),
    request_body = OpportunityInput,
    responses(
        (status = 200, description = "The updated opportunity", body = Opportunity),
        (status = 400, description = "Malformed JSON", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner or editor of the organisation", body = ErrorBody),
        (status = 404, description = "No such opportunity, or a draft of another organisation", body = ErrorBody),
        (status = 409, description = "Closed (`opportunity_closed`)", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
        (status = 422, description = "Invalid fields (also `immutable`, `cannot_unpublish`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[put("/opportunities/{id}")]
pub async fn update_opportunity(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<OpportunityInput>,
) -> ApiResult<web::Json<Opportunity>> {
    let loaded = super::load_editable(&state.db, *id, &user.0).await?;
    super::not_closed(&loaded.opportunity)?;
    super::not_suspended(&loaded.organization)?;
    let today = opportunities::today();
    let existing = Existing {
        organization_id: loaded.organization.id,
        published: !loaded.opportunity.is_draft(),
    };
    let fields = opportunity_fields(body.into_inner(), today, Some(existing))?;
    let was_draft = loaded.opportunity.is_draft();
    let txn = glokal_store::begin_write(&state.db).await?;
    let updated = opportunities::update(&txn, loaded.opportunity, fields).await?;
    search_changes::record(&txn, ChangedEntity::Opportunity, updated.id).await?;
    if was_draft && !updated.is_draft() {
        crate::webhooks::opportunity_event(
            &txn,
            &state.settings.public_url,
            glokal_api_types::WebhookEventType::OpportunityPublished,
            &updated,
            &loaded.organization,
        )
        .await?;
    }
    let alerted =
        crate::alerts::send_shortage_alert(&txn, &state, &updated, &loaded.organization).await?;
    txn.commit().await?;
    state.webhooks.kick();
    if alerted > 0 {
        state.mail.kick();
    }
    Ok(web::Json(updated.into_api(
        &loaded.organization,
        loaded.role,
        today,
    )))
}
