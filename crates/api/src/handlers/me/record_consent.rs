use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ConsentKind, ConsentOverview, ErrorBody, RecordConsentRequest};
use glokal_store::privacy;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Record a consent to the text version in force (for example after the privacy notice
/// changed); answers the updated overview.
///
/// Only the version in force can be accepted (422 `terms_version_outdated` on
/// `text_version`). The terms of use cannot be withdrawn while the account exists (422
/// `consent_required` on `granted`): delete the account instead.
#[utoipa::path(
    tag = "me",
    operation_id = "record_consent",
    request_body = RecordConsentRequest,
    responses(
        (status = 201, description = "Recorded; the updated overview", body = ConsentOverview),
        (status = 400, description = "Malformed JSON or unknown kind", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 422, description = "`text_version`: `terms_version_outdated`; `granted`: `consent_required`", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/me/consents")]
pub async fn record_consent(
    state: web::Data<AppState>,
    user: CurrentUser,
    body: web::Json<RecordConsentRequest>,
) -> ApiResult<HttpResponse> {
    let body = body.into_inner();
    if body.text_version.trim() != body.kind.current_version() {
        return Err(ApiError::field("text_version", "terms_version_outdated"));
    }
    if !body.granted && body.kind == ConsentKind::Terms {
        return Err(ApiError::field("granted", "consent_required"));
    }
    privacy::record_consent(
        &state.db,
        user.0.id,
        body.kind,
        body.kind.current_version(),
        body.granted,
    )
    .await?;
    tracing::info!(user_id = %user.0.id, kind = body.kind.as_str(), "consent recorded");
    let records = privacy::consents(&state.db, user.0.id).await?;
    Ok(HttpResponse::Created().json(super::get_my_consents::overview(records)))
}
