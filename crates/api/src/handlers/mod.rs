//! HTTP handlers, one per file, grouped by resource.

pub mod admin;
pub mod attachments;
pub mod auth;
pub mod conversations;
pub mod events;
pub mod fields;
pub mod invitations;
pub mod matchmaking;
pub mod me;
pub mod moderation;
pub mod notifications;
pub mod opportunities;
pub mod organizations;
pub mod reference;
pub mod registry;
pub mod reports;
pub mod saved_searches;
pub mod search;
pub mod statistics;
pub mod system;
pub mod webhooks;
