//! `GET /metrics` (with `--metrics`): the process's health for operators
//! and the soak benchmark, and the figures of every media connection
//! (path, round trip, loss both ways, bandwidth estimate, bytes), in
//! Prometheus' text format. A connection is labelled with its participant
//! id, an opaque random token: no room, name or patient is ever named here.
//! The caption lag of each room with captions is labelled with an opaque
//! label of its own (see `anteroom_signalling::CaptionLags`).

use std::fmt::Write;

use anteroom_sfu::{ConnectionFigures, SfuFigures};
use anteroom_signalling::{CaptionLags, RoomLagFigure};
use axum::Router;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

/// The route when `on`, else nothing (the path then answers 404 like any
/// other unknown one).
pub fn router(on: bool, figures: SfuFigures, caption_lags: CaptionLags) -> Router {
    if on {
        Router::new()
            .route("/metrics", get(metrics))
            .with_state((figures, caption_lags))
    } else {
        Router::new()
    }
}

async fn metrics(
    State((figures, caption_lags)): State<(SfuFigures, CaptionLags)>,
) -> impl IntoResponse {
    let runtime = tokio::runtime::Handle::current().metrics();
    let mut text = String::new();
    gauge(
        &mut text,
        "anteroom_runtime_alive_tasks",
        "Tasks alive on the async runtime (sessions, watchers, jobs).",
        runtime.num_alive_tasks() as u64,
    );
    gauge(
        &mut text,
        "anteroom_runtime_workers",
        "Worker threads of the async runtime.",
        runtime.num_workers() as u64,
    );
    connections(&mut text, &figures.read());
    captions(&mut text, &caption_lags.read(std::time::Instant::now()));
    (
        [
            (header::CONTENT_TYPE, "text/plain; version=0.0.4"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        text,
    )
}

/// How far behind the speakers each room's captions are: the latest
/// update's lag and the largest in about the last minute.
fn captions(text: &mut String, rooms: &[RoomLagFigure]) {
    type Lag = fn(&RoomLagFigure) -> std::time::Duration;
    let families: [(&str, &str, Lag); 2] = [
        (
            "anteroom_captions_lag_seconds",
            "How far behind its audio a room's latest caption update came (rooms with captions in the last minute; the label is opaque).",
            |r| r.latest,
        ),
        (
            "anteroom_captions_lag_max_seconds",
            "The largest caption lag of a room in about the last minute.",
            |r| r.max,
        ),
    ];
    for (name, help, lag) in families {
        let _ = writeln!(text, "# HELP {name} {help}\n# TYPE {name} gauge");
        for room in rooms {
            let _ = writeln!(
                text,
                "{name}{{room=\"{}\"}} {:.3}",
                room.room,
                lag(room).as_secs_f64()
            );
        }
    }
}

fn gauge(text: &mut String, name: &str, help: &str, value: u64) {
    let _ = writeln!(
        text,
        "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}"
    );
}

/// One family per figure, one sample per connection that has it.
fn connections(text: &mut String, all: &[ConnectionFigures]) {
    let transport = |c: &ConnectionFigures| c.transport.map_or("unknown", |t| t.as_str());
    let _ = writeln!(
        text,
        "# HELP anteroom_media_connections Media connections, by the transport ICE selected.\n# TYPE anteroom_media_connections gauge"
    );
    for kind in ["udp", "tcp", "unknown"] {
        let n = all.iter().filter(|c| transport(c) == kind).count();
        let _ = writeln!(
            text,
            "anteroom_media_connections{{transport=\"{kind}\"}} {n}"
        );
    }
    type Figure = fn(&ConnectionFigures) -> Option<f64>;
    let families: [(&str, &str, &str, Figure); 6] = [
        (
            "anteroom_connection_round_trip_seconds",
            "gauge",
            "Round trip between the SFU and the participant.",
            |c| c.round_trip.map(|d| d.as_secs_f64()),
        ),
        (
            "anteroom_connection_loss_from_ratio",
            "gauge",
            "Share of the participant's packets to the SFU lost, lately.",
            |c| c.loss_from.map(f64::from),
        ),
        (
            "anteroom_connection_loss_to_ratio",
            "gauge",
            "Share of the SFU's packets to the participant lost, lately.",
            |c| c.loss_to.map(f64::from),
        ),
        (
            "anteroom_connection_estimate_bits_per_second",
            "gauge",
            "The SFU's bandwidth estimate towards the participant.",
            |c| c.estimate_bps.map(|b| b as f64),
        ),
        (
            "anteroom_connection_received_bytes_total",
            "counter",
            "Bytes the SFU received from the participant.",
            |c| Some(c.bytes_received as f64),
        ),
        (
            "anteroom_connection_sent_bytes_total",
            "counter",
            "Bytes the SFU sent to the participant.",
            |c| Some(c.bytes_sent as f64),
        ),
    ];
    for (name, kind, help, figure) in families {
        let _ = writeln!(text, "# HELP {name} {help}\n# TYPE {name} {kind}");
        for c in all {
            if let Some(value) = figure(c) {
                let _ = writeln!(
                    text,
                    "{name}{{connection=\"{}\",transport=\"{}\"}} {value}",
                    label(c.participant.as_str()),
                    transport(c)
                );
            }
        }
    }
}

/// A label value as Prometheus' text format escapes it.
fn label(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use tower::ServiceExt;

    #[tokio::test]
    async fn metrics_are_served_only_when_asked_for() {
        let off = router(false, SfuFigures::default(), CaptionLags::default())
            .oneshot(Request::get("/metrics").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(off.status(), StatusCode::NOT_FOUND);
        let lags = CaptionLags::default();
        let room = anteroom_protocol::RoomName::new("a-0123456789abcdef").unwrap();
        lags.record(
            &room,
            std::time::Duration::from_millis(1_250),
            std::time::Instant::now(),
        );
        let on = router(true, SfuFigures::default(), lags)
            .oneshot(Request::get("/metrics").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(on.status(), StatusCode::OK);
        let body = axum::body::to_bytes(on.into_body(), 1 << 16).await.unwrap();
        let text = String::from_utf8(body.to_vec()).unwrap();
        let tasks = text
            .lines()
            .find_map(|l| l.strip_prefix("anteroom_runtime_alive_tasks "))
            .unwrap();
        assert!(tasks.parse::<u64>().is_ok(), "{text}");
        // A room's caption lag, under a label that does not name it.
        let lag = text
            .lines()
            .find(|l| l.starts_with("anteroom_captions_lag_seconds{room=\""))
            .unwrap();
        assert!(
            lag.ends_with("\"} 1.250") && !lag.contains("0123456789abcdef"),
            "{lag}"
        );
        assert!(text.contains("# TYPE anteroom_captions_lag_max_seconds gauge"));
    }

    #[test]
    fn every_connection_is_labelled_by_its_opaque_id_and_transport() {
        let figures = ConnectionFigures {
            participant: anteroom_protocol::ParticipantId::new("pQ3x"),
            transport: Some(anteroom_sfu::Transport::Tcp),
            round_trip: Some(std::time::Duration::from_millis(42)),
            loss_from: Some(0.25),
            loss_to: None,
            estimate_bps: Some(800_000),
            bytes_received: 1234,
            bytes_sent: 5678,
        };
        let mut text = String::new();
        connections(&mut text, &[figures]);
        let sample = |name: &str| {
            text.lines()
                .find(|l| l.starts_with(&format!("{name}{{")))
                .map(str::to_owned)
        };
        assert_eq!(
            sample("anteroom_connection_round_trip_seconds").as_deref(),
            Some(
                "anteroom_connection_round_trip_seconds{connection=\"pQ3x\",transport=\"tcp\"} 0.042"
            )
        );
        assert!(
            sample("anteroom_connection_loss_from_ratio")
                .unwrap()
                .ends_with(" 0.25")
        );
        // A figure not known yet is left out, not written as zero.
        assert_eq!(sample("anteroom_connection_loss_to_ratio"), None);
        assert!(
            sample("anteroom_connection_sent_bytes_total")
                .unwrap()
                .ends_with(" 5678")
        );
        assert!(text.contains("anteroom_media_connections{transport=\"tcp\"} 1\n"));
        assert!(text.contains("anteroom_media_connections{transport=\"udp\"} 0\n"));
        assert!(text.contains("# TYPE anteroom_connection_received_bytes_total counter"));
    }

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(label("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
