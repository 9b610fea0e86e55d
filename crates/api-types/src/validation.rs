//! `validator` adapters for the domain's parsers, so every rule lives once in `glokal-domain`.

use glokal_domain::{DisplayName, DomainError, Email, Password};
use validator::ValidationError;

fn to_error(error: DomainError) -> ValidationError {
    ValidationError::new(error.code())
}

/// A syntactically valid e-mail address.
pub fn email(value: &str) -> Result<(), ValidationError> {
    Email::parse(value).map(|_| ()).map_err(to_error)
}

/// A password that meets the policy (length, not common).
pub fn new_password(value: &str) -> Result<(), ValidationError> {
    Password::parse(value).map(|_| ()).map_err(to_error)
}

/// A display name: 1–100 characters, no control characters.
pub fn display_name(value: &str) -> Result<(), ValidationError> {
    DisplayName::parse(value).map(|_| ()).map_err(to_error)
}

/// Any non-blank value.
pub fn required(value: &str) -> Result<(), ValidationError> {
    if value.trim().is_empty() {
        Err(to_error(DomainError::Required))
    } else {
        Ok(())
    }
}

/// The version of the terms in force (`terms_not_accepted` when blank,
/// `terms_version_outdated` when another).
pub fn accepted_terms_version(value: &str) -> Result<(), ValidationError> {
    match value.trim() {
        "" => Err(ValidationError::new("terms_not_accepted")),
        v if v == crate::CURRENT_TERMS_VERSION => Ok(()),
        _ => Err(ValidationError::new("terms_version_outdated")),
    }
}
