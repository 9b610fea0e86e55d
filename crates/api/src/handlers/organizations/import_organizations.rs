use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode, ImportQuery, ImportReport, Role};

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::import;
use crate::lang::RequestLanguage;
use crate::state::AppState;

/// Largest import file (32 MiB).
pub const IMPORT_MAX_BYTES: usize = 32 << 20;

/// Import organisations from a CSV or XLSX file (institution staff and platform admins).
///
/// The body is the file itself: CSV (UTF-8 with or without BOM, `;` or `,` separated;
/// `Content-Type: text/csv`) or XLSX (first sheet). The first row holds the headers, in
/// German, Czech or English (`Name`/`Firma`/`Název`, `Ort`/`Obec`/`City`, `Land`/`Země`,
/// `PLZ`/`PSČ`, `IČO`, `DIČ`, `USt-IdNr.`, `NACE`, `Beschreibung (DE)`, `Popis (CS)`, …; the
/// report shows how each column was understood). Every row is checked like
/// `create_organization`; duplicates (same IČO, same VAT id, or same name in the same town,
/// on the platform or earlier in the file) are reported and skipped. With `dry_run=true`
/// nothing is written. Otherwise the good rows are created in one transaction, owned by the
/// caller (hand them over to the firms by invitation later).
#[utoipa::path(
    tag = "organizations",
    operation_id = "import_organizations",
    params(ImportQuery),
    request_body(content = Vec<u8>, description = "CSV or XLSX file, at most 32 MiB and 100 000 rows", content_type = "text/csv"),
    responses(
        (status = 200, description = "Dry run: what would be imported, per-row errors and duplicates", body = ImportReport),
        (status = 201, description = "Imported: the report with the new ids", body = ImportReport),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Neither institution staff nor platform admin", body = ErrorBody),
        (status = 413, description = "Larger than 32 MiB", body = ErrorBody),
        (status = 422, description = "Field `file`: `not_utf8`, `empty_file`, `unreadable_file`, `too_many_rows`, `name_column_missing`", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/organizations/import")]
pub async fn import_organizations(
    state: web::Data<AppState>,
    user: CurrentUser,
    query: web::Query<ImportQuery>,
    lang: RequestLanguage,
    payload: web::Payload,
) -> ApiResult<HttpResponse> {
    user.require_role(&[Role::InstitutionStaff, Role::PlatformAdmin])?;
    let bytes = match payload.to_bytes_limited(IMPORT_MAX_BYTES).await {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(_)) => return Err(ApiError::Client(ErrorCode::BadRequest)),
        Err(_) => return Err(ApiError::Client(ErrorCode::PayloadTooLarge)),
    };
    let (mut report, rows) = import::check(&state.db, &bytes, lang.or_english()).await?;
    if query.dry_run {
        return Ok(HttpResponse::Ok().json(report));
    }
    report.dry_run = false;
    report.created_ids = import::create(
        &state.db,
        &state.settings.public_url,
        rows,
        user.0.id,
        |_| {},
    )
    .await?;
    report.created = report.created_ids.len() as u32;
    state.webhooks.kick();
    tracing::info!(user_id = %user.0.id, created = report.created, errors = report.errors.len(), duplicates = report.duplicates.len(), "organisations imported");
    Ok(HttpResponse::Created().json(report))
}
