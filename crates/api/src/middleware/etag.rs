//! Conditional GETs for API clients (CRM sync): every successful JSON answer of a `GET` under
//! `/api/v1/` carries a strong `ETag` (a hash of the body); a request whose `If-None-Match`
//! names it (or `*`) gets `304 Not Modified` without a body.

use actix_web::body::{self, BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::HttpResponse;
use sha2::{Digest, Sha256};

/// Largest body that gets an `ETag` (bigger answers pass through unchanged).
const MAX_BODY: usize = 4 << 20;

/// The tag of a body: 128 bits of its SHA-256, quoted.
fn tag(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// Whether an `If-None-Match` value matches the tag (weak comparison, as RFC 9110 asks).
fn matches(if_none_match: &str, tag: &str) -> bool {
    if_none_match.split(',').map(str::trim).any(|candidate| {
        candidate == "*" || candidate.strip_prefix("W/").unwrap_or(candidate) == tag
    })
}

/// Middleware: adds `ETag` and answers `304` for unchanged resources.
pub async fn etag(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let applies =
        matches!(*req.method(), Method::GET | Method::HEAD) && req.path().starts_with("/api/v1/");
    let if_none_match = req
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let res = next.call(req).await?;
    let json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/json"));
    if !applies || res.status() != StatusCode::OK || !json {
        return Ok(res.map_into_boxed_body());
    }
    let (req, res) = res.into_parts();
    let (head, body) = res.into_parts();
    let bytes = match body::to_bytes_limited(body, MAX_BODY).await {
        Ok(Ok(bytes)) => bytes,
        // Too large or unreadable: answered as it is (already consumed: an empty 500 would be
        // worse; such bodies do not occur under the JSON limits of the API).
        Ok(Err(_)) | Err(_) => {
            return Ok(ServiceResponse::new(
                req,
                HttpResponse::InternalServerError().finish(),
            ))
        }
    };
    let tag = tag(&bytes);
    let value = HeaderValue::from_str(&tag).expect("hex is a valid header value");
    if if_none_match.as_deref().is_some_and(|v| matches(v, &tag)) {
        let mut not_modified = HttpResponse::NotModified();
        for (name, v) in head.headers() {
            if name != header::CONTENT_LENGTH && name != header::CONTENT_TYPE {
                not_modified.append_header((name.clone(), v.clone()));
            }
        }
        not_modified.insert_header((header::ETAG, value));
        return Ok(ServiceResponse::new(req, not_modified.finish()));
    }
    let mut res = head.set_body(bytes).map_into_boxed_body();
    res.headers_mut().insert(header::ETAG, value);
    Ok(ServiceResponse::new(req, res))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_if_none_match() {
        let t = tag(br#"{"id":1}"#);
        assert_eq!(t.len(), 34);
        assert_ne!(t, tag(br#"{"id":2}"#));
        assert!(matches(&t, &t));
        assert!(matches(&format!("\"x\", W/{t}"), &t));
        assert!(matches("*", &t));
        assert!(!matches("\"other\"", &t));
    }
}
