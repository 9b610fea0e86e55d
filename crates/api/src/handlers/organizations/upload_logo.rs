use actix_web::http::header;
use actix_web::{put, web, HttpRequest};
use glokal_api_types::{ErrorBody, ErrorCode, MemberRole, Organization};
use glokal_store::organizations::{self, Viewer};
use glokal_store::search_changes::{self, ChangedEntity};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::media::{self, LogoError, LOGO_MAX_BYTES};
use crate::state::AppState;

/// Content types a logo may be sent with.
const ACCEPTED: [&str; 3] = ["image/png", "image/jpeg", "image/webp"];

/// Upload or replace the logo (owners, editors, platform admins).
///
/// The body is the image itself (`Content-Type: image/png`, `image/jpeg` or `image/webp`,
/// at most 2 MiB; SVG is refused). It is decoded, scaled to at most 512 px and stored as
/// PNG; the profile's `logo_url` points to it.
#[utoipa::path(
    tag = "organizations",
    operation_id = "upload_logo",
    params(("id" = Uuid, Path, description = "Organisation id")),
    request_body(content = Vec<u8>, description = "PNG, JPEG or WebP image, at most 2 MiB", content_type = "image/png"),
    responses(
        (status = 200, description = "The profile with its new `logo_url`", body = Organization),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner or editor", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
        (status = 413, description = "Larger than 2 MiB", body = ErrorBody),
        (status = 415, description = "Not sent as PNG, JPEG or WebP", body = ErrorBody),
        (status = 422, description = "Not a decodable PNG, JPEG or WebP image (`invalid_image`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[put("/organizations/{id}/logo")]
pub async fn upload_logo(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    req: HttpRequest,
    payload: web::Payload,
) -> ApiResult<web::Json<Organization>> {
    let org = super::load(&state.db, *id).await?;
    let role = super::effective_role(&state.db, org.id, &user.0).await?;
    super::require(role, &[MemberRole::Owner, MemberRole::Editor])?;
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if !ACCEPTED.contains(&mime.as_str()) {
        return Err(ApiError::Client(ErrorCode::UnsupportedMediaType));
    }
    let bytes = match payload.to_bytes_limited(LOGO_MAX_BYTES).await {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(_)) => return Err(ApiError::Client(ErrorCode::BadRequest)),
        Err(_) => return Err(ApiError::Client(ErrorCode::PayloadTooLarge)),
    };
    let png = web::block(move || media::process_logo(&bytes)).await?;
    let png = png.map_err(|e| match e {
        LogoError::NotAnImage | LogoError::Undecodable => ApiError::Client(ErrorCode::InvalidImage),
    })?;
    let dir = media::logo_dir(&state.settings.media_dir);
    let file = media::logo_file_name(org.id, &png);
    tokio::fs::create_dir_all(&dir)
        .await
        .map_err(|e| ApiError::Unexpected(e.into()))?;
    // Write, then rename: a reader never sees half a file.
    let partial = dir.join(format!("{file}.part"));
    tokio::fs::write(&partial, &png)
        .await
        .map_err(|e| ApiError::Unexpected(e.into()))?;
    tokio::fs::rename(&partial, dir.join(&file))
        .await
        .map_err(|e| ApiError::Unexpected(e.into()))?;
    let txn = glokal_store::begin_write(&state.db).await?;
    let (updated, previous) = organizations::set_logo(&txn, org, Some(file.clone())).await?;
    search_changes::record(&txn, ChangedEntity::Organization, updated.id).await?;
    crate::webhooks::organization_event(
        &txn,
        &state.settings.public_url,
        glokal_api_types::WebhookEventType::OrganizationUpdated,
        &updated,
    )
    .await?;
    txn.commit().await?;
    state.webhooks.kick();
    if let Some(previous) = previous.filter(|p| *p != file) {
        media::remove_logo(&state.settings.media_dir, &previous).await;
    }
    tracing::info!(organization = %updated.id, bytes = png.len(), "logo stored");
    Ok(web::Json(
        organizations::profile(&state.db, updated, Viewer::Member, role).await?,
    ))
}
