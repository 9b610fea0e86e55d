//! Pure domain types and rules of Glokal.
//!
//! Everything here is free of I/O so it compiles for the server and for the
//! WebAssembly frontend alike. Values that cross the system boundary are parsed
//! into newtypes with private fields ("parse, don't validate").

mod account;
mod language;
pub mod reference;
mod registry;
mod role;
pub mod scheduler;

pub use account::{
    DisplayName, Email, Password, DISPLAY_NAME_MAX_CHARS, PASSWORD_MAX_CHARS, PASSWORD_MIN_CHARS,
};
pub use language::Language;
pub use registry::{
    format_postal_code, legal_form_name, nace_class, nace_classes, postal_town, CzAddressLine, Ico,
    ICO_DIGITS,
};
pub use role::Role;

/// Why a raw value was rejected; `code()` is stable and translated by the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    #[error("the value is required")]
    Required,
    #[error("not a valid e-mail address")]
    InvalidEmail,
    #[error("the password is too short")]
    PasswordTooShort,
    #[error("the password is too long")]
    PasswordTooLong,
    #[error("the password is too common")]
    PasswordTooCommon,
    #[error("the display name is too long")]
    DisplayNameTooLong,
    #[error("the value contains control characters")]
    ControlCharacters,
    #[error("unknown language")]
    UnknownLanguage,
    #[error("not a valid IČO (eight digits with a correct check digit)")]
    InvalidIco,
    #[error("not a NACE Rev. 2 code")]
    UnknownNaceCode,
}

impl DomainError {
    /// Stable snake_case code used in API error bodies (`fields`) and translation keys.
    pub fn code(self) -> &'static str {
        match self {
            DomainError::Required => "required",
            DomainError::InvalidEmail => "invalid_email",
            DomainError::PasswordTooShort => "password_too_short",
            DomainError::PasswordTooLong => "password_too_long",
            DomainError::PasswordTooCommon => "password_too_common",
            DomainError::DisplayNameTooLong => "display_name_too_long",
            DomainError::ControlCharacters => "control_characters",
            DomainError::UnknownLanguage => "unknown_language",
            DomainError::InvalidIco => "invalid_ico",
            DomainError::UnknownNaceCode => "unknown_nace_code",
        }
    }

    /// Every variant, for completeness checks of translations.
    pub const ALL: [DomainError; 10] = [
        DomainError::Required,
        DomainError::InvalidEmail,
        DomainError::PasswordTooShort,
        DomainError::PasswordTooLong,
        DomainError::PasswordTooCommon,
        DomainError::DisplayNameTooLong,
        DomainError::ControlCharacters,
        DomainError::UnknownLanguage,
        DomainError::InvalidIco,
        DomainError::UnknownNaceCode,
    ];
}
