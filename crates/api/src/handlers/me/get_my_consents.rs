use actix_web::{get, web};
use glokal_api_types::{ConsentKind, ConsentOverview, ConsentRecord, ConsentText, ErrorBody};
use glokal_store::privacy;

use crate::auth::CurrentUser;
use crate::error::ApiResult;
use crate::state::AppState;

/// The caller's consent record (every consent given or withdrawn, with the text version
/// and time) and the text versions in force, marked `outstanding` where the caller has not
/// yet accepted the current version.
#[utoipa::path(
    tag = "me",
    operation_id = "get_my_consents",
    responses(
        (status = 200, description = "Versions in force and the record, newest first", body = ConsentOverview),
        (status = 401, description = "Not logged in", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/me/consents")]
pub async fn get_my_consents(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> ApiResult<web::Json<ConsentOverview>> {
    let records = privacy::consents(&state.db, user.0.id).await?;
    Ok(web::Json(overview(records)))
}

/// The overview of a person's records (newest first).
pub(crate) fn overview(records: Vec<ConsentRecord>) -> ConsentOverview {
    let current = ConsentKind::ALL
        .iter()
        .map(|&kind| {
            let version = kind.current_version();
            let accepted = records
                .iter()
                .find(|r| r.kind == kind)
                .is_some_and(|r| r.granted && r.text_version == version);
            ConsentText {
                kind,
                version: version.to_owned(),
                outstanding: !accepted,
            }
        })
        .collect();
    ConsentOverview { current, records }
}
