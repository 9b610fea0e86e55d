//! Schema migrations. `glokal migrate`, `glokal serve` (at start) and the tests all
//! call [`Migrator::up`]; every migration has a `down`.

pub use sea_orm_migration::prelude::*;

mod m20261127_000001_create_accounts;
mod m20261127_000002_create_mail_outbox;
mod m20261127_000003_create_organizations;
mod m20261128_000004_organization_profile_extras;
mod m20261128_000005_create_opportunities;
mod m20261128_000006_create_events;
mod m20261128_000007_create_conversations;
mod m20261128_000008_create_search_changes;
mod m20261128_000009_create_matchmaking;
mod m20261128_000010_organization_verification;
mod m20261128_000011_matches_and_alerts;
mod m20261128_000012_create_api_tokens;
mod m20261128_000013_create_webhooks;
mod m20261128_000014_moderation;
mod m20261128_000015_expert_questions;
mod m20261128_000016_privacy_and_consent;
mod m20261128_000017_managed_organizations;
mod m20261128_000018_report_categories;

/// All migrations in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261127_000001_create_accounts::Migration),
            Box::new(m20261127_000002_create_mail_outbox::Migration),
            Box::new(m20261127_000003_create_organizations::Migration),
            Box::new(m20261128_000004_organization_profile_extras::Migration),
            Box::new(m20261128_000005_create_opportunities::Migration),
            Box::new(m20261128_000006_create_events::Migration),
            Box::new(m20261128_000007_create_conversations::Migration),
            Box::new(m20261128_000008_create_search_changes::Migration),
            Box::new(m20261128_000010_organization_verification::Migration),
            Box::new(m20261128_000009_create_matchmaking::Migration),
            Box::new(m20261128_000011_matches_and_alerts::Migration),
            Box::new(m20261128_000012_create_api_tokens::Migration),
            Box::new(m20261128_000013_create_webhooks::Migration),
            Box::new(m20261128_000014_moderation::Migration),
            Box::new(m20261128_000015_expert_questions::Migration),
            Box::new(m20261128_000016_privacy_and_consent::Migration),
            Box::new(m20261128_000017_managed_organizations::Migration),
            Box::new(m20261128_000018_report_categories::Migration),
        ]
    }
}
