use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
use actix_web::{get, web, HttpResponse};
use glokal_api_types::{
    ApiScope, CooperatingOrganization, CooperatingOrganizations, ErrorBody, StatisticsQuery,
};
use glokal_store::statistics;

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// The organisations behind the indicator "cooperating across the border" for a period, by
/// name, with the evidence (`conversation`, `meeting`, `agreement`) and when they first
/// counted (institution staff and platform admins). `format=csv` answers a CSV file
/// (UTF-8 with BOM, `;`-separated, for spreadsheets in German and Czech settings).
///
/// Only organisations are listed — public profiles — never who talked to whom.
#[utoipa::path(
    tag = "statistics",
    operation_id = "list_cooperating_organizations",
    params(StatisticsQuery),
    responses(
        (status = 200, description = "The organisations (JSON, or CSV with `format=csv`)",
            content((CooperatingOrganizations = "application/json"), (String = "text/csv"))),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Neither institution staff nor platform admin, or a token without `statistics:read` (`insufficient_scope`)", body = ErrorBody),
        (status = 429, description = "The API token's rate limit (`Retry-After`)", body = ErrorBody),
        (status = 422, description = "Invalid period or `format`", body = ErrorBody),
    ),
    security(("bearer_auth" = []), ("api_token" = ["statistics:read"]))
)]
#[get("/statistics/cooperating-organizations")]
pub async fn list_cooperating_organizations(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<StatisticsQuery>,
) -> ApiResult<HttpResponse> {
    // Institution staff, platform admins, API tokens with `statistics:read`.
    caller.require_staff_or_scope(ApiScope::StatisticsRead)?;
    let period = super::period(&query)?;
    let csv = super::wants_csv(&query)?;
    let activity = statistics::activity(&state.db, &period).await?;
    let items: Vec<CooperatingOrganization> =
        statistics::cooperating_organizations(&state.db, &activity.cooperating)
            .await?
            .into_iter()
            .map(|(org, evidence, first_at)| CooperatingOrganization {
                id: org.id,
                name: org.name,
                country: org.country,
                city: org.city,
                region_code: org.region_code,
                evidence,
                first_at,
            })
            .collect();
    if !csv {
        return Ok(HttpResponse::Ok().json(CooperatingOrganizations {
            from: period.from,
            to: period.to,
            items,
        }));
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::from("\u{feff}".as_bytes()));
    let unexpected = |e: csv::Error| ApiError::Unexpected(anyhow::anyhow!("writing CSV: {e}"));
    writer
        .write_record([
            "id", "name", "country", "city", "region", "evidence", "first_at",
        ])
        .map_err(unexpected)?;
    for item in &items {
        let evidence: Vec<String> = item
            .evidence
            .iter()
            .map(|e| {
                serde_json::to_value(e)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default()
            })
            .collect();
        writer
            .write_record([
                item.id.to_string(),
                item.name.clone(),
                item.country.clone(),
                item.city.clone(),
                item.region_code.clone().unwrap_or_default(),
                evidence.join(","),
                item.first_at.to_rfc3339(),
            ])
            .map_err(unexpected)?;
    }
    let body = writer
        .into_inner()
        .map_err(|e| ApiError::Unexpected(anyhow::anyhow!("writing CSV: {e}")))?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(format!(
                "glokal-cooperating-organizations-{}-{}.csv",
                period.from, period.to
            ))],
        })
        .body(body))
}
