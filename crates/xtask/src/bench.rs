//! `cargo xtask bench http|orgs|scheduler`.
//!
//! `scheduler`: the Kooperationsbörse scheduler against the greedy baseline and the upper bound
//! on generated events (`crates/domain/examples/scheduler_bench.rs`, release build).
//!
//! `http`: throughput of `GET /healthz` and `GET /api/v1/me` with wrk
//! against a release build on SQLite, and login latency for unknown accounts vs wrong
//! passwords (they must cost the same).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::{command, exec, root, step, Result};

/// A release server on a temporary SQLite file or a fresh PostgreSQL database, seeded with demo accounts.
struct BenchServer {
    addr: String,
    _server: crate::Server,
    data: std::path::PathBuf,
}

impl Drop for BenchServer {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.data);
    }
}

fn start_release_server(database_url: Option<&str>) -> Result<BenchServer> {
    let binary = crate::target_dir().join("release/glokal");
    let data = std::env::temp_dir().join(format!(
        "glokal-bench-{}-{}",
        std::process::id(),
        crate::free_port()?
    ));
    let _ = std::fs::remove_dir_all(&data);
    let port = crate::free_port()?;
    let addr = format!("127.0.0.1:{port}");
    let env = |cmd: &mut Command| {
        cmd.env("GLOKAL_DATA_DIR", &data)
            .env("GLOKAL_BIND", &addr)
            .env("GLOKAL_STATIC_DIR", root().join("dist"))
            .env("RUST_LOG", "warn");
        match database_url {
            Some(url) => cmd.env("GLOKAL_DATABASE_URL", url),
            None => cmd.env_remove("GLOKAL_DATABASE_URL"),
        };
    };
    let mut seed = command(binary.to_str().unwrap());
    seed.args(["seed", "--demo"]);
    env(&mut seed);
    exec(&mut seed)?;
    let mut serve = command(binary.to_str().unwrap());
    serve.arg("serve");
    env(&mut serve);
    let child = serve
        .spawn()
        .map_err(|e| format!("starting the server: {e}"))?;
    let server = crate::Server(child);
    crate::wait_ready(&format!("http://{addr}"))?;
    Ok(BenchServer {
        addr,
        _server: server,
        data,
    })
}

fn ensure_wrk_and_release_build() -> Result {
    if Command::new("wrk").arg("--version").output().is_err() {
        step("Installing wrk (apt-get)");
        exec(
            Command::new("apt-get")
                .args(["install", "-y", "-qq", "wrk"])
                .env("DEBIAN_FRONTEND", "noninteractive"),
        )?;
    }
    step("Building the server (release)");
    exec(command("cargo").args(["build", "--release", "-p", "glokal"]))
}

