//! HTTP handlers, one per file, grouped by resource.

pub mod admin;
pub mod auth;
pub mod me;
pub mod registry;
pub mod system;
