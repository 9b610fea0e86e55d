use actix_web::{get, web, HttpResponse};
use glokal_api_types::{ApiScope, ErrorBody, ExportQuery, LocalizedText};
use glokal_store::opportunities;

use crate::auth::Caller;
use crate::error::ApiResult;
use crate::spreadsheet::{self, Format};
use crate::state::AppState;

/// All published and closed offers and requests as CSV or XLSX (institution staff, platform
/// admins, API tokens with `opportunities:read`), newest first; drafts are never exported.
#[utoipa::path(
    tag = "opportunities",
    operation_id = "export_opportunities",
    params(ExportQuery),
    responses(
        (status = 200, description = "The file", content(
            (String = "text/csv"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Neither institution staff nor platform admin, or a token without `opportunities:read`", body = ErrorBody),
        (status = 422, description = "Unknown `format`", body = ErrorBody),
        (status = 429, description = "The API token's rate limit (`Retry-After`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []), ("api_token" = ["opportunities:read"]))
)]
#[get("/opportunities/export")]
pub async fn export_opportunities(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<ExportQuery>,
) -> ApiResult<HttpResponse> {
    caller.require_staff_or_scope(ApiScope::OpportunitiesRead)?;
    let format = Format::from_query(query.format.as_deref())?;
    let today = opportunities::today();
    let all = opportunities::exportable(&state.db, query.include_demo.unwrap_or(false)).await?;
    let rows: Vec<Vec<String>> = all
        .into_iter()
        .map(|(o, org)| {
            let status = serde_json::to_value(o.status(today))
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let title: LocalizedText = serde_json::from_str(&o.title).unwrap_or_default();
            vec![
                o.id.to_string(),
                o.opportunity_type.clone(),
                status,
                title.de.unwrap_or_default(),
                title.cs.unwrap_or_default(),
                title.en.unwrap_or_default(),
                org.id.to_string(),
                org.name,
                org.country,
                org.city,
                o.nace_codes
                    .split(';')
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", "),
                o.quantity.map(|q| q.to_string()).unwrap_or_default(),
                o.unit.unwrap_or_default(),
                o.valid_until.to_string(),
                o.close_outcome.unwrap_or_default(),
                o.published_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
                o.closed_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
            ]
        })
        .collect();
    let headers = [
        "id",
        "type",
        "status",
        "title_de",
        "title_cs",
        "title_en",
        "organization_id",
        "organization",
        "country",
        "city",
        "nace_codes",
        "quantity",
        "unit",
        "valid_until",
        "close_outcome",
        "published_at",
        "closed_at",
    ];
    let body = spreadsheet::write(format, &headers, &rows)?;
    Ok(spreadsheet::download(format, "glokal-opportunities", body))
}