fn login_token(addr: &str) -> Result<String> {
    let (status, body) = post_json(
        addr,
        "/api/v1/auth/login",
        r#"{"email":"firma@demo.glokal.eu","password":"Glokal-Demo-2026"}"#,
        None,
    )?;
    if status != 200 {
        return Err(format!("demo login failed: {status} {body}"));
    }
    Ok(body
        .split("\"access_token\":\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .ok_or("no access token")?
        .to_owned())
}

/// `cargo xtask bench orgs`: 10 000 organisations; profile and filtered-list latency on
/// SQLite and (when reachable) PostgreSQL.
pub fn orgs() -> Result {
    ensure_wrk_and_release_build()?;
    let mut backends: Vec<(&str, Option<String>)> = vec![("SQLite", None)];
    let pg_admin = std::env::var("GLOKAL_BENCH_POSTGRES_URL")
        .unwrap_or_else(|_| crate::CI_POSTGRES_URL.to_owned());
    if Command::new("psql")
        .arg(&pg_admin)
        .args(["-Atc", "select 1"])
        .output()
        .is_ok_and(|o| o.status.success())
    {
        let name = format!("glokal_bench_{}", std::process::id());
        exec(
            Command::new("psql")
                .arg(&pg_admin)
                .args(["-qc", &format!("DROP DATABASE IF EXISTS {name}")]),
        )?;
        exec(
            Command::new("psql")
                .arg(&pg_admin)
                .args(["-qc", &format!("CREATE DATABASE {name}")]),
        )?;
        let root = pg_admin
            .rsplit_once('/')
            .map(|(r, _)| r.to_owned())
            .unwrap_or_default();
        backends.push(("PostgreSQL", Some(format!("{root}/{name}"))));
    }
    let lua = std::env::temp_dir().join("glokal-percentiles.lua");
    std::fs::write(&lua, "done = function(summary, latency, requests)\n  io.write(string.format(\"P50 %.2f P95 %.2f P99 %.2f\\n\", latency:percentile(50)/1000, latency:percentile(95)/1000, latency:percentile(99)/1000))\nend\n").map_err(|e| e.to_string())?;
    for (label, url) in &backends {
        step(&format!("{label}: creating 10 000 organisations"));
        let server = start_release_server(url.as_deref())?;
        let token = login_token(&server.addr)?;
        let towns = [
            ("CZ", "Liberec"),
            ("CZ", "Děčín"),
            ("CZ", "Ústí nad Labem"),
            ("CZ", "Karlovy Vary"),
            ("CZ", "Cheb"),
            ("DE", "Zittau"),
            ("DE", "Görlitz"),
            ("DE", "Dresden"),
            ("DE", "Chemnitz"),
            ("DE", "Plauen"),
            ("DE", "Bautzen"),
            ("DE", "Freiberg"),
        ];
        let naces = [
            "22.29", "25.62", "28.41", "29.32", "10.71", "62.01", "23.13", "13.99", "16.23",
            "71.12",
        ];
        let sizes = ["micro", "small", "medium", "large"];
        let started = Instant::now();
        let mut first_id = String::new();
        for i in 0..10_000usize {
            let (country, city) = towns[i % towns.len()];
            let body = format!(
                r#"{{"name":"Bench {i:05}","kind":"company","country":"{country}","city":"{city}","nace_main":"{}","size_class":"{}","languages":["de","cs"],"keywords":["bench"],"description":{{"de":"Benchmark-Organisation {i}","cs":"Testovací organizace {i}"}}}}"#,
                naces[i % naces.len()],
                sizes[i % sizes.len()]
            );
            let (status, answer) =
                post_json(&server.addr, "/api/v1/organizations", &body, Some(&token))?;
            if status != 201 {
                return Err(format!("creating organisation {i}: {status} {answer}"));
            }
            if i == 5_000 {
                first_id = answer
                    .split("\"id\":\"")
                    .nth(1)
                    .and_then(|r| r.split('"').next())
                    .unwrap_or("")
                    .to_owned();
            }
            if (i + 1) % 2_000 == 0 {
                println!(
                    "  {}/10000 created ({:.0} s)",
                    i + 1,
                    started.elapsed().as_secs_f64()
                );
            }
        }
        let profile = format!("http://{}/api/v1/organizations/{first_id}", server.addr);
        let list = format!(
            "http://{}/api/v1/organizations?country=CZ&nace=22&size_class=small",
            server.addr
        );
        // Latency with one client (service time, no queueing), throughput with 16 (saturated).
        for (name, url) in [
            ("get_organization", &profile),
            ("list_organizations (3 filters)", &list),
        ] {
            for (threads, connections, seconds) in
                [("-t1", "-c1", "-d5s"), ("-t2", "-c16", "-d10s")]
            {
                let output = Command::new("wrk")
                    .args([threads, connections, seconds, "-s"])
                    .arg(&lua)
                    .arg(url)
                    .output()
                    .map_err(|e| format!("wrk: {e}"))?;
                let text = String::from_utf8_lossy(&output.stdout);
                let rps = text
                    .lines()
                    .find_map(|l| l.strip_prefix("Requests/sec:"))
                    .map(str::trim)
                    .unwrap_or("?");
                let pcts = text.lines().find(|l| l.starts_with("P50")).unwrap_or("?");
                if text.contains("Non-2xx") {
                    return Err(format!("wrk saw errors for {url}:\n{text}"));
                }
                println!(
                    "{label:<10} {name:<32} {connections:>4} {rps:>9} req/s   latency ms: {pcts}"
                );
            }
        }
    }
    if let Some((_, Some(url))) = backends.get(1) {
        let name = url.rsplit('/').next().unwrap_or_default();
        let _ = Command::new("psql")
            .arg(&pg_admin)
            .args([
                "-qc",
                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            ])
            .status();
    }
    Ok(())
}

/// Runs the HTTP benchmark.
pub fn http() -> Result {
    ensure_wrk_and_release_build()?;
    let server = start_release_server(None)?;
    let addr = server.addr.clone();
    let login = |email: &str, password: &str| {
        post_json(
            &addr,
            "/api/v1/auth/login",
            &format!(r#"{{"email":"{email}","password":"{password}"}}"#),
            None,
        )
    };
    let token = login_token(&addr)?;

    step("wrk: 2 threads, 32 connections, 10 s, 3 runs each (medians)");
    let healthz = median_of(3, || wrk(&format!("http://{addr}/healthz"), None))?;
    let me = median_of(3, || wrk(&format!("http://{addr}/api/v1/me"), Some(&token)))?;
    println!("GET /healthz      {healthz:>10.0} requests/s (median)");
    println!(
        "GET /api/v1/me    {me:>10.0} requests/s (median; JWT check + user loaded from SQLite)"
    );
    println!("ratio /me : /healthz = {:.2}", me / healthz);

    step("Login latency: wrong password vs unknown account (12 each, sequential)");
    let accounts = [
        "kammer@demo.glokal.eu",
        "firma.cz@demo.glokal.eu",
        "admin@demo.glokal.eu",
    ];
    let mut wrong = Vec::new();
    let mut unknown = Vec::new();
    for i in 0..12 {
        let started = Instant::now();
        login(accounts[i % 3], "not-the-password")?;
        wrong.push(started.elapsed());
        let started = Instant::now();
        login(&format!("nobody{i}@demo.glokal.eu"), "not-the-password")?;
        unknown.push(started.elapsed());
    }
    let (w, u) = (median(&mut wrong), median(&mut unknown));
    println!(
        "wrong password   median {:>7.1} ms",
        w.as_secs_f64() * 1000.0
    );
    println!(
        "unknown account  median {:>7.1} ms",
        u.as_secs_f64() * 1000.0
    );
    println!(
        "ratio unknown : wrong = {:.3}",
        u.as_secs_f64() / w.as_secs_f64()
    );
    Ok(())
}

fn median(samples: &mut [Duration]) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn median_of(runs: usize, mut f: impl FnMut() -> Result<f64>) -> Result<f64> {
    let mut values = Vec::new();
    for _ in 0..runs {
        values.push(f()?);
    }
    values.sort_by(|a, b| a.total_cmp(b));
    Ok(values[values.len() / 2])
}

fn wrk(url: &str, token: Option<&str>) -> Result<f64> {
    let mut cmd = Command::new("wrk");
    cmd.args(["-t2", "-c32", "-d10s", "--latency"]);
    if let Some(token) = token {
        cmd.args(["-H", &format!("Authorization: Bearer {token}")]);
    }
    let output = cmd.arg(url).output().map_err(|e| format!("wrk: {e}"))?;
    let text = String::from_utf8_lossy(&output.stdout);
    if text.contains("Non-2xx") {
        return Err(format!("wrk saw error responses:\n{text}"));
    }
    let p50 = text
        .lines()
        .find(|l| l.trim_start().starts_with("50%"))
        .unwrap_or("")
        .trim()
        .to_owned();
    let rps = text
        .lines()
        .find_map(|l| l.strip_prefix("Requests/sec:"))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .ok_or_else(|| format!("cannot read wrk output:\n{text}"))?;
    println!(
        "  {url}: {rps:.0} req/s, latency p50 {}",
        p50.trim_start_matches("50%").trim()
    );
    Ok(rps)
}

/// A JSON POST over a fresh connection, optionally with a bearer token; returns status and body.
fn post_json(addr: &str, path: &str, body: &str, token: Option<&str>) -> Result<(u16, String)> {
    let mut stream = TcpStream::connect(addr).map_err(|e| e.to_string())?;
    let auth = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n{auth}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .map_err(|e| e.to_string())?;
    let mut answer = String::new();
    stream
        .read_to_string(&mut answer)
        .map_err(|e| e.to_string())?;
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    Ok((status, body))
}

/// `cargo xtask bench scheduler`: runs the scheduler benchmark example in release mode.
pub fn scheduler() -> Result {
    step("Scheduler benchmark (release build): meetings vs. upper bound and greedy, median times");
    exec(
        command(&std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())).args([
            "run",
            "--release",
            "--quiet",
            "-p",
            "glokal-domain",
            "--example",
            "scheduler_bench",
        ]),
    )
}

/// `cargo xtask bench search-quality`: nDCG@10 and recall@10 on the judged set, overall and
/// cross-lingual.
pub fn search_quality() -> Result {
    step("Search relevance on the judged set (crates/search/tests/judged/)");
    exec(
        command(&std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())).args([
            "run",
            "--release",
            "--quiet",
            "-p",
            "glokal-search",
            "--example",
            "search_quality",
        ]),
    )
}

