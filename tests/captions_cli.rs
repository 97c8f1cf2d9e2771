//! `anteroom captions transcribe` on the real binary: JSON lines for the
//! final segments of a recording, and clear errors for a bad model or file.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

fn models() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/models")
}

fn transcribe(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_anteroom"))
        .args(["captions", "transcribe"])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn a_recording_becomes_json_lines_of_final_segments() {
    let model = models().join("ggml-tiny.en.bin");
    let wav = models().join("jfk.wav");
    let out = transcribe(&[
        "--fast",
        "--model",
        model.to_str().unwrap(),
        wav.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() >= 2, "{lines:?}");
    let mut last_end = 0.0;
    for line in &lines {
        let (start, end) = (
            line["start"].as_f64().unwrap(),
            line["end"].as_f64().unwrap(),
        );
        assert!(
            start >= last_end - 0.05 && end > start && end <= 11.1,
            "{line}"
        );
        assert!(
            line["latency_ms"].as_u64().is_some() && !line["text"].as_str().unwrap().is_empty(),
            "{line}"
        );
        last_end = end;
    }
    let text = lines
        .iter()
        .map(|l| l["text"].as_str().unwrap())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    for word in ["fellow", "americans", "country", "can", "do", "for", "you"] {
        assert!(text.contains(word), "{word} in {text}");
    }
    let summary = String::from_utf8(out.stderr).unwrap();
    assert!(summary.contains("real-time factor"), "{summary}");
}

#[test]
fn a_missing_model_or_a_bad_file_is_a_clear_error() {
    let wav = models().join("jfk.wav");
    let out = transcribe(&[
        "--fast",
        "--model",
        "/nonexistent/ggml-tiny.en.bin",
        "--vad-model",
        "/nonexistent/vad.bin",
        wav.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("captions model /nonexistent/ggml-tiny.en.bin"),
        "{err}"
    );
    let model = models().join("ggml-tiny.en.bin");
    let not_wav = models().join("README.md");
    let out = transcribe(&[
        "--fast",
        "--model",
        model.to_str().unwrap(),
        not_wav.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("audio file"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The worker process checks its model before it listens (and makes no
/// certificate for a worker that cannot run); a server asked for a worker
/// needs the worker's certificate.
#[test]
fn a_worker_without_a_model_or_a_server_without_the_workers_certificate_stops_with_the_reason() {
    let dir = std::env::temp_dir().join(format!("anteroom-worker-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_anteroom"))
        .args([
            "captions",
            "worker",
            "--listen",
            "127.0.0.1:0",
            "--model",
            "/nonexistent/ggml-tiny.en.bin",
        ])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("captions model /nonexistent/ggml-tiny.en.bin"),
        "{err}"
    );
    assert!(!dir.join("captions-worker.pem").exists() && !dir.join("captions-worker.key").exists());
    let out = Command::new(env!("CARGO_BIN_EXE_anteroom"))
        .args([
            "serve",
            "--http",
            "127.0.0.1:0",
            "--captions-worker",
            "127.0.0.1:4455",
        ])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--captions-worker-cert"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
