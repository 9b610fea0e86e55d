//! Relevance on the judged set must not silently drop: floors just under the measured values
//! (measured: see README "Benchmarks").

#[test]
fn relevance_stays_above_the_floor() {
    let r = glokal_search::judged::evaluate_engine().expect("index builds");
    eprintln!("{r:?}");
    assert!(r.queries >= 60 && r.cross_queries >= 25, "{r:?}");
    assert!(
        r.ndcg >= NDCG_FLOOR,
        "nDCG@10 {:.3} below {NDCG_FLOOR}",
        r.ndcg
    );
    assert!(
        r.cross_ndcg >= CROSS_NDCG_FLOOR,
        "cross-lingual nDCG@10 {:.3} below {CROSS_NDCG_FLOOR}",
        r.cross_ndcg
    );
    assert!(
        r.recall >= RECALL_FLOOR,
        "recall@10 {:.3} below {RECALL_FLOOR}",
        r.recall
    );
}

const NDCG_FLOOR: f64 = 0.80;
const CROSS_NDCG_FLOOR: f64 = 0.73;
const RECALL_FLOOR: f64 = 0.74;
