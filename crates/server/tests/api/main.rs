//! HTTP integration tests against the real server on port 0 (SQLite, or PostgreSQL
//! when `GLOKAL_TEST_DATABASE_URL` is a `postgres://` URL: one fresh database per test).

mod accounts;
mod alerts;
mod api_tokens;
mod authorization;
mod conversations;
mod errors;
mod events;
mod expert_questions;
mod helpers;
mod import_export;
mod logos;
mod matches;
mod matchmaking;
mod members;
mod moderation;
mod openapi;
mod opportunities;
mod organizations;
mod password;
mod privacy;
mod reference;
mod registry;
mod search;
mod seed;
mod sessions;
mod smtp;
mod statistics;
mod system;
mod verification;
mod webhooks;
