//! `cargo xtask bench import [--rows N] [--debug]`: `glokal import` of a generated CSV with N
//! organisations (default 50 000; German and Czech firms in real towns of the programme area,
//! 1 % broken rows) into a fresh SQLite database, with a release build: the dry run (read,
//! check, duplicate search) and the import (one transaction), each timed with its peak memory
//! (VmHWM) — and the dry run measured again afterwards, when every row is a duplicate.

use std::fmt::Write as _;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::{command, exec, step, target_dir, Result};

const TOWNS: [(&str, &str); 12] = [
    ("DE", "Dresden"),
    ("DE", "Chemnitz"),
    ("DE", "Zwickau"),
    ("DE", "Plauen"),
    ("DE", "Görlitz"),
    ("DE", "Bautzen"),
    ("CZ", "Liberec"),
    ("CZ", "Ústí nad Labem"),
    ("CZ", "Karlovy Vary"),
    ("CZ", "Děčín"),
    ("CZ", "Cheb"),
    ("CZ", "Jablonec nad Nisou"),
];
const NACE: [&str; 6] = ["2229", "2562", "2511", "2599", "2825", "6201"];

/// A valid IČO from a number (mod-11 check digit).
fn ico(n: u32) -> String {
    let base = format!("{:07}", n % 10_000_000);
    let sum: u32 = base
        .chars()
        .enumerate()
        .map(|(i, c)| c.to_digit(10).unwrap() * (8 - i as u32))
        .sum();
    let check = match sum % 11 {
        0 => 1,
        1 => 0,
        r => (11 - r) % 10,
    };
    format!("{base}{check}")
}

fn csv(rows: usize) -> String {
    let mut out = String::from(
        "\u{feff}Firmenname;Art;Land;Ort;IČO;NACE;Beschreibung (DE);Popis (CS);Größe\n",
    );
    for i in 0..rows {
        let (country, town) = TOWNS[i % TOWNS.len()];
        let nace = NACE[i % NACE.len()];
        let size = [5, 30, 120, 400][i % 4];
        if country == "CZ" {
            // Every hundredth row has a broken IČO (reported, not imported).
            let id = if i % 100 == 7 {
                "12345678".to_owned()
            } else {
                ico(1_000_000 + i as u32)
            };
            let _ = writeln!(out, "Firma {i} s.r.o.;Společnost;CZ;{town};{id};{nace};;Výroba a služby č. {i}: obrábění, vstřikování plastů.;{size}");
        } else {
            let _ = writeln!(out, "Betrieb {i} GmbH;Unternehmen;DE;{town};;{nace};Fertigung und Dienstleistung Nr. {i}: Zerspanung, Spritzguss.;;{size}");
        }
    }
    out
}

/// Runs a command, sampling its peak resident memory; returns (wall time, VmHWM in KiB, stdout).
fn measured(cmd: &mut std::process::Command) -> Result<(Duration, u64, String)> {
    let started = Instant::now();
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| e.to_string())?;
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = 0u64;
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut text).ok();
        text
    });
    loop {
        if let Ok(status) = std::fs::read_to_string(&status_file) {
            if let Some(kib) = status
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
            {
                peak = peak.max(kib);
            }
        }
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            let elapsed = started.elapsed();
            let text = reader.join().unwrap_or_default();
            if !status.success() {
                return Err(format!("import failed ({status}):\n{text}"));
            }
            return Ok((elapsed, peak, text));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn last_line(text: &str, starts: &str) -> String {
    text.lines()
        .rfind(|l| l.starts_with(starts))
        .unwrap_or_default()
        .to_owned()
}

pub fn run(args: &[String]) -> Result {
    let rows: usize = args
        .iter()
        .position(|a| a == "--rows")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(50_000);
    let debug = args.iter().any(|a| a == "--debug");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    step(&format!(
        "{} build of the server",
        if debug { "Debug" } else { "Release" }
    ));
    let mut build = command(&cargo);
    build.args(["build", "--quiet", "-p", "glokal", "--bin", "glokal"]);
    if !debug {
        build.arg("--release");
    }
    exec(&mut build)?;
    let bin = target_dir()
        .join(if debug { "debug" } else { "release" })
        .join("glokal");
    let data = std::env::temp_dir().join(format!("glokal-import-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    std::fs::create_dir_all(&data).map_err(|e| e.to_string())?;
    let file = data.join("orgs.csv");
    let text = csv(rows);
    std::fs::write(&file, &text).map_err(|e| e.to_string())?;
    step(&format!(
        "{rows} rows, {:.1} MiB CSV in {}",
        text.len() as f64 / 1_048_576.0,
        data.display()
    ));
    let glokal = |args: &[&str]| {
        let mut cmd = command(bin.to_str().unwrap());
        cmd.args(args)
            .env("GLOKAL_DATA_DIR", &data)
            .env("GLOKAL_SEARCH_INDEX", "memory")
            .env("GLOKAL_LOG_FORMAT", "pretty")
            .env("RUST_LOG", "warn");
        cmd
    };
    let owner = "bench-import@glokal.example";
    let mut create = glokal(&["admin", "create", "--email", owner]);
    create.stdout(Stdio::null());
    exec(&mut create)?;
    let file = file.to_str().unwrap().to_owned();
    let (dry, dry_kib, out) = measured(&mut glokal(&[
        "import",
        &file,
        "--owner",
        owner,
        "--dry-run",
    ]))?;
    let counts = out
        .lines()
        .find(|l| l.contains("importable,"))
        .unwrap_or_default()
        .to_owned();
    let (import, import_kib, out) = measured(&mut glokal(&["import", &file, "--owner", owner]))?;
    let created = last_line(&out, "created");
    let (again, again_kib, out) = measured(&mut glokal(&[
        "import",
        &file,
        "--owner",
        owner,
        "--dry-run",
    ]))?;
    let again_counts = out
        .lines()
        .find(|l| l.contains("importable,"))
        .unwrap_or_default()
        .to_owned();
    let _ = std::fs::remove_dir_all(&data);
    let rate = |d: Duration| rows as f64 / d.as_secs_f64();
    println!(
        "\nimport benchmark ({rows} rows, SQLite, {} build)",
        if debug { "debug" } else { "release" }
    );
    println!(
        "  dry run on an empty platform : {:>7.2} s  {:>8.0} rows/s  peak {:>5} MiB  ({counts})",
        dry.as_secs_f64(),
        rate(dry),
        dry_kib / 1024
    );
    println!(
        "  import (one transaction)     : {:>7.2} s  {:>8.0} rows/s  peak {:>5} MiB  ({created})",
        import.as_secs_f64(),
        rate(import),
        import_kib / 1024
    );
    println!("  dry run again (all duplicates): {:>6.2} s  {:>8.0} rows/s  peak {:>5} MiB  ({again_counts})", again.as_secs_f64(), rate(again), again_kib / 1024);
    println!(
        "  ratio import / dry run       : {:.2}",
        import.as_secs_f64() / dry.as_secs_f64()
    );
    Ok(())
}
