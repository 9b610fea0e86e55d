use actix_web::http::header;
use actix_web::{get, web, HttpResponse};
use glokal_api_types::{ErrorBody, ErrorCode, Role};
use glokal_store::conversations;
use uuid::Uuid;

use super::{attachment_path, content_disposition};
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Download an attachment: members of the conversation's two organisations (the uploader
/// before it is sent), and platform admins while the conversation has an open report.
///
/// Always served as a download (`Content-Disposition: attachment`) with the type found in its
/// content, `X-Content-Type-Options: nosniff` and a sandboxing `Content-Security-Policy`.
#[utoipa::path(
    tag = "conversations",
    operation_id = "download_attachment",
    params(("id" = Uuid, Path, description = "Attachment id")),
    responses(
        (status = 200, description = "The file", content_type = "application/octet-stream", body = Vec<u8>),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 404, description = "No such attachment, or the caller may not see it", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/attachments/{id}")]
pub async fn download_attachment(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let user = user.0;
    let not_found = || ApiError::Client(ErrorCode::NotFound);
    let attachment = conversations::attachment(&state.db, *id)
        .await?
        .ok_or_else(not_found)?;
    let allowed = match attachment.message_id {
        None => attachment.uploaded_by == Some(user.id),
        Some(message) => {
            let message = conversations::message(&state.db, message)
                .await?
                .ok_or_else(not_found)?;
            let conversation = conversations::get(&state.db, message.conversation_id)
                .await?
                .ok_or_else(not_found)?;
            let mine = conversations::member_organization_ids(&state.db, user.id).await?;
            !conversation.sides_of(&mine).is_empty()
                || (user.role() == Role::PlatformAdmin
                    && conversations::has_open_report(&state.db, conversation.id).await?)
        }
    };
    if !allowed {
        return Err(not_found());
    }
    let path = attachment_path(&state.settings.media_dir, attachment.id);
    let bytes = match tokio::fs::read(&path).await {
        Ok(bytes) => bytes,
        Err(err) => {
            tracing::error!(error = %err, attachment = %attachment.id, path = %path.display(), "attachment file missing");
            return Err(not_found());
        }
    };
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, attachment.content_type.clone()))
        .insert_header((
            header::CONTENT_DISPOSITION,
            content_disposition(&attachment.file_name),
        ))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; sandbox",
        ))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(bytes))
}
