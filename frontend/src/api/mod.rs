//! Typed client of the Glokal REST API (`/api/v1`): every call returns
//! `Result<T, ApiClientError>` decoded from the API's `ErrorBody`.

mod account;
mod auth;
mod client;
mod conversations;
mod crm;
mod error;
mod events;
mod institutions;
mod matchmaking;
mod members;
mod moderation;
mod notifications;
mod opportunities;
mod organizations;
mod query;
mod reference;
mod search;

pub use client::{use_api, Api};
pub use crm::DeliveryEntry;
pub use error::ApiClientError;
pub use events::event_query;
pub use query::{from_wire_name, wire_name};
pub use reference::{label_in, NaceIndex};
pub use search::search_query_string;
