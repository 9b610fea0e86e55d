use actix_web::{get, web, HttpResponse};
use glokal_api_types::{ApiScope, ErrorBody, ExportQuery};
use glokal_store::organizations;

use crate::auth::Caller;
use crate::error::ApiResult;
use crate::spreadsheet::{self, Format};
use crate::state::AppState;

/// All organisations as CSV or XLSX (institution staff, platform admins, API tokens with
/// `organizations:read`): the profile's public fields and register numbers, one row each,
/// by name. Contact persons are not exported. The columns match what `import_organizations`
/// reads, so an export can be edited and imported elsewhere.
#[utoipa::path(
    tag = "organizations",
    operation_id = "export_organizations",
    params(ExportQuery),
    responses(
        (status = 200, description = "The file", content(
            (String = "text/csv"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Neither institution staff nor platform admin, or a token without `organizations:read`", body = ErrorBody),
        (status = 422, description = "Unknown `format`", body = ErrorBody),
        (status = 429, description = "The API token's rate limit (`Retry-After`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []), ("api_token" = ["organizations:read"]))
)]
#[get("/organizations/export")]
pub async fn export_organizations(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<ExportQuery>,
) -> ApiResult<HttpResponse> {
    caller.require_staff_or_scope(ApiScope::OrganizationsRead)?;
    let format = Format::from_query(query.format.as_deref())?;
    let all = organizations::all(&state.db, query.include_demo.unwrap_or(false)).await?;
    let rows: Vec<Vec<String>> = all
        .into_iter()
        .map(|o| {
            let description: glokal_api_types::LocalizedText =
                serde_json::from_str(&o.description).unwrap_or_default();
            let list = |text: &str| {
                text.split(';')
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let keywords: Vec<String> = serde_json::from_str(&o.keywords).unwrap_or_default();
            vec![
                o.id.to_string(),
                o.name,
                o.legal_form.unwrap_or_default(),
                o.kind,
                o.country,
                o.street.unwrap_or_default(),
                o.postal_code.unwrap_or_default(),
                o.city,
                o.region_code.unwrap_or_default(),
                o.website.unwrap_or_default(),
                o.email.unwrap_or_default(),
                o.phone.unwrap_or_default(),
                o.founding_year.map(|y| y.to_string()).unwrap_or_default(),
                o.size_class.unwrap_or_default(),
                o.nace_main.unwrap_or_default(),
                list(&o.nace_codes),
                list(&o.languages),
                keywords.join("; "),
                description.de.unwrap_or_default(),
                description.cs.unwrap_or_default(),
                description.en.unwrap_or_default(),
                o.ico.unwrap_or_default(),
                o.dic.unwrap_or_default(),
                o.hr_number.unwrap_or_default(),
                o.vat_id.unwrap_or_default(),
                o.verified_at.map(|t| t.to_rfc3339()).unwrap_or_default(),
                o.created_at.to_rfc3339(),
                o.updated_at.to_rfc3339(),
            ]
        })
        .collect();
    let headers = [
        "id",
        "name",
        "legal_form",
        "kind",
        "country",
        "street",
        "postal_code",
        "city",
        "region",
        "website",
        "email",
        "phone",
        "founding_year",
        "size_class",
        "nace_main",
        "nace_codes",
        "languages",
        "keywords",
        "description_de",
        "description_cs",
        "description_en",
        "ico",
        "dic",
        "hr_number",
        "vat_id",
        "verified_at",
        "created_at",
        "updated_at",
    ];
    let body = spreadsheet::write(format, &headers, &rows)?;
    Ok(spreadsheet::download(format, "glokal-organizations", body))
}
