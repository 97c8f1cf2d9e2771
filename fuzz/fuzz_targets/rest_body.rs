//! REST bodies through the real router and handlers (on a SQLite file of
//! its own): any body to the endpoints that need no login (login, password
//! links, public booking and walk-ins) gets a typed 4xx or a success,
//! never a panic and never a 5xx.
#![no_main]

use std::sync::OnceLock;

use anteroom_control_plane::{ControlPlane, ControlPlaneConfig, Db, SystemClock};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use libfuzzer_sys::fuzz_target;
use tower::ServiceExt;

struct Fixture {
    runtime: tokio::runtime::Runtime,
    router: axum::Router,
    org: String,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
        let dir = std::env::temp_dir().join(format!("anteroom-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        let (router, org) = runtime.block_on(async {
            let db = Db::connect(&format!("sqlite:{}", dir.join("fuzz.db").display())).await.expect("a database");
            let config = ControlPlaneConfig { trust_forwarded_for: true, ..ControlPlaneConfig::default() };
            let cp = ControlPlane::new(db, std::sync::Arc::new(SystemClock), config);
            let created = anteroom_control_plane::admin::create_organisation(&cp, "Fuzz", "admin@fuzz.example", None).await.expect("an organisation");
            (cp.router(), created.org.as_str().to_owned())
        });
        Fixture { runtime, router, org }
    })
}

fuzz_target!(|data: &[u8]| {
    let f = fixture();
    let Some((&which, body)) = data.split_first() else { return };
    let path = match which % 5 {
        0 => "/api/v1/auth/login".to_owned(),
        1 => "/api/v1/auth/password".to_owned(),
        2 => format!("/api/v1/booking/{}/appointments", f.org),
        3 => format!("/api/v1/booking/{}/walk-in", f.org),
        _ => "/api/v1/links/0123456789abcdef0123456789abcdef/join".to_owned(),
    };
    let request = Request::builder()
        .method("POST")
        .uri(path)
        .header("content-type", "application/json")
        // Each input from its own address: the visit limit stays out of the way.
        .header("x-forwarded-for", format!("10.{}.{}.{}", body.len() % 250, which, body.first().copied().unwrap_or(0)))
        .body(Body::from(body.to_vec()))
        .expect("a request");
    let status = f.runtime.block_on(async { f.router.clone().oneshot(request).await.expect("an answer").status() });
    assert!(status.is_success() || status.is_client_error(), "{status}");
    assert_ne!(status, StatusCode::INTERNAL_SERVER_ERROR);
});
