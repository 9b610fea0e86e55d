use actix_web::{post, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode, ImportQuery, ImportReport, Role};

use super::Writer;
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::import;
use crate::lang::RequestLanguage;
use crate::state::AppState;

/// Largest import file (32 MiB).
pub const IMPORT_MAX_BYTES: usize = 32 << 20;

/// Import organisations from a CSV or XLSX file (institution staff, platform admins, and
/// API tokens with `organizations:write`).
///
/// The body is the file itself: CSV (UTF-8 with or without BOM, `;` or `,` separated;
/// `Content-Type: text/csv`) or XLSX (first sheet). The first row holds the headers, in
/// German, Czech or English (`Name`/`Firma`/`Název`, `Ort`/`Obec`/`City`, `Land`/`Země`,
/// `PLZ`/`PSČ`, `IČO`, `DIČ`, `USt-IdNr.`, `NACE`, `Beschreibung (DE)`, `Popis (CS)`, …; the
/// report shows how each column was understood). Every row is checked like
/// `create_organization`; duplicates (same IČO, same VAT id, or same name in the same town,
/// on the platform or earlier in the file) are reported and skipped. With `dry_run=true`
/// nothing is written. Otherwise the good rows are created in one transaction, owned by the
/// caller (hand them over to the firms by invitation later). Rows imported through an API
/// token are managed by the token's institution and owned by the token's creator, as with
/// `create_organization`.
#[utoipa::path(
    tag = "organizations",
    operation_id = "import_organizations",
    params(ImportQuery),
    request_body(content = Vec<u8>, description = "CSV or XLSX file, at most 32 MiB and 100 000 rows", content_type = "text/csv"),
    responses(
        (status = 200, description = "Dry run: what would be imported, per-row errors and duplicates", body = ImportReport),
        (status = 201, description = "Imported: the report with the new ids", body = ImportReport),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Neither institution staff nor platform admin; a token without `organizations:write` (`insufficient_scope`)", body = ErrorBody),
        (status = 413, description = "Larger than 32 MiB", body = ErrorBody),
        (status = 422, description = "Field `file`: `not_utf8`, `empty_file`, `unreadable_file`, `too_many_rows`, `name_column_missing`", body = ErrorBody),
        (status = 429, description = "The API token's rate limit (`Retry-After`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []), ("api_token" = ["organizations:write"]))
)]
#[post("/organizations/import")]
pub async fn import_organizations(
    state: web::Data<AppState>,
    caller: Caller,
    query: web::Query<ImportQuery>,
    lang: RequestLanguage,
    payload: web::Payload,
) -> ApiResult<HttpResponse> {
    let writer = Writer::of(caller)?;
    if let Writer::Person(user) = &writer {
        if !matches!(user.role(), Role::InstitutionStaff | Role::PlatformAdmin) {
            return Err(ApiError::Client(ErrorCode::Forbidden));
        }
    }
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
        writer
            .creation(&state.db, state.settings.pre_moderation)
            .await?,
        |_| {},
    )
    .await?;
    report.created = report.created_ids.len() as u32;
    state.webhooks.kick();
    tracing::info!(by = %writer.id(), created = report.created, errors = report.errors.len(), duplicates = report.duplicates.len(), "organisations imported");
    Ok(HttpResponse::Created().json(report))
}
