//! `cargo xtask bench http`: throughput of `GET /healthz` and `GET /api/v1/me` with wrk
//! against a release build on SQLite, and login latency for unknown accounts vs wrong
//! passwords (they must cost the same).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::{command, exec, root, step, Result};

/// Runs the HTTP benchmark.
pub fn http() -> Result {
    if Command::new("wrk").arg("--version").output().is_err() {
        step("Installing wrk (apt-get)");
        exec(Command::new("apt-get").args(["install", "-y", "-qq", "wrk"]).env("DEBIAN_FRONTEND", "noninteractive"))?;
    }
    step("Building the server (release)");
    exec(command("cargo").args(["build", "--release", "-p", "glokal"]))?;
    let binary = crate::target_dir().join("release/glokal");
    let data = std::env::temp_dir().join(format!("glokal-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    let port = crate::free_port()?;
    let addr = format!("127.0.0.1:{port}");
    let env = |cmd: &mut Command| {
        cmd.env("GLOKAL_DATA_DIR", &data).env("GLOKAL_BIND", &addr).env("GLOKAL_STATIC_DIR", root().join("dist")).env("RUST_LOG", "warn");
    };
    let mut seed = command(binary.to_str().unwrap());
    seed.args(["seed", "--demo"]);
    env(&mut seed);
    exec(&mut seed)?;
    let mut serve = command(binary.to_str().unwrap());
    serve.arg("serve");
    env(&mut serve);
    let child = serve.spawn().map_err(|e| format!("starting the server: {e}"))?;
    let _server = crate::Server(child);
    crate::wait_ready(&format!("http://{addr}"))?;

    let login = |email: &str, password: &str| post_json(&addr, "/api/v1/auth/login", &format!(r#"{{"email":"{email}","password":"{password}"}}"#));
    let (status, body) = login("firma@demo.glokal.eu", "Glokal-Demo-2026")?;
    if status != 200 {
        return Err(format!("demo login failed: {status} {body}"));
    }
    let token = body.split("\"access_token\":\"").nth(1).and_then(|r| r.split('"').next()).ok_or("no access token")?.to_owned();

    step("wrk: 2 threads, 32 connections, 10 s, 3 runs each (medians)");
    let healthz = median_of(3, || wrk(&format!("http://{addr}/healthz"), None))?;
    let me = median_of(3, || wrk(&format!("http://{addr}/api/v1/me"), Some(&token)))?;
    println!("GET /healthz      {healthz:>10.0} requests/s (median)");
    println!("GET /api/v1/me    {me:>10.0} requests/s (median; JWT check + user loaded from SQLite)");
    println!("ratio /me : /healthz = {:.2}", me / healthz);

    step("Login latency: wrong password vs unknown account (12 each, sequential)");
    let accounts = ["kammer@demo.glokal.eu", "firma.cz@demo.glokal.eu", "admin@demo.glokal.eu"];
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
    println!("wrong password   median {:>7.1} ms", w.as_secs_f64() * 1000.0);
    println!("unknown account  median {:>7.1} ms", u.as_secs_f64() * 1000.0);
    println!("ratio unknown : wrong = {:.3}", u.as_secs_f64() / w.as_secs_f64());
    let _ = std::fs::remove_dir_all(&data);
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
    let p50 = text.lines().find(|l| l.trim_start().starts_with("50%")).unwrap_or("").trim().to_owned();
    let rps = text
        .lines()
        .find_map(|l| l.strip_prefix("Requests/sec:"))
        .and_then(|v| v.trim().parse::<f64>().ok())
        .ok_or_else(|| format!("cannot read wrk output:\n{text}"))?;
    println!("  {url}: {rps:.0} req/s, latency p50 {}", p50.trim_start_matches("50%").trim());
    Ok(rps)
}

/// A JSON POST over a fresh connection; returns status and body.
fn post_json(addr: &str, path: &str, body: &str) -> Result<(u16, String)> {
    let mut stream = TcpStream::connect(addr).map_err(|e| e.to_string())?;
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .map_err(|e| e.to_string())?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer).map_err(|e| e.to_string())?;
    let status = answer.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = answer.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    Ok((status, body))
}
