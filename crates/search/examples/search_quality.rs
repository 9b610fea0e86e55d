//! `cargo xtask bench search-quality`: nDCG@10 and recall@10 on the judged set.

fn main() -> anyhow::Result<()> {
    let r = glokal_search::judged::evaluate_engine()?;
    let docs = glokal_search::judged::corpus().len();
    println!(
        "judged set: {docs} documents, {} queries (de/cs/en)",
        r.queries
    );
    println!("{:<34} {:>8} {:>10}", "", "nDCG@10", "recall@10");
    println!("{:<34} {:>8.3} {:>10.3}", "overall", r.ndcg, r.recall);
    println!(
        "{:<34} {:>8.3} {:>10.3}",
        format!("cross-lingual ({} queries)", r.cross_queries),
        r.cross_ndcg,
        r.cross_recall
    );
    Ok(())
}
