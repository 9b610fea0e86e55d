//! HTTP handlers, one per file, grouped by resource.

pub mod admin;
pub mod auth;
pub mod fields;
pub mod invitations;
pub mod me;
pub mod opportunities;
pub mod organizations;
pub mod reference;
pub mod registry;
pub mod search;
pub mod system;
