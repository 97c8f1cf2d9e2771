//! `GET /metrics` (with `--metrics`): the process's health for operators
//! and the soak benchmark, in Prometheus' text format. Counts only: no
//! room, participant or patient is ever named here.

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

/// The route when `on`, else nothing (the path then answers 404 like any
/// other unknown one).
pub fn router(on: bool) -> Router {
    if on {
        Router::new().route("/metrics", get(metrics))
    } else {
        Router::new()
    }
}

async fn metrics() -> impl IntoResponse {
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
    (
        [
            (header::CONTENT_TYPE, "text/plain; version=0.0.4"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        text,
    )
}

fn gauge(text: &mut String, name: &str, help: &str, value: u64) {
    use std::fmt::Write;
    let _ = writeln!(
        text,
        "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}"
    );
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
        let off = router(false)
            .oneshot(Request::get("/metrics").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(off.status(), StatusCode::NOT_FOUND);
        let on = router(true)
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
    }
}
