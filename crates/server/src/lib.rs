//! The `glokal` server: configuration, start-up, the SPA, and the command line.

pub mod cli;
pub mod config;
pub mod headers;
pub mod spa;
pub mod startup;
pub mod telemetry;

pub use config::Config;
pub use startup::Application;
