//! The `glokal` command line.

pub mod admin;
pub mod demo_matchmaking;
pub mod import;
pub mod reindex;
pub mod seed;
pub mod seed_conversations;

use std::io::Read;

use anyhow::Context;
use clap::{Parser, Subcommand};

use crate::config::{Config, Environment};
use crate::startup::{open_database, Application};
use crate::telemetry;

/// Glokal — network platform for SMEs and institutions in the Saxon–Czech border region.
///
/// Configuration comes from GLOKAL_* environment variables (see README).
#[derive(Debug, Parser)]
#[command(name = "glokal", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// What to do.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the API, its documentation and the web app (migrates first).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Print the OpenAPI document (JSON) to standard output.
    Openapi,
    /// Fill the database with data.
    Seed {
        /// Demo accounts and content (idempotent; refused in production).
        #[arg(long)]
        demo: bool,
    },
    /// Rebuild the search index from the database (with a progress bar). Stop `glokal serve`
    /// on the same data folder first: the index has one writer.
    Reindex,
    /// Import organisations from a CSV or XLSX file (German, Czech or English headers), with a
    /// per-row report of errors and duplicates and a progress bar.
    Import {
        /// The CSV (UTF-8, `;` or `,`) or XLSX file.
        file: String,
        /// E-mail address of the account that will own the new organisations (institution
        /// staff or platform admin).
        #[arg(long)]
        owner: String,
        /// Check and report only; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Administration tasks.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

/// `glokal admin …`.
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create a platform administrator (confirmed e-mail address).
    Create {
        /// The administrator's e-mail address.
        #[arg(long)]
        email: String,
        /// Display name (default: the part before @).
        #[arg(long)]
        name: Option<String>,
        /// Read the password from standard input instead of generating one.
        #[arg(long)]
        password_stdin: bool,
    },
}

/// Runs a parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    if let Command::Openapi = cli.command {
        let spec = glokal_api::openapi()
            .to_pretty_json()
            .context("serialising the OpenAPI document")?;
        println!("{spec}");
        return Ok(());
    }
    let config = Config::from_env()?;
    telemetry::init(config.log_format);
    match cli.command {
        Command::Openapi => unreachable!("handled above"),
        Command::Serve => {
            let app = Application::build(config.clone()).await?;
            tracing::info!(url = %config.public_url, port = app.port(), "Glokal is listening; API docs at {}/api/docs/", config.public_url);
            app.run_until_stopped().await
        }
        Command::Migrate => {
            open_database(&config).await?;
            tracing::info!("database is up to date");
            Ok(())
        }
        Command::Reindex => reindex::run(&config).await,
        Command::Import {
            file,
            owner,
            dry_run,
        } => import::run(&config, &file, &owner, dry_run).await,
        Command::Seed { demo } => {
            if !demo {
                anyhow::bail!("nothing to seed: pass --demo");
            }
            if config.environment == Environment::Production {
                anyhow::bail!("refusing to load demo accounts in production");
            }
            let db = open_database(&config).await?;
            seed::demo(&db).await
        }
        Command::Admin {
            command:
                AdminCommand::Create {
                    email,
                    name,
                    password_stdin,
                },
        } => {
            let password = if password_stdin {
                let mut input = String::new();
                std::io::stdin()
                    .read_to_string(&mut input)
                    .context("reading the password from standard input")?;
                Some(input.trim_end_matches(['\r', '\n']).to_owned())
            } else {
                None
            };
            let db = open_database(&config).await?;
            admin::create(&db, &email, name.as_deref(), password).await
        }
    }
}
