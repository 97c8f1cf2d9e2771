//! The bench's command line on bad input: clear errors, non-zero exits, no
//! hang. And the Janus adapter against a Janus the bench starts in a network
//! namespace of its own.
#![allow(clippy::unwrap_used)]

mod common;

use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn bench(args: &[&str]) -> (Output, Duration) {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_anteroom-bench"))
        .args(args)
        .output()
        .expect("the bench runs");
    (out, start.elapsed())
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn a_malformed_scenario_file_is_refused_with_its_reason() {
    let path = scratch("bad.toml");
    for (text, says) in [
        ("kind = \"consult\"\nroms = 3\n", "roms"),
        ("rooms = 3\n", "kind"),
        ("kind = \"consult\"\nloss = 2.0\n", "loss"),
        ("kind = [\n", "bad.toml"),
    ] {
        std::fs::write(&path, text).unwrap();
        let (out, _) = bench(&[
            "run",
            "--scenario-file",
            path.to_str().unwrap(),
            "--url",
            "ws://127.0.0.1:9/ws",
        ]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{text}: {err}");
        assert!(
            err.contains("scenario") && err.contains(says),
            "{text}: {err}"
        );
    }
    let (out, _) = bench(&[
        "run",
        "--scenario-file",
        "/nonexistent.toml",
        "--url",
        "ws://127.0.0.1:9/ws",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent.toml"));
}

#[test]
fn an_unreachable_server_fails_fast() {
    // Port 9 (discard) on loopback: nothing listens.
    let (out, took) = bench(&[
        "run",
        "--scenario",
        "consult",
        "--url",
        "ws://127.0.0.1:9/ws",
        "-q",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("cannot be reached") && err.contains("127.0.0.1:9"),
        "{err}"
    );
    assert!(took < Duration::from_secs(20), "took {took:?}");
    let (out, _) = bench(&[
        "run",
        "--scenario",
        "consult",
        "--target",
        "janus",
        "--url",
        "http://127.0.0.1:9/janus",
        "-q",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot be reached"));
}

#[test]
fn bad_flags_are_usage_errors() {
    let (out, _) = bench(&["run", "--scenario", "consult"]);
    assert_eq!(out.status.code(), Some(2), "a target is required");
    let (out, _) = bench(&[
        "run",
        "--scenario",
        "consult",
        "--url",
        "ws://127.0.0.1:9/ws",
        "--view",
        "huge",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("view"));
    let (out, _) = bench(&["run", "--scenario", "party", "--url", "ws://127.0.0.1:9/ws"]);
    assert_eq!(out.status.code(), Some(2));
}

/// Janus is Debian's package (.ci/run installs it); the bench starts it in a
/// network namespace of its own (Janus offers no loopback candidates).
#[test]
fn the_janus_adapter_runs_a_consult() {
    if Command::new("janus").arg("--version").output().is_err() {
        eprintln!(
            "SKIPPED: Janus is not installed here (apt-get install janus); the Janus adapter was not tested"
        );
        return;
    }
    let json = scratch("janus.json");
    let (out, _) = bench(&[
        "run",
        "--target",
        "janus",
        "--spawn",
        "--scenario",
        "consult",
        "--rooms",
        "2",
        "--duration",
        "10",
        "-q",
        "--json",
        json.to_str().unwrap(),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("janus") && stdout.contains("join time p99"),
        "{stdout}"
    );
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    common::report::check(&report, "janus", 4);
    assert!(
        report["versions"]["server"]
            .as_str()
            .unwrap_or("")
            .starts_with("Janus"),
        "{}",
        report["versions"]
    );
}
