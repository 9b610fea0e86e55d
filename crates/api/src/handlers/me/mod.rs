//! `/api/v1/me*`: the caller's own account, password, organisations, data export and deletion.

pub mod change_password;
pub mod delete_me;
pub mod export_me;
pub mod get_me;
pub mod list_my_organizations;
pub mod update_me;
