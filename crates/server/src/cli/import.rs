//! `glokal import <file>`: organisations from a CSV or XLSX file, checked row by row like the
//! `import_organizations` endpoint (a dry run first with `--dry-run`), with a progress bar.

use anyhow::{bail, Context};
use glokal_api_types::{Language, Role};
use glokal_store::users;
use indicatif::{ProgressBar, ProgressStyle};

use crate::config::Config;
use crate::startup::open_database;

/// Errors and duplicates printed in full; beyond that only counted.
const LISTED: usize = 50;

/// Checks the file, prints the report, and creates the good rows unless `dry_run`, owned by
/// the account `owner` (institution staff or platform admin).
pub async fn run(config: &Config, file: &str, owner: &str, dry_run: bool) -> anyhow::Result<()> {
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {file}"))?;
    let db = open_database(config).await?;
    let owner = users::find_by_email(&db, &owner.trim().to_lowercase())
        .await?
        .with_context(|| format!("no account with the e-mail address {owner}"))?;
    if !matches!(owner.role(), Role::InstitutionStaff | Role::PlatformAdmin) {
        bail!(
            "{} is neither institution staff nor a platform admin",
            owner.email
        );
    }
    let (report, rows) = glokal_api::import::check(&db, &bytes, Language::En)
        .await
        .map_err(|e| anyhow::anyhow!("the file cannot be imported: {e}"))?;
    println!(
        "{file}: {} ({}), {} rows",
        report.format,
        report
            .delimiter
            .as_deref()
            .map(|d| format!("separated by '{d}'"))
            .unwrap_or_else(|| "first sheet".to_owned()),
        report.rows
    );
    for column in &report.columns {
        println!(
            "  column {:<28} → {}",
            format!("\"{}\"", column.header),
            column.field.as_deref().unwrap_or("(ignored)")
        );
    }
    for error in report.errors.iter().take(LISTED) {
        println!(
            "  row {:>5}: {} — {} ({})",
            error.row, error.field, error.message, error.code
        );
    }
    for dup in report.duplicates.iter().take(LISTED) {
        let what = match (&dup.existing_name, dup.same_as_row) {
            (Some(name), _) => format!("already on the platform as \"{name}\""),
            (None, Some(row)) => format!("same as row {row}"),
            _ => String::new(),
        };
        println!("  row {:>5}: duplicate ({:?}) {what}", dup.row, dup.reason);
    }
    let hidden =
        report.errors.len().saturating_sub(LISTED) + report.duplicates.len().saturating_sub(LISTED);
    if hidden > 0 {
        println!("  … and {hidden} more");
    }
    println!(
        "{} importable, {} errors, {} duplicates",
        report.importable,
        report.errors.len(),
        report.duplicates.len()
    );
    if dry_run {
        println!("dry run: nothing was written");
        return Ok(());
    }
    let bar = ProgressBar::new(rows.len() as u64);
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} importing [{bar:40}] {pos}/{len} organisations ({eta} left)",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    let creation = glokal_store::organizations::Creation {
        owner: Some(owner.id),
        managed_by: None,
        held_for_review: config.pre_moderation,
    };
    let ids = glokal_api::import::create(&db, &config.public_url, rows, creation, |n| {
        bar.set_position(n as u64)
    })
    .await
    .map_err(|e| anyhow::anyhow!("import failed, nothing was written: {e}"))?;
    bar.finish_and_clear();
    println!(
        "created {} organisations, owned by {}",
        ids.len(),
        owner.email
    );
    Ok(())
}
