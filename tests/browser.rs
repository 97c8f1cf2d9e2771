//! Runs the real-browser tests (`tests/browser/*.test.mjs`: headless Chromium
//! driven by playwright-core) against the `anteroom` binary, inside a network
//! namespace that has only loopback, so nothing can leave the machine and ICE
//! candidate choice is deterministic.
//!
//! Needs root (for the namespace), Chromium, Node.js and `npm ci` in
//! `tests/browser`; `bash scripts/test.sh` installs them all. Set
//! `ANTEROOM_SKIP_BROWSER_TESTS=1` to skip this test explicitly.

use std::path::Path;
use std::process::Command;

#[test]
fn browser_tests_in_a_loopback_only_namespace() {
    if std::env::var_os("ANTEROOM_SKIP_BROWSER_TESTS").is_some() {
        eprintln!("browser tests skipped: ANTEROOM_SKIP_BROWSER_TESTS is set");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(
        root.join("tests/browser/node_modules/playwright-core")
            .is_dir(),
        "run `npm ci --prefix tests/browser` (or `bash scripts/test.sh`) first"
    );
    let script =
        "ip link set lo up && exec node --test --test-concurrency=1 tests/browser/*.test.mjs";
    let output = Command::new("unshare")
        .args(["--net", "--", "sh", "-c", script])
        .current_dir(root)
        .env("ANTEROOM_BIN", env!("CARGO_BIN_EXE_anteroom"))
        .output()
        .expect("unshare (util-linux) runs; the browser tests need root for a network namespace");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    println!("{stdout}");
    eprintln!("{stderr}");
    // A long run's output is often cut in the middle where it is shown, so
    // the failures come again, alone, at the end of the message.
    assert!(
        output.status.success(),
        "browser tests failed:\n{stdout}\n{stderr}\n\nfailed subtests:\n{}",
        failures(&stdout)
    );
    assert!(
        stdout.contains("# fail 0") && !stdout.contains("# pass 0"),
        "browser tests ran: {stdout}"
    );
}

/// Each failing subtest of a TAP stream with its diagnostic block (the lines
/// after `not ok` up to the block's closing `...`), at most 60 lines each.
fn failures(tap: &str) -> String {
    let mut out = String::new();
    let mut lines = tap.lines();
    while let Some(line) = lines.next() {
        if !line.trim_start().starts_with("not ok") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
        for detail in lines.by_ref().take(60) {
            out.push_str(detail);
            out.push('\n');
            if detail.trim() == "..." {
                break;
            }
        }
    }
    if out.is_empty() {
        out.push_str("(none reported as `not ok`: the run itself failed)\n");
    }
    out
}

#[test]
fn failures_are_picked_out_of_tap() {
    let tap =
        "ok 1 - fine\n  ---\n  ...\nnot ok 2 - broken\n  ---\n  error: 'x'\n  ...\nok 3 - fine\n";
    assert_eq!(
        failures(tap),
        "not ok 2 - broken\n  ---\n  error: 'x'\n  ...\n"
    );
    assert!(failures("ok 1 - fine\n").contains("none reported"));
}
