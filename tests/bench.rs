//! `anteroom-bench` against a real `anteroom serve` started by the test: a
//! short consult run whose JSON report holds every documented field with
//! plausible values, and a server that refuses the join.
#![allow(clippy::unwrap_used)]

mod common;
#[path = "../bench/tests/common/report.rs"]
mod report;

use common::{Server, scratch_file};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_consult_run_against_anteroom_decodes_everywhere_and_reports_every_figure() {
    let server = Server::start(&["--open-rooms"]);
    let json = scratch_file("consult.json");
    let (url, pid) = (server.ws_url(), server.pid().to_string());
    let args = [
        "anteroom-bench",
        "run",
        "--scenario",
        "consult",
        "--rooms",
        "2",
        "--duration",
        "10",
        "--url",
        &url,
        "--server-pid",
        &pid,
        "-q",
    ];
    anteroom_bench::cli::run_args(
        args.iter()
            .copied()
            .chain(["--json", json.to_str().unwrap()]),
    )
    .await
    .unwrap();
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    // 2 rooms of 2: four subscribers, each receiving the other's video.
    report::check(&report, "anteroom", 4);
    assert_eq!(report["scenario"]["kind"], "consult");
    assert_eq!(report["participants"]["planned"], 4);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_join_is_a_clear_error() {
    // Without --open-rooms, a join needs a token: the bench has none.
    let server = Server::start(&[]);
    let url = server.ws_url();
    let args = [
        "anteroom-bench",
        "run",
        "--scenario",
        "consult",
        "--rooms",
        "1",
        "--duration",
        "2",
        "--url",
        &url,
        "-q",
    ];
    let started = std::time::Instant::now();
    let err = anteroom_bench::cli::run_args(args).await.unwrap_err();
    let text = err.to_string();
    assert!(
        matches!(err, anteroom_bench::BenchError::NoneJoined(_)),
        "{text}"
    );
    assert!(
        text.contains("join refused: room_not_found") && text.contains("--open-rooms"),
        "{text}"
    );
    assert_eq!(err.exit_code(), 1);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(30),
        "no hang"
    );
}