/// `cargo xtask bench matching [--scale F]`: matching partners among 100 000 organisations and
/// 200 000 opportunities (× F) in an on-disk index, against a scan in memory as the baseline.
pub fn matching(args: &[String]) -> Result {
    step("Matching benchmark (release build)");
    exec(
        command(&std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
            .args([
                "run",
                "--release",
                "--quiet",
                "-p",
                "glokal-search",
                "--example",
                "matching_bench",
                "--",
            ])
            .args(args),
    )
}

/// `cargo xtask bench search [--scale F]`: 100 000 organisations and 200 000 opportunities
/// (times F) in PostgreSQL, `glokal reindex` timed, a query mix over HTTP against the release
/// server (latency, throughput, RSS), and the PostgreSQL full-text baseline side by side.
pub fn search(args: &[String]) -> Result {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    step("Release build of the server");
    exec(command(&cargo).args([
        "build",
        "--release",
        "--quiet",
        "-p",
        "glokal",
        "--bin",
        "glokal",
        "--example",
        "search_bench",
    ]))?;
    step("Search benchmark");
    let mut cmd = command(
        crate::target_dir()
            .join("release/examples/search_bench")
            .to_str()
            .unwrap(),
    );
    cmd.env("GLOKAL_BIN", crate::target_dir().join("release/glokal"));
    cmd.args(args);
    exec(&mut cmd)
}
