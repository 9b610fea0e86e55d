use actix_web::{get, web};
use glokal_api_types::{CompanyRegistryRecord, ErrorBody};
use glokal_domain::Ico;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Look a Czech company up in the register ARES by its IČO (to fill in a profile form).
///
/// Answers are cached for 24 hours per server process, "not found" included.
#[utoipa::path(
    tag = "registry",
    operation_id = "lookup_cz_company",
    params(("ico" = String, Path, description = "IČO: eight digits with a valid check digit (spaces are ignored)", example = "25596641")),
    responses(
        (status = 200, description = "The company as ARES records it", body = CompanyRegistryRecord),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 404, description = "ARES has no company with this IČO (`company_not_found`)", body = ErrorBody),
        (status = 422, description = "Not a valid IČO (`fields: {\"ico\": \"invalid_ico\"}`); ARES is not asked", body = ErrorBody),
        (status = 503, description = "ARES did not answer in time or answered with an error (`registry_unavailable`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/registry/cz/{ico}")]
pub async fn lookup_cz_company(
    state: web::Data<AppState>,
    _user: CurrentUser,
    ico: web::Path<String>,
) -> ApiResult<web::Json<CompanyRegistryRecord>> {
    let ico = Ico::parse(&ico).map_err(|e| ApiError::field("ico", e.code()))?;
    let record = state.registry.lookup(&ico).await?;
    Ok(web::Json(record))
}
