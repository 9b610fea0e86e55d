//! `glokal reindex`: rebuilds the search index from the database, with a progress bar.

use std::time::Instant;

use glokal_search::SearchIndex;
use indicatif::{ProgressBar, ProgressStyle};

use crate::config::Config;
use crate::startup::open_database;

/// Rebuilds `<data dir>/search/` (two writer threads) and reports the time taken.
pub async fn run(config: &Config) -> anyhow::Result<()> {
    let db = open_database(config).await?;
    let (index, _) = SearchIndex::open(&config.search_dir(), 2)?;
    let bar = ProgressBar::new(0);
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} indexing [{bar:40}] {pos}/{len} documents ({per_sec}, {eta} left)",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    let started = Instant::now();
    let n = glokal_search::feed::rebuild(&index, &db, |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    })
    .await?;
    bar.finish_and_clear();
    println!(
        "search index rebuilt: {n} documents in {:.1} s ({})",
        started.elapsed().as_secs_f64(),
        config.search_dir().display()
    );
    Ok(())
}
