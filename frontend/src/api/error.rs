//! Errors of API calls, decoded from the API's single error body.

use std::collections::BTreeMap;
use std::fmt;

use glokal_api_types::{ErrorBody, ErrorCode};
use gloo_net::http::Response;

/// Why an API call failed.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiClientError {
    /// The server could not be reached (offline, DNS, connection refused).
    Network,
    /// The server answered with its documented error body.
    Api {
        status: u16,
        body: ErrorBody,
        /// Seconds from `Retry-After` (429).
        retry_after: Option<u64>,
    },
    /// The server answered with something that is not the documented shape.
    Unexpected { status: u16 },
    /// Checks in the browser failed before anything was sent (field → field code).
    Invalid(BTreeMap<String, String>),
}

impl ApiClientError {
    /// Decodes a non-success response.
    pub(crate) async fn from_response(response: &Response) -> Self {
        let status = response.status();
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|value| value.trim().parse().ok());
        match response.json::<ErrorBody>().await {
            Ok(body) => ApiClientError::Api {
                status,
                body,
                retry_after,
            },
            Err(_) => ApiClientError::Unexpected { status },
        }
    }

    /// An error the SPA detects itself but that has an API code (e.g. a link without token).
    pub fn local(code: ErrorCode) -> Self {
        let body = ErrorBody {
            code,
            message: String::new(),
            fields: None,
        };
        ApiClientError::Api {
            status: code.status(),
            body,
            retry_after: None,
        }
    }

    /// The API's error code, when the server sent one.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ApiClientError::Api { body, .. } => Some(body.code),
            _ => None,
        }
    }

    /// Whether this error means the person is (no longer) logged in.
    pub fn is_auth_failure(&self) -> bool {
        matches!(self.status(), Some(401))
    }

    /// The HTTP status, if there was an answer.
    pub fn status(&self) -> Option<u16> {
        match self {
            ApiClientError::Api { status, .. } | ApiClientError::Unexpected { status } => {
                Some(*status)
            }
            _ => None,
        }
    }

    /// Id of the translated message for this error (`error-<code>`, from `common.ftl`).
    pub fn message_id(&self) -> String {
        let code = match self {
            ApiClientError::Network => "network",
            ApiClientError::Api { body, .. } => body.code.as_str(),
            ApiClientError::Invalid(_) => ErrorCode::ValidationFailed.as_str(),
            ApiClientError::Unexpected { status } => match status {
                404 => ErrorCode::NotFound.as_str(),
                413 => ErrorCode::PayloadTooLarge.as_str(),
                429 => ErrorCode::RateLimited.as_str(),
                502..=504 => ErrorCode::ServiceUnavailable.as_str(),
                _ => ErrorCode::InternalError.as_str(),
            },
        };
        format!("error-{code}")
    }

    /// The server's own message (already in the UI language), for codes this build does not know.
    pub fn server_message(&self) -> Option<&str> {
        match self {
            ApiClientError::Api { body, .. } => Some(&body.message),
            _ => None,
        }
    }

    /// Field name → field code (`field-<code>` is the message id).
    pub fn fields(&self) -> BTreeMap<String, String> {
        match self {
            ApiClientError::Api { body, .. } => body.fields.clone().unwrap_or_default(),
            ApiClientError::Invalid(fields) => fields.clone(),
            _ => BTreeMap::new(),
        }
    }

    /// Seconds to wait before retrying (429).
    pub fn retry_after(&self) -> Option<u64> {
        match self {
            ApiClientError::Api { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

impl fmt::Display for ApiClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiClientError::Network => f.write_str("the server could not be reached"),
            ApiClientError::Api { status, body, .. } => {
                write!(f, "{status} {}: {}", body.code, body.message)
            }
            ApiClientError::Unexpected { status } => {
                write!(f, "unexpected answer with status {status}")
            }
            ApiClientError::Invalid(fields) => write!(f, "invalid fields: {fields:?}"),
        }
    }
}

impl std::error::Error for ApiClientError {}
