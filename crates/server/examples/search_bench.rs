//! `cargo xtask bench search [--scale F]`: generates 100 000 organisations and 200 000
//! opportunities (× F; texts in German, Czech or English from the glossary and NACE labels)
//! in PostgreSQL, times `glokal reindex`, runs a query mix over HTTP against the release
//! server (p50/p95 latency, queries/s, server RSS), and the baseline a peer would build —
//! PostgreSQL full-text search (tsvector + GIN, `simple` with `unaccent`) — over the same
//! data and query words, plus both engines' nDCG@10 on the judged set.

use std::collections::HashMap;
use std::process::{Child, Command};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{Days, Utc};
use glokal_domain::reference::{nace, places};
use glokal_search::glossary::glossary;
use glokal_store::entities::{opportunity, organization};
use sea_orm::{ConnectionTrait, EntityTrait, Set, Statement};
use uuid::Uuid;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

const LANGS: [&str; 3] = ["de", "cs", "en"];

fn term(rng: &mut Rng, li: usize) -> String {
    let g = glossary();
    let c = rng.pick(&g.concepts);
    rng.pick(&c.terms[li]).clone()
}

fn text(rng: &mut Rng, li: usize, town: &str) -> String {
    let (a, b, c, d) = (term(rng, li), term(rng, li), term(rng, li), term(rng, li));
    match li {
        0 => format!("Wir bieten {a} und {b} für Industriekunden. Unser Betrieb in {town} liefert außerdem {c}. Seit Jahren arbeiten wir mit Partnern in Tschechien zusammen, auch bei {d}."),
        1 => format!("Nabízíme {a} a {b} pro průmyslové zákazníky. Naše firma v obci {town} dodává také {c}. Dlouhodobě spolupracujeme s partnery v Německu, také v oblasti {d}."),
        _ => format!("We offer {a} and {b} for industrial customers. Our site in {town} also supplies {c}. We have worked with partners across the border for years, also on {d}."),
    }
}

fn lang_index(rng: &mut Rng) -> usize {
    match rng.below(20) {
        0..=8 => 0,
        9..=17 => 1,
        _ => 2,
    }
}

fn enc(q: &str) -> String {
    q.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b',' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

struct Killer(Child);
impl Drop for Killer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn rss_mib(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kb = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
            / 1024.0
    };
    (kb("VmRSS:"), kb("VmHWM:"))
}

