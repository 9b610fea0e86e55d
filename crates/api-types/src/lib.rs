//! Wire types of the Glokal REST API (`/api/v1`).
//!
//! These compile without the database so the Leptos frontend uses the very same
//! types. OpenAPI schemas are derived behind the `openapi` feature, validation
//! behind `validate`; the frontend enables neither.

mod account;
mod admin;
mod api_token;
mod conversation;
mod error;
mod event;
mod import;
mod matches;
mod matchmaking;
mod moderation;
mod notification;
mod opportunity;
mod organization;
mod privacy;
mod reference;
mod registry;
mod saved_search;
mod search;
mod statistics;
mod system;
#[cfg(feature = "validate")]
pub mod validation;
mod webhook;

pub use account::*;
pub use admin::*;
pub use api_token::*;
pub use conversation::*;
pub use error::{ErrorBody, ErrorCode};
pub use event::*;
pub use glokal_domain::{Language, Role};
pub use import::*;
pub use matches::*;
pub use matchmaking::*;
pub use moderation::*;
pub use notification::*;
pub use opportunity::*;
pub use organization::*;
pub use privacy::*;
pub use reference::*;
pub use registry::*;
pub use saved_search::*;
pub use search::*;
pub use statistics::*;
pub use system::*;
pub use webhook::*;
