//! `/api/v1/admin/*`: platform administration (role `platform_admin` only).

pub mod list_users;
pub mod set_user_role;
