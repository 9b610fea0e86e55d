//! `/api/v1/me*`: the caller's own account, password, privacy settings, consents, organisations, data export and deletion.

pub mod change_password;
pub mod delete_me;
pub mod export_me;
pub mod get_me;
pub mod get_my_consents;
pub mod get_privacy;
pub mod list_my_organizations;
pub mod record_consent;
pub mod update_me;
pub mod update_privacy;
