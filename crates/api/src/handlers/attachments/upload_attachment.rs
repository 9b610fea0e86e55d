use actix_web::http::header;
use actix_web::{post, web, HttpRequest, HttpResponse};
use chrono::Utc;
use glokal_api_types::{Attachment, AttachmentUploadQuery, ErrorBody, ErrorCode};
use glokal_store::conversations::{self, NewAttachment};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{
    attachment_dir, attachment_path, check_file, file_name, FileCheck, ATTACHMENT_MAX_BYTES,
    UNSENT_UPLOADS_PER_DAY,
};
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Upload a file to send with a message (members of an organisation): the body is the file
/// itself, at most 10 MiB; `name` gives its file name.
///
/// Only PDF, PNG, JPEG and WebP files are accepted, recognised by their content (magic bytes),
/// not by name or `Content-Type`: other files are refused with 415
/// `unsupported_attachment_type`, and a file whose name or declared type claims one of those
/// types while its content is something else with 422 `attachment_type_mismatch`. The returned
/// id goes into `attachment_ids` of `start_conversation` or `send_message`; uploads not sent
/// within a day are deleted.
#[utoipa::path(
    tag = "conversations",
    operation_id = "upload_attachment",
    params(AttachmentUploadQuery),
    request_body(content = Vec<u8>, description = "The file: PDF, PNG, JPEG or WebP, at most 10 MiB", content_type = "application/octet-stream"),
    responses(
        (status = 201, description = "Stored; send its id with a message", body = Attachment),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not a member of any organisation", body = ErrorBody),
        (status = 413, description = "Larger than 10 MiB (`attachment_too_large`)", body = ErrorBody),
        (status = 415, description = "Not a PDF, PNG, JPEG or WebP file (`unsupported_attachment_type`)", body = ErrorBody),
        (status = 422, description = "Named or declared as PDF, PNG, JPEG or WebP, but the content is not (`attachment_type_mismatch`)", body = ErrorBody),
        (status = 429, description = "Too many unsent uploads in 24 hours (`rate_limited`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/attachments")]
pub async fn upload_attachment(
    state: web::Data<AppState>,
    user: CurrentUser,
    query: web::Query<AttachmentUploadQuery>,
    req: HttpRequest,
    payload: web::Payload,
) -> ApiResult<HttpResponse> {
    let user = user.0;
    if conversations::member_organization_ids(&state.db, user.id)
        .await?
        .is_empty()
    {
        return Err(ApiError::Client(ErrorCode::Forbidden));
    }
    let day_ago = Utc::now() - chrono::Duration::hours(24);
    if conversations::unsent_uploads_since(&state.db, user.id, day_ago).await?
        >= UNSENT_UPLOADS_PER_DAY
    {
        return Err(ApiError::RateLimited {
            retry_after_secs: 3600,
        });
    }
    let declared = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        });
    let bytes = match payload.to_bytes_limited(ATTACHMENT_MAX_BYTES).await {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(_)) => return Err(ApiError::Client(ErrorCode::BadRequest)),
        Err(_) => return Err(ApiError::Client(ErrorCode::AttachmentTooLarge)),
    };
    let name = query.name.as_deref();
    let file_type = check_file(&bytes, declared.as_deref(), name).map_err(|e| match e {
        FileCheck::Unsupported => ApiError::Client(ErrorCode::UnsupportedAttachmentType),
        FileCheck::Mismatch => ApiError::Client(ErrorCode::AttachmentTypeMismatch),
    })?;
    let id = Uuid::new_v4();
    let dir = attachment_dir(&state.settings.media_dir);
    tokio::fs::create_dir_all(&dir)
        .await
        .map_err(|e| ApiError::Unexpected(e.into()))?;
    let path = attachment_path(&state.settings.media_dir, id);
    // Write, then rename: a reader never sees half a file.
    let partial = path.with_extension("part");
    tokio::fs::write(&partial, &bytes)
        .await
        .map_err(|e| ApiError::Unexpected(e.into()))?;
    tokio::fs::rename(&partial, &path)
        .await
        .map_err(|e| ApiError::Unexpected(e.into()))?;
    let sha256: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let stored = conversations::create_attachment(
        &state.db,
        NewAttachment {
            id,
            uploaded_by: user.id,
            file_name: file_name(name, file_type),
            content_type: file_type.mime().to_owned(),
            size_bytes: bytes.len() as u64,
            sha256,
        },
    )
    .await;
    let stored = match stored {
        Ok(stored) => stored,
        Err(err) => {
            let _ = tokio::fs::remove_file(&path).await;
            return Err(err.into());
        }
    };
    tracing::info!(attachment = %id, user_id = %user.id, bytes = bytes.len(), content_type = file_type.mime(), "attachment uploaded");
    remove_stale_uploads(&state).await;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/attachments/{id}")))
        .json(conversations::attachment_into_api(stored)))
}

/// Deletes uploads that were not sent within a day (rows and files); failures are logged
/// and retried on the next upload.
async fn remove_stale_uploads(state: &AppState) {
    let before = Utc::now() - chrono::Duration::hours(24);
    let stale = match conversations::stale_uploads(&state.db, before, 100).await {
        Ok(stale) => stale,
        Err(err) => {
            tracing::warn!(error = %err, "listing stale uploads failed");
            return;
        }
    };
    if stale.is_empty() {
        return;
    }
    let ids: Vec<Uuid> = stale.iter().map(|a| a.id).collect();
    match conversations::delete_unsent(&state.db, &ids).await {
        Ok(deleted) => {
            for id in ids {
                let path = attachment_path(&state.settings.media_dir, id);
                if let Err(err) = tokio::fs::remove_file(&path).await {
                    if err.kind() != std::io::ErrorKind::NotFound {
                        tracing::warn!(error = %err, path = %path.display(), "removing a stale upload failed");
                    }
                }
            }
            tracing::info!(deleted, "stale uploads removed");
        }
        Err(err) => tracing::warn!(error = %err, "deleting stale uploads failed"),
    }
}
