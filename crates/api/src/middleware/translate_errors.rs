//! Re-renders API error bodies in the caller's language (`Accept-Language`).

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::HttpResponse;

use crate::error::ApiError;
use crate::lang::RequestLanguage;

/// Middleware: when a handler or extractor failed with an [`ApiError`], the body is
/// rebuilt with the message in the negotiated language; status and headers stay.
pub async fn translate_errors(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let lang = RequestLanguage::from_headers(req.headers()).or_english();
    let res = next.call(req).await?;
    let body = res
        .response()
        .error()
        .and_then(|e| e.as_error::<ApiError>())
        .map(|api| api.body(lang));
    let Some(body) = body else {
        return Ok(res.map_into_boxed_body());
    };
    let (req, old) = res.into_parts();
    let mut fresh = HttpResponse::build(old.status());
    for (name, value) in old.headers() {
        if name != actix_web::http::header::CONTENT_LENGTH {
            fresh.append_header((name.clone(), value.clone()));
        }
    }
    Ok(ServiceResponse::new(req, fresh.json(body)))
}
