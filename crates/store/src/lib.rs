//! Persistence: sea-orm entities, repositories and the conversions to API types.
//!
//! Entities never leave this crate's callers as HTTP bodies: repositories return
//! models, and `into_api()` turns them into `glokal-api-types` values.

pub mod api_tokens;
pub mod conversations;
mod encoding;
pub mod entities;
pub mod events;
pub mod expert_questions;
pub mod invitations;
pub mod mail_outbox;
pub mod match_dismissals;
pub mod matchmaking;
pub mod moderation;
pub mod notification_preferences;
pub mod notifications;
pub mod opportunities;
pub mod organizations;
pub mod privacy;
pub mod refresh_tokens;
pub mod saved_searches;
pub mod search_changes;
pub mod statistics;
pub mod user_tokens;
pub mod users;
pub mod webhooks;

use std::time::Duration;

use anyhow::Context;
use glokal_migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectOptions, Database};
pub use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr, TransactionTrait,
};
use sea_orm::{SqliteTransactionMode, TransactionOptions};

/// Which database engine a URL points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// Detects the backend from a `sqlite:` or `postgres:` URL.
    pub fn of_url(url: &str) -> anyhow::Result<Backend> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Backend::Postgres)
        } else {
            anyhow::bail!("unsupported database URL (expected sqlite:… or postgres://…)")
        }
    }
}

/// Opens a connection pool; for SQLite creates the file and switches to WAL mode.
pub async fn connect(url: &str) -> anyhow::Result<DatabaseConnection> {
    let backend = Backend::of_url(url)?;
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(if backend == Backend::Sqlite { 8 } else { 16 })
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    let db = Database::connect(options)
        .await
        .context("cannot connect to the database")?;
    if backend == Backend::Sqlite {
        db.execute_unprepared("PRAGMA journal_mode=WAL;")
            .await
            .context("enabling WAL")?;
        db.execute_unprepared("PRAGMA foreign_keys=ON;")
            .await
            .context("enabling foreign keys")?;
    }
    Ok(db)
}

/// Starts a transaction that will write. On SQLite it takes the write lock at `BEGIN`
/// (`BEGIN IMMEDIATE`), so it waits for other writers (busy timeout) instead of failing when a
/// read transaction cannot be upgraded; on PostgreSQL it is a plain `BEGIN`.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    let options = TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    };
    db.begin_with_options(options).await
}

/// Applies all pending migrations.
pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    Migrator::up(db, None)
        .await
        .context("running database migrations")
}

/// Cheap round trip used by `/readyz`.
pub async fn ping(db: &DatabaseConnection) -> bool {
    db.ping().await.is_ok()
}
