//! One module per page, grouped by feature.

pub mod account;
pub mod auth;
pub mod home;
pub mod legal;
pub mod not_found;
pub mod organizations;
