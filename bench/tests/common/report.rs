//! Checks a JSON report from `anteroom-bench run --json` holds every
//! documented field with values that fit a short run on loopback.
#![allow(dead_code, clippy::unwrap_used)]

use serde_json::Value;

/// `target`: the report's target name; `subscribers`: how many received.
pub fn check(report: &Value, target: &str, subscribers: usize) {
    let f = |path: &str| -> &Value {
        let mut v = report;
        for key in path.split('.') {
            v = v
                .get(key)
                .unwrap_or_else(|| panic!("the report has no {path}: {report:#}"));
        }
        v
    };
    let num = |path: &str| {
        f(path)
            .as_f64()
            .unwrap_or_else(|| panic!("{path} is not a number: {}", f(path)))
    };
    assert_eq!(f("target"), target);
    for key in [
        "kind",
        "rooms",
        "participants",
        "duration_secs",
        "video_layers",
        "loss",
        "delay_ms",
        "view",
    ] {
        f(&format!("scenario.{key}"));
    }
    assert!(num("machine.cores") >= 1.0);
    assert!(!f("machine.cpu_model").as_str().unwrap().is_empty());
    assert!(f("versions.anteroom_bench").is_string());
    assert!(num("duration_s") >= 10.0, "the run lasted its 10 s");
    // Everyone joined and nobody failed.
    assert_eq!(num("participants.failed"), 0.0, "{:#}", f("errors"));
    assert_eq!(num("participants.joined"), num("participants.planned"));
    // Join time: finite, plausible on loopback.
    let join_p99 = num("join_ms.p99");
    assert!(
        join_p99.is_finite() && join_p99 > 0.0 && join_p99 < 10_000.0,
        "join p99 {join_p99}"
    );
    assert!(num("join_ms.p50") <= join_p99);
    // End-to-end latency on loopback: a few ms, well under a second.
    let lat_p50 = num("latency_ms.p50");
    let lat_p99 = num("latency_ms.p99");
    assert!(
        lat_p50 >= 0.0 && lat_p50 <= lat_p99 && lat_p99 < 500.0,
        "latency {lat_p50} {lat_p99}"
    );
    assert!(num("latency_ms.count") > 100.0);
    // Every subscriber received and decoded frames: about 30 fps each.
    assert_eq!(num("subscribers.count") as usize, subscribers);
    assert_eq!(f("subscribers.all_decoded"), true);
    assert!(
        num("subscribers.min_video_frames") > 150.0,
        "each subscriber got at least 5 s of video: {}",
        num("subscribers.min_video_frames")
    );
    assert_eq!(num("subscribers.decode_errors"), 0.0);
    assert!(num("subscribers.audio_frames") > 0.0);
    for s in f("per_subscriber").as_array().unwrap() {
        assert!(s["frames_decoded"].as_u64().unwrap() > 150, "{s}");
        assert_eq!(s["loss"].as_f64().unwrap(), 0.0, "{s}");
        assert_eq!(s["freezes"].as_u64().unwrap(), 0, "{s}");
    }
    // Loopback loses nothing.
    assert!(num("packets_expected") > 1000.0);
    assert_eq!(num("packets_lost"), 0.0);
    assert_eq!(num("loss"), 0.0);
    for key in [
        "nacks",
        "keyframe_requests_sent",
        "keyframe_requests_received",
        "freezes",
        "layer_switches",
    ] {
        assert!(num(key) >= 0.0);
    }
    // Media in and out at about the clip's rate.
    assert!(
        num("bitrate.to_server_mbps") > 0.5,
        "to server {}",
        num("bitrate.to_server_mbps")
    );
    assert!(num("bitrate.from_server_mbps") > 0.5);
    assert!(num("forwarded.other_rtp_packets") >= 0.0);
    // The server's process was watched.
    assert!(num("server.cpu_seconds") > 0.0);
    assert!(num("server.rss_mib_max") > 1.0);
    assert!(num("server.cpu_percent_mean") > 0.0);
    assert!(f("server.samples").as_array().unwrap().len() >= 10);
    assert!(num("bench.cpu_percent_mean") > 0.0);
    assert!(num("forwarded.packets") > 1000.0);
    assert!(num("forwarded.per_second") > 100.0);
    assert!(num("forwarded.per_server_cpu_second") > 0.0);
    assert!(
        f("errors").as_array().unwrap().is_empty(),
        "{:#}",
        f("errors")
    );
}
