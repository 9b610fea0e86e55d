//! The `glokal` binary.

use clap::Parser;
use glokal_server::cli::{self, Cli};

#[actix_web::main]
async fn main() {
    let cli = Cli::parse();
    if let Err(err) = cli::run(cli).await {
        eprintln!("glokal: {err:#}");
        std::process::exit(1);
    }
}
