//! The one error type of the API and its JSON body.

use std::collections::BTreeMap;

use actix_web::http::header::{self, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use glokal_api_types::{ErrorBody, ErrorCode, Language};
use glokal_store::DbErr;

use crate::registry::RegistryError;

/// Every way a request can fail. Rendered as [`ErrorBody`] with a stable `code`;
/// the message is translated into the caller's language by the `translate_errors` middleware.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A client error with a fixed code (status follows the code).
    #[error("{0}")]
    Client(ErrorCode),
    /// Failed validation: field → field error code.
    #[error("validation failed: {0:?}")]
    Validation(BTreeMap<String, String>),
    /// Malformed body or parameters, with the parser's explanation (English, technical).
    #[error("malformed request: {detail}")]
    Malformed { code: ErrorCode, detail: String },
    /// Too many attempts; retry after this many seconds.
    #[error("rate limited for {retry_after_secs} s")]
    RateLimited { retry_after_secs: u64 },
    /// Anything unexpected: logged with its cause chain, answered with 500.
    #[error(transparent)]
    Unexpected(#[from] anyhow::Error),
}

impl ApiError {
    /// The stable code of this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            ApiError::Client(code) => *code,
            ApiError::Validation(_) => ErrorCode::ValidationFailed,
            ApiError::Malformed { code, .. } => *code,
            ApiError::RateLimited { .. } => ErrorCode::RateLimited,
            ApiError::Unexpected(_) => ErrorCode::InternalError,
        }
    }

    /// A 422 with one failing field.
    pub fn field(field: &str, code: &str) -> ApiError {
        ApiError::Validation(BTreeMap::from([(field.to_owned(), code.to_owned())]))
    }

    /// The body in the given language.
    pub fn body(&self, lang: Language) -> ErrorBody {
        let code = self.code();
        let mut message = glokal_i18n::t(lang, &format!("error-{}", code.as_str()));
        if let ApiError::Malformed { detail, .. } = self {
            message = format!("{message} ({detail})");
        }
        let fields = match self {
            ApiError::Validation(fields) => Some(fields.clone()),
            _ => None,
        };
        ErrorBody {
            code,
            message,
            fields,
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.code().status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse {
        if let ApiError::Unexpected(err) = self {
            tracing::error!(error = ?err, "unexpected error");
        }
        let mut response = HttpResponse::build(self.status_code());
        if let ApiError::RateLimited { retry_after_secs } = self {
            response.insert_header((header::RETRY_AFTER, HeaderValue::from(*retry_after_secs)));
        }
        if matches!(
            self,
            ApiError::Client(ErrorCode::Unauthorized | ErrorCode::TokenExpired)
        ) {
            response.insert_header((header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer")));
        }
        // English here; `translate_errors` re-renders it in the caller's language.
        response.json(self.body(Language::En))
    }
}

impl From<DbErr> for ApiError {
    fn from(err: DbErr) -> Self {
        match err {
            DbErr::RecordNotFound(_) => ApiError::Client(ErrorCode::NotFound),
            other => ApiError::Unexpected(anyhow::Error::new(other).context("database error")),
        }
    }
}

impl From<validator::ValidationErrors> for ApiError {
    fn from(errors: validator::ValidationErrors) -> Self {
        let fields = errors
            .field_errors()
            .into_iter()
            .filter_map(|(field, errs)| {
                errs.first()
                    .map(|e| (field.to_string(), e.code.to_string()))
            })
            .collect();
        ApiError::Validation(fields)
    }
}

impl From<RegistryError> for ApiError {
    fn from(err: RegistryError) -> Self {
        match err {
            RegistryError::NotFound => ApiError::Client(ErrorCode::CompanyNotFound),
            // The cause was logged where it happened (`CzRegistry::lookup`).
            RegistryError::Unavailable(_) => ApiError::Client(ErrorCode::RegistryUnavailable),
        }
    }
}

impl From<actix_web::error::BlockingError> for ApiError {
    fn from(err: actix_web::error::BlockingError) -> Self {
        ApiError::Unexpected(anyhow::anyhow!("blocking task failed: {err}"))
    }
}

/// Shorthand for handler results.
pub type ApiResult<T> = Result<T, ApiError>;

/// Maps actix's JSON extractor errors to our body: 413, 415, or 400 with detail.
pub fn json_error(
    err: actix_web::error::JsonPayloadError,
    _req: &actix_web::HttpRequest,
) -> actix_web::Error {
    use actix_web::error::JsonPayloadError as E;
    let api = match &err {
        E::OverflowKnownLength { .. } | E::Overflow { .. } => {
            ApiError::Client(ErrorCode::PayloadTooLarge)
        }
        E::ContentType => ApiError::Client(ErrorCode::UnsupportedMediaType),
        E::Deserialize(inner) => ApiError::Malformed {
            code: ErrorCode::InvalidJson,
            detail: inner.to_string(),
        },
        other => ApiError::Malformed {
            code: ErrorCode::InvalidJson,
            detail: other.to_string(),
        },
    };
    api.into()
}

/// Maps query-string errors to 400.
pub fn query_error(
    err: actix_web::error::QueryPayloadError,
    _req: &actix_web::HttpRequest,
) -> actix_web::Error {
    ApiError::Malformed {
        code: ErrorCode::BadRequest,
        detail: err.to_string(),
    }
    .into()
}

/// Maps path-parameter errors (e.g. a malformed id) to 404: no such resource.
pub fn path_error(
    _err: actix_web::error::PathError,
    _req: &actix_web::HttpRequest,
) -> actix_web::Error {
    ApiError::Client(ErrorCode::NotFound).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_code_is_translated_and_has_its_status() {
        for code in ErrorCode::ALL {
            for lang in Language::ALL {
                let id = format!("error-{}", code.as_str());
                assert!(glokal_i18n::has(lang, &id), "{lang}: {id} missing");
            }
            let error = ApiError::Client(*code);
            assert_eq!(error.status_code().as_u16(), code.status());
        }
        let de = ApiError::Client(ErrorCode::NotFound).body(Language::De);
        let cs = ApiError::Client(ErrorCode::NotFound).body(Language::Cs);
        assert_ne!(de.message, cs.message);
    }

    #[test]
    fn database_errors_are_not_client_errors() {
        assert_eq!(
            ApiError::from(DbErr::RecordNotFound("x".into())).code(),
            ErrorCode::NotFound
        );
        assert_eq!(
            ApiError::from(DbErr::Custom("boom".into())).code(),
            ErrorCode::InternalError
        );
    }
}
