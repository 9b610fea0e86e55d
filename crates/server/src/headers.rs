//! Response headers for every request: security headers and cache policy.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;

use crate::spa::cache_control_for;

/// Middleware: nosniff, frame denial, referrer policy; `no-store` for the API,
/// long caching for hashed SPA assets.
pub async fn response_headers(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let path = req.path().to_owned();
    let mut res = next.call(req).await?;
    let headers = res.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    headers.insert(
        HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(
        HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), payment=(), usb=()"),
    );
    if !headers.contains_key(header::CACHE_CONTROL) {
        let value = if path.starts_with("/api/docs") {
            HeaderValue::from_static("no-cache")
        } else if path.starts_with("/api/") || path == "/healthz" || path == "/readyz" {
            HeaderValue::from_static("no-store")
        } else {
            cache_control_for(&path)
        };
        headers.insert(header::CACHE_CONTROL, value);
    }
    Ok(res)
}
