//! Installs what a fresh machine lacks: wasm target, Trunk, wasm-bindgen-cli (the
//! version in Cargo.lock), wasm-opt (npm `binaryen`), Chromium and the e2e packages.
//! Nothing is downloaded from GitHub.

use std::env;
use std::path::PathBuf;
use std::process::Command;

use crate::{command, exec, home, root, step, Result};

/// Trunk version known to build offline with this toolchain (see BUILD-NOTES).
const TRUNK_VERSION: &str = "0.21.14";
/// binaryen (wasm-opt) version from npm that produces working wasm.
const BINARYEN_VERSION: &str = "132.0.0";

/// Where npm tools are installed.
fn tools_dir() -> PathBuf {
    home().join(".cache/glokal/tools")
}

/// `PATH` with the npm tools and cargo's bin folder first.
pub fn path_with_tools() -> String {
    let mut parts = vec![
        tools_dir().join("node_modules/.bin").display().to_string(),
        home().join(".cargo/bin").display().to_string(),
    ];
    if let Ok(path) = env::var("PATH") {
        parts.push(path);
    }
    parts.join(":")
}

/// The first line a tool prints for `--version`, if it runs.
fn version_of(program: &str) -> Option<String> {
    let output = command(program).arg("--version").output().ok()?;
    output.status.success().then(|| {
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .trim()
            .to_owned()
    })
}

/// The wasm-bindgen version pinned in Cargo.lock.
fn locked_wasm_bindgen() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("reading Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(version.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("wasm-bindgen is not in Cargo.lock".to_owned())
}

/// Wasm target, Trunk, wasm-bindgen-cli and wasm-opt.
pub fn ensure_spa_tools() -> Result {
    let targets = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|e| format!("rustup: {e}"))?;
    if !String::from_utf8_lossy(&targets.stdout).contains("wasm32-unknown-unknown") {
        step("Installing the wasm32 target (rustup)");
        exec(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    if version_of("trunk").as_deref() != Some(&format!("trunk {TRUNK_VERSION}")) {
        step(&format!(
            "Installing trunk {TRUNK_VERSION} (cargo install, about 12 minutes once)"
        ));
        exec(
            command("cargo")
                .args([
                    "install",
                    "trunk",
                    "--version",
                    TRUNK_VERSION,
                    "--locked",
                    "--force",
                ])
                .env_remove("CARGO_TARGET_DIR"),
        )?;
    }
    let bindgen = locked_wasm_bindgen()?;
    if version_of("wasm-bindgen").as_deref() != Some(&format!("wasm-bindgen {bindgen}")) {
        step(&format!(
            "Installing wasm-bindgen-cli {bindgen} (cargo install, about 4 minutes once)"
        ));
        // Not `--locked`: one of its locked dependencies is no longer in the registry.
        exec(
            command("cargo")
                .args([
                    "install",
                    "wasm-bindgen-cli",
                    "--version",
                    &bindgen,
                    "--force",
                ])
                .env_remove("CARGO_TARGET_DIR"),
        )?;
    }
    let wasm_opt = tools_dir().join("node_modules/.bin/wasm-opt");
    let has_wasm_opt = Command::new(&wasm_opt)
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("132"));
    if !has_wasm_opt {
        step(&format!(
            "Installing wasm-opt (npm binaryen@{BINARYEN_VERSION})"
        ));
        std::fs::create_dir_all(tools_dir()).map_err(|e| e.to_string())?;
        exec(
            Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--prefix"])
                .arg(tools_dir())
                .arg(format!("binaryen@{BINARYEN_VERSION}")),
        )?;
    }
    Ok(())
}

/// Debian's Chromium and the e2e test's npm packages.
pub fn ensure_browser_tools() -> Result {
    if !PathBuf::from("/usr/bin/chromium").exists() {
        step("Installing Chromium from Debian (apt-get)");
        let sudo = if unsafe_is_root() {
            vec![]
        } else {
            vec!["sudo"]
        };
        let apt = |args: &[&str]| {
            let mut all: Vec<&str> = sudo.clone();
            all.push("apt-get");
            all.extend_from_slice(args);
            exec(
                Command::new(all[0])
                    .args(&all[1..])
                    .env("DEBIAN_FRONTEND", "noninteractive"),
            )
        };
        apt(&["update", "-qq"])?;
        apt(&["install", "-y", "-qq", "chromium", "chromium-driver"])?;
    }
    let e2e = root().join("e2e");
    if !e2e.join("node_modules/playwright-core").exists() {
        step("Installing the browser-test packages (npm ci in e2e/)");
        let verb = if e2e.join("package-lock.json").exists() {
            "ci"
        } else {
            "install"
        };
        exec(
            Command::new("npm")
                .args([verb, "--no-audit", "--no-fund"])
                .current_dir(&e2e),
        )?;
    }
    Ok(())
}

/// Whether we run as root (`id -u` is 0).
fn unsafe_is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}
