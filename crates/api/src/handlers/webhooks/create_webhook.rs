use actix_web::{post, web, HttpResponse};
use glokal_api_types::{CreatedWebhook, ErrorBody, WebhookInput};
use glokal_store::webhooks;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::handlers::organizations::api_tokens::manageable;
use crate::state::AppState;

/// Webhooks one organisation may have.
pub const MAX_WEBHOOKS: u64 = 10;

/// Register an HTTPS endpoint that receives the chosen events as signed JSON `POST`s.
///
/// Each delivery carries `Glokal-Event`, `Glokal-Event-Id`, `Glokal-Delivery` and
/// `Glokal-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` keyed with the
/// `secret` of this answer (shown this once). Verify it over the raw body, compare in constant
/// time, reject timestamps older than five minutes, and de-duplicate on the event id. Any 2xx
/// answer counts as delivered; anything else (or no answer within 10 s) is retried with
/// doubling back-off (30 s, 1 min, 2 min, … up to 1 h, 10 attempts), then marked `failed`.
#[utoipa::path(
    tag = "webhooks",
    operation_id = "create_webhook",
    params(("id" = Uuid, Path, description = "Organisation (an institution) id")),
    request_body = WebhookInput,
    responses(
        (status = 201, description = "The webhook with its signing secret, shown this once", body = CreatedWebhook),
        (status = 400, description = "Malformed JSON or unknown event type", body = ErrorBody),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner who is institution staff, nor a platform admin", body = ErrorBody),
        (status = 404, description = "No such organisation", body = ErrorBody),
        (status = 422, description = "`url` not an https URL (`https_required`, `invalid_url`, `too_long`) or too many webhooks (`too_many_webhooks`), `events` empty, `description` too long, or a company (`not_an_institution`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/organizations/{id}/webhooks")]
pub async fn create_webhook(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    body: web::Json<WebhookInput>,
) -> ApiResult<HttpResponse> {
    let org = manageable(&state, &user, *id).await?;
    let input = body.into_inner();
    let url = check_url(&input.url, state.settings.webhooks_allow_http)?;
    let description = input.description.trim().to_owned();
    if description.chars().any(char::is_control) {
        return Err(ApiError::field("description", "invalid"));
    }
    if description.chars().count() > 200 {
        return Err(ApiError::field("description", "too_long"));
    }
    let mut events = input.events;
    events.sort();
    events.dedup();
    if events.is_empty() {
        return Err(ApiError::field("events", "required"));
    }
    if webhooks::count(&state.db, org.id).await? >= MAX_WEBHOOKS {
        return Err(ApiError::field("url", "too_many_webhooks"));
    }
    let secret = crate::webhooks::generate_secret();
    let stored = webhooks::create(
        &state.db,
        org.id,
        url,
        description,
        &events,
        secret.clone(),
        user.0.id,
    )
    .await?;
    tracing::info!(organization = %org.id, webhook = %stored.id, user_id = %user.0.id, "webhook created");
    Ok(HttpResponse::Created().json(CreatedWebhook {
        secret,
        webhook: stored.into_api(Default::default()),
    }))
}

/// The URL as stored: `https://` (or `http://` where allowed) with a host, no credentials,
/// no fragment, at most 2 000 characters.
fn check_url(text: &str, allow_http: bool) -> ApiResult<String> {
    let text = text.trim();
    if text.chars().count() > 2000 {
        return Err(ApiError::field("url", "too_long"));
    }
    let url = reqwest::Url::parse(text).map_err(|_| ApiError::field("url", "invalid_url"))?;
    let scheme_ok = url.scheme() == "https" || (allow_http && url.scheme() == "http");
    if !scheme_ok {
        return Err(ApiError::field("url", "https_required"));
    }
    if url.host_str().is_none_or(str::is_empty)
        || !url.username().is_empty()
        || url.password().is_some()
        || url.fragment().is_some()
    {
        return Err(ApiError::field("url", "invalid_url"));
    }
    Ok(url.to_string())
}

#[cfg(test)]
mod tests {
    use super::check_url;

    #[test]
    fn urls() {
        assert_eq!(
            check_url(" https://crm.example.org/hooks/glokal ", false).unwrap(),
            "https://crm.example.org/hooks/glokal"
        );
        assert!(check_url("http://crm.example.org/", false).is_err());
        assert!(check_url("http://127.0.0.1:9000/", true).is_ok());
        assert!(check_url("ftp://crm.example.org/", true).is_err());
        assert!(check_url("https://user:pw@crm.example.org/", false).is_err());
        assert!(check_url("https://crm.example.org/#x", false).is_err());
        assert!(check_url("not a url", false).is_err());
    }
}
