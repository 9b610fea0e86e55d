//! The caller's language, from `Accept-Language` (English when nothing fits).

use std::future::{ready, Ready};

use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest};
use glokal_api_types::Language;

/// Language negotiated from the request headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RequestLanguage(pub Option<Language>);

impl RequestLanguage {
    /// Reads the header of a request.
    pub fn of(req: &HttpRequest) -> Self {
        Self::from_headers(req.headers())
    }

    /// Reads `Accept-Language` from a header map.
    pub fn from_headers(headers: &header::HeaderMap) -> Self {
        RequestLanguage(
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Language::negotiate),
        )
    }

    /// The negotiated language, or English for API clients that state none.
    pub fn or_english(self) -> Language {
        self.0.unwrap_or(Language::En)
    }
}

impl FromRequest for RequestLanguage {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _payload: &mut actix_web::dev::Payload) -> Self::Future {
        ready(Ok(RequestLanguage::of(req)))
    }
}