/// Runs `workers` loops of `f` for `secs` seconds; returns sorted latencies, errors, seconds.
async fn load<F, Fut>(
    workers: usize,
    secs: u64,
    items: Arc<Vec<String>>,
    f: F,
) -> (Vec<Duration>, usize, f64)
where
    F: Fn(String) -> Fut + Send + Sync + Clone + 'static,
    Fut: std::future::Future<Output = bool> + Send,
{
    let start = Instant::now();
    let deadline = start + Duration::from_secs(secs);
    let mut handles = Vec::new();
    for w in 0..workers {
        let items = items.clone();
        let f = f.clone();
        handles.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            let mut errors = 0;
            let mut i = w * 7919;
            while Instant::now() < deadline {
                let item = items[i % items.len()].clone();
                i += 1;
                let t = Instant::now();
                if !f(item).await {
                    errors += 1;
                }
                lat.push(t.elapsed());
            }
            (lat, errors)
        }));
    }
    let mut all = Vec::new();
    let mut errors = 0;
    for h in handles {
        let (l, e) = h.await.expect("worker");
        all.extend(l);
        errors += e;
    }
    let elapsed = start.elapsed().as_secs_f64();
    all.sort();
    (all, errors, elapsed)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let scale: f64 = args
        .iter()
        .position(|a| a == "--scale")
        .and_then(|i| args.get(i + 1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    let secs: u64 = std::env::var("GLOKAL_BENCH_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(15);
    let n_orgs = (100_000.0 * scale) as usize;
    let n_opps = (200_000.0 * scale) as usize;
    let bin = std::env::var("GLOKAL_BIN").unwrap_or_else(|_| "target/release/glokal".into());
    let admin_url = std::env::var("GLOKAL_BENCH_PG_ADMIN")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let db_name = "glokal_search_bench";
    let db_url = admin_url
        .rsplit_once('/')
        .map(|(b, _)| format!("{b}/{db_name}"))
        .unwrap_or_default();
    println!(
        "scale {scale}: {n_orgs} organisations, {n_opps} opportunities (PostgreSQL {db_name})"
    );

    let admin = glokal_store::connect(&admin_url).await?;
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {db_name} WITH (FORCE)"))
        .await?;
    admin
        .execute_unprepared(&format!("CREATE DATABASE {db_name}"))
        .await?;
    let db = glokal_store::connect(&db_url).await?;
    glokal_store::migrate(&db).await?;

    // ---------------------------------------------------------------- data
    let t = Instant::now();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let all_places = places::all();
    let classes: Vec<&str> = nace::all()
        .iter()
        .filter(|e| e.level == 4)
        .map(|e| e.code.as_str())
        .collect();
    let now = Utc::now();
    let today = now.date_naive();
    let mut org_ids = Vec::with_capacity(n_orgs);
    let mut org_rows = Vec::new();
    for i in 0..n_orgs {
        let li = lang_index(&mut rng);
        let place = rng.pick(all_places);
        let id = Uuid::new_v4();
        org_ids.push(id);
        let name_word = term(&mut rng, li);
        let name = match li {
            0 => format!("{name_word} {} GmbH", place.name),
            1 => format!("{name_word} {} s.r.o.", place.name),
            _ => format!("{} {name_word} Ltd", place.name),
        };
        let n1 = *rng.pick(&classes);
        let n2 = *rng.pick(&classes);
        let desc = serde_json::json!({ LANGS[li]: text(&mut rng, li, &place.name) });
        org_rows.push(organization::ActiveModel {
            id: Set(id),
            name: Set(name),
            legal_form: Set(None),
            kind: Set("company".into()),
            country: Set(place.country.to_owned()),
            street: Set(None),
            postal_code: Set(None),
            city: Set(place.name.clone()),
            place_id: Set(Some(place.id as i32)),
            region_code: Set(place.region_code.map(str::to_owned)),
            lat: Set(Some(place.lat)),
            lon: Set(Some(place.lon)),
            website: Set(None),
            email: Set(None),
            phone: Set(None),
            founding_year: Set(None),
            size_class: Set(Some(["micro", "small", "medium", "large"][i % 4].into())),
            nace_main: Set(Some(n1.into())),
            nace_codes: Set(format!(";{n1};{n2};")),
            languages: Set(format!(";{};", LANGS[li])),
            keywords: Set(serde_json::to_string(&[
                term(&mut rng, li),
                term(&mut rng, li),
            ])?),
            description: Set(desc.to_string()),
            contacts: Set("[]".into()),
            ico: Set(None),
            dic: Set(None),
            hr_number: Set(None),
            vat_id: Set(None),
            certifications: Set("[]".into()),
            offerings: Set("[]".into()),
            logo: Set(None),
            verified_at: Set(None),
            verified_by_organization: Set(None),
            verified_by_user: Set(None),
            register_checked_at: Set(None),
            demo: Set(false),
            hidden_at: Set(None),
            hidden_reason: Set(None),
            suspended_at: Set(None),
            reviewed_at: Set(Some(now)),
            managed_by: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
        });
        if org_rows.len() == 500 {
            organization::Entity::insert_many(std::mem::take(&mut org_rows))
                .exec(&db)
                .await?;
        }
    }
    if !org_rows.is_empty() {
        organization::Entity::insert_many(org_rows)
            .exec(&db)
            .await?;
    }
    let types = [
        "product_offer",
        "service_offer",
        "capacity_offer",
        "supplier_request",
        "cooperation_request",
        "technology_offer",
    ];
    let mut rows = Vec::new();
    for i in 0..n_opps {
        let li = lang_index(&mut rng);
        let org = *rng.pick(&org_ids);
        let t1 = term(&mut rng, li);
        let title = match li {
            0 => format!("{t1} gesucht"),
            1 => format!("Nabízíme: {t1}"),
            _ => format!("Offer: {t1}"),
        };
        let n1 = *rng.pick(&classes);
        rows.push(opportunity::ActiveModel {
            id: Set(Uuid::new_v4()),
            organization_id: Set(org),
            created_by: Set(None),
            opportunity_type: Set(types[i % types.len()].into()),
            status: Set("published".into()),
            title: Set(serde_json::json!({ LANGS[li]: title }).to_string()),
            body: Set(serde_json::json!({ LANGS[li]: text(&mut rng, li, "Sachsen") }).to_string()),
            nace_codes: Set(format!(";{n1};")),
            keywords: Set("[]".into()),
            quantity: Set(None),
            unit: Set(None),
            valid_until: Set(today + Days::new(1 + (i % 200) as u64)),
            needed_by: Set(None),
            capacity: Set(None),
            target_countries: Set(String::new()),
            cross_border_only: Set(false),
            max_distance_km: Set(None),
            certifications: Set(String::new()),
            alert_sent_at: Set(None),
            close_outcome: Set(None),
            demo: Set(false),
            hidden_at: Set(None),
            hidden_reason: Set(None),
            published_at: Set(Some(now)),
            closed_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
        });
        if rows.len() == 500 {
            opportunity::Entity::insert_many(std::mem::take(&mut rows))
                .exec(&db)
                .await?;
        }
    }
    if !rows.is_empty() {
        opportunity::Entity::insert_many(rows).exec(&db).await?;
    }
    println!(
        "data generated and stored in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    // ---------------------------------------------------------------- index build
    let data_dir = std::env::temp_dir().join(format!("glokal-search-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    std::fs::create_dir_all(&data_dir)?;
    let env = |cmd: &mut Command| {
        cmd.env("GLOKAL_DATABASE_URL", &db_url)
            .env("GLOKAL_DATA_DIR", &data_dir)
            .env("RUST_LOG", "warn")
            .env("GLOKAL_STATIC_DIR", data_dir.join("no-spa"));
    };
    let t = Instant::now();
    let mut reindex = Command::new(&bin);
    reindex.arg("reindex");
    env(&mut reindex);
    let status = reindex.status()?;
    anyhow::ensure!(status.success(), "glokal reindex failed");
    let build_secs = t.elapsed().as_secs_f64();

    // ---------------------------------------------------------------- server
    let port = std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port();
    let addr = format!("http://127.0.0.1:{port}");
    let mut serve = Command::new(&bin);
    serve
        .arg("serve")
        .env("GLOKAL_BIND", format!("127.0.0.1:{port}"));
    env(&mut serve);
    let server = Killer(serve.spawn()?);
    let pid = server.0.id();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(64)
        .build()?;
    let ready = Instant::now();
    while client.get(format!("{addr}/healthz")).send().await.is_err() {
        anyhow::ensure!(
            ready.elapsed() < Duration::from_secs(120),
            "server did not start"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (rss_idle, _) = rss_mib(pid);

    // query mix: words from the glossary and NACE labels, typos, prefixes, filters, distance
    let mut qrng = Rng(42);
    let mut words_mix = Vec::new();
    let mut urls = Vec::new();
    for i in 0..600 {
        let li = qrng.below(3);
        let mut q = term(&mut qrng, li);
        if i % 10 == 1 {
            let other = qrng.below(3);
            q = format!("{q} {}", term(&mut qrng, other));
        }
        if i % 10 == 2 && q.chars().count() > 6 {
            // typo: one letter dropped
            let mut c: Vec<char> = q.chars().collect();
            let k = 2 + qrng.below(c.len() - 3);
            c.remove(k);
            q = c.into_iter().collect();
        }
        if i % 10 == 3 {
            let cut = q.char_indices().nth(4).map(|(b, _)| b).unwrap_or(q.len());
            q.truncate(cut); // typed so far
        }
        if i % 10 == 4 {
            let e = qrng.pick(nace::all());
            let lang = [
                glokal_domain::Language::De,
                glokal_domain::Language::Cs,
                glokal_domain::Language::En,
            ][li];
            q = e
                .labels
                .get(lang)
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
        }
        words_mix.push(q.clone());
        let mut url = format!("{addr}/api/v1/search?q={}&lang={}", enc(&q), LANGS[li]);
        match i % 10 {
            5 => url.push_str("&country=CZ"),
            6 => url.push_str("&type=opportunity"),
            7 => url.push_str(&format!("&near={}&radius_km=50", qrng.pick(all_places).id)),
            8 => url.push_str("&nace=C&sort=newest"),
            _ => {}
        }
        urls.push(url);
    }
    let urls = Arc::new(urls);
    let c2 = client.clone();
    let get_ok = move |url: String| {
        let c = c2.clone();
        async move { matches!(c.get(url).send().await, Ok(r) if r.status().is_success()) }
    };
    let _ = load(4, 2, urls.clone(), get_ok.clone()).await; // warm-up
    let (lat1, _, _) = load(1, secs / 2, urls.clone(), get_ok.clone()).await;
    let (lat, errors, elapsed) = load(8, secs, urls.clone(), get_ok.clone()).await;
    let (rss, hwm) = rss_mib(pid);
    let qps = lat.len() as f64 / elapsed;
    let mut suggest_urls = Vec::new();
    for q in &words_mix {
        let prefix: String = q.chars().take(2 + q.len() % 4).collect();
        suggest_urls.push(format!(
            "{addr}/api/v1/search/suggest?q={}&lang=de",
            enc(&prefix)
        ));
    }
    let (slat, serr, _) = load(1, secs / 2, Arc::new(suggest_urls), get_ok.clone()).await;
    drop(server);

    // ---------------------------------------------------------------- PostgreSQL baseline
    let unaccent = db
        .execute_unprepared("CREATE EXTENSION IF NOT EXISTS unaccent")
        .await
        .is_ok();
    let ua = |e: &str| {
        if unaccent {
            format!("unaccent({e})")
        } else {
            e.to_owned()
        }
    };
    let t = Instant::now();
    db.execute_unprepared(&format!(
        "CREATE TABLE search_fts AS
           SELECT o.id, 'organization' AS t, to_tsvector('simple', {}) AS tsv FROM organizations o
           UNION ALL
           SELECT p.id, 'opportunity', to_tsvector('simple', {}) FROM opportunities p;
         CREATE INDEX search_fts_gin ON search_fts USING gin (tsv);
         ANALYZE search_fts;",
        ua("o.name || ' ' || o.description || ' ' || o.keywords"),
        ua("p.title || ' ' || p.body")
    ))
    .await?;
    let pg_build = t.elapsed().as_secs_f64();
    let pg_sql = format!(
        "SELECT id, ts_rank(tsv, q) AS r, count(*) OVER () AS total FROM search_fts, plainto_tsquery('simple', {}) q WHERE tsv @@ q ORDER BY r DESC LIMIT 20",
        ua("$1")
    );
    let db = Arc::new(db);
    let words = Arc::new(words_mix);
    let (d2, s2) = (db.clone(), pg_sql.clone());
    let pg_query = move |q: String| {
        let db = d2.clone();
        let sql = s2.clone();
        async move {
            db.query_all_raw(Statement::from_sql_and_values(
                db.get_database_backend(),
                &sql,
                [q.into()],
            ))
            .await
            .is_ok()
        }
    };
    let _ = load(4, 2, words.clone(), pg_query.clone()).await;
    let (plat1, _, _) = load(1, secs / 2, words.clone(), pg_query.clone()).await;
    let (plat, perr, pelapsed) = load(8, secs, words.clone(), pg_query.clone()).await;
    let pqps = plat.len() as f64 / pelapsed;

    // relevance of both on the judged set
    db.execute_unprepared("CREATE TABLE judged_fts (id uuid, tsv tsvector)")
        .await?;
    for d in glokal_search::judged::corpus() {
        db.execute_raw(Statement::from_sql_and_values(
            db.get_database_backend(),
            &format!(
                "INSERT INTO judged_fts VALUES ($1, to_tsvector('simple', {}))",
                ua("$2")
            ),
            [d.id.into(), d.full_text().into()],
        ))
        .await?;
    }
    let judged_sql = format!(
        "SELECT id FROM judged_fts, plainto_tsquery('simple', {}) q WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC LIMIT 10",
        ua("$1")
    );
    let mut pg_rankings: HashMap<String, Vec<Uuid>> = HashMap::new();
    for q in glokal_search::judged::queries() {
        let rows = db
            .query_all_raw(Statement::from_sql_and_values(
                db.get_database_backend(),
                &judged_sql,
                [q.text.clone().into()],
            ))
            .await?;
        pg_rankings.insert(
            q.id.clone(),
            rows.iter()
                .filter_map(|r| r.try_get::<Uuid>("", "id").ok())
                .collect(),
        );
    }
    let pg_rel = glokal_search::judged::evaluate(|q| pg_rankings.remove(&q.id).unwrap_or_default());
    let our_rel = glokal_search::judged::evaluate_engine()?;

    // ---------------------------------------------------------------- report
    let p = |v: &[Duration], x| percentile(v, x);
    println!();
    println!("index build (glokal reindex, {} documents): {build_secs:.1} s   (PostgreSQL tsvector + GIN: {pg_build:.1} s)", n_orgs + n_opps);
    println!("query mix: {} distinct queries (words, two words, typos, prefixes, NACE labels; filters, distance)", urls.len());
    println!(
        "{:<44} {:>9} {:>9} {:>9} {:>10} {:>8}",
        "", "p50 ms", "p95 ms", "p99 ms", "queries/s", "errors"
    );
    println!(
        "{:<44} {:>9.2} {:>9.2} {:>9.2} {:>10} {:>8}",
        "Glokal search, HTTP, 1 client",
        p(&lat1, 0.5),
        p(&lat1, 0.95),
        p(&lat1, 0.99),
        "",
        ""
    );
    println!(
        "{:<44} {:>9.2} {:>9.2} {:>9.2} {:>10.0} {:>8}",
        "Glokal search, HTTP, 8 clients",
        p(&lat, 0.5),
        p(&lat, 0.95),
        p(&lat, 0.99),
        qps,
        errors
    );
    println!(
        "{:<44} {:>9.2} {:>9.2} {:>9.2} {:>10} {:>8}",
        "Glokal suggest, HTTP, 1 client",
        p(&slat, 0.5),
        p(&slat, 0.95),
        p(&slat, 0.99),
        "",
        serr
    );
    println!(
        "{:<44} {:>9.2} {:>9.2} {:>9.2} {:>10} {:>8}",
        "PostgreSQL FTS, SQL (no HTTP), 1 client",
        p(&plat1, 0.5),
        p(&plat1, 0.95),
        p(&plat1, 0.99),
        "",
        ""
    );
    println!(
        "{:<44} {:>9.2} {:>9.2} {:>9.2} {:>10.0} {:>8}",
        "PostgreSQL FTS, SQL (no HTTP), 8 clients",
        p(&plat, 0.5),
        p(&plat, 0.95),
        p(&plat, 0.99),
        pqps,
        perr
    );
    println!(
        "latency ratio PostgreSQL / Glokal: p50 1 client {:.2}x, p95 8 clients {:.2}x",
        p(&plat1, 0.5) / p(&lat1, 0.5),
        p(&plat, 0.95) / p(&lat, 0.95)
    );
    println!("server memory: RSS {rss_idle:.0} MiB after start, {rss:.0} MiB after the load (peak {hwm:.0} MiB)");
    println!("judged set nDCG@10 / recall@10: Glokal {:.3} / {:.3} (cross-lingual {:.3} / {:.3}); PostgreSQL FTS {:.3} / {:.3} (cross-lingual {:.3} / {:.3})",
        our_rel.ndcg, our_rel.recall, our_rel.cross_ndcg, our_rel.cross_recall, pg_rel.ndcg, pg_rel.recall, pg_rel.cross_ndcg, pg_rel.cross_recall);
    let _ = admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {db_name} WITH (FORCE)"))
        .await;
    let _ = std::fs::remove_dir_all(&data_dir);
    Ok(())
}
