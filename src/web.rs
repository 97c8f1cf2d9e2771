//! The static pages and the JS SDK from `web/`, built into the binary so it
//! runs from any directory. They are served as they are: no build step.

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "web/"]
struct Web;

/// The pages. With the control plane (`anteroom serve`), the walk-in page
/// may be framed by the origins its organisation lists; without it (a
/// signalling node), never.
pub fn router(control_plane: Option<anteroom_control_plane::ControlPlane>) -> Router {
    let walk_in = match control_plane {
        Some(cp) => Router::new()
            .route("/walk-in/{org}", get(walk_in_page))
            .with_state(cp),
        None => Router::new().route(
            "/walk-in/{org}",
            get(|Path(_org): Path<String>| async { file("walkin.html") }),
        ),
    };
    Router::new()
        .route("/", get(|| async { file("index.html") }))
        .route("/call/{room}", get(call_page))
        .route(
            "/c/{token}",
            get(|Path(_token): Path<String>| async { file("patient.html") }),
        )
        // A guest link arrives on the same page, which tells the two apart.
        .route(
            "/g/{token}",
            get(|Path(_token): Path<String>| async { file("patient.html") }),
        )
        // The patient portal of one organisation.
        .route(
            "/portal/{org}",
            get(|Path(_org): Path<String>| async { file("portal.html") }),
        )
        .route("/staff", get(|| async { staff_file("index.html") }))
        .route(
            "/staff/{*path}",
            get(|Path(path): Path<String>| async move { staff_file(&path) }),
        )
        .route(
            "/{*path}",
            get(|Path(path): Path<String>| async move { file(&path) }),
        )
        .merge(walk_in)
}

/// Every room is served the same page; it reads the room from its URL.
async fn call_page(Path(_room): Path<String>) -> Response {
    file("call.html")
}

/// The staff pages are one page that reads its section from the URL
/// (`/staff/appointments`, `/staff/set-password#token=...`); their own
/// files (`app.js`, `staff.css`) are served as they are.
fn staff_file(path: &str) -> Response {
    let path = format!("staff/{path}");
    if Web::get(&path).is_some() {
        file(&path)
    } else {
        file("staff/index.html")
    }
}

/// The content security policy of every page: our own scripts and styles
/// only (no inline script or style), images from us or made in the page
/// (the two-factor QR code, shared pictures), websockets and requests to us
/// and, for a call moved to another signalling node of a scaled setup, to
/// any HTTPS origin (or a loopback one, for trying it on one machine);
/// never in a frame.
pub const PAGE_CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; \
     connect-src 'self' https: wss: http://127.0.0.1:* ws://127.0.0.1:* http://localhost:* ws://localhost:*; \
     object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// [`PAGE_CSP`], but framed by `origins` (already checked to be plain web
/// origins) when there are any.
pub fn page_csp_framed_by(origins: &[String]) -> String {
    if origins.is_empty() {
        return PAGE_CSP.to_owned();
    }
    PAGE_CSP.replace(
        "frame-ancestors 'none'",
        &format!("frame-ancestors {}", origins.join(" ")),
    )
}

/// The walk-in page of `org`, which the organisation may let its own site
/// show in a frame (its `walk_in_frame_origins` setting); other pages never.
pub async fn walk_in_page(
    State(cp): State<anteroom_control_plane::ControlPlane>,
    Path(org): Path<String>,
) -> Response {
    let origins = cp.walk_in_frame_origins(&org).await;
    let mut response = file("walkin.html");
    if let Ok(csp) = header::HeaderValue::from_str(&page_csp_framed_by(&origins)) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, csp);
        if origins.is_empty() {
            response.headers_mut().insert(
                header::X_FRAME_OPTIONS,
                header::HeaderValue::from_static("DENY"),
            );
        }
    }
    response
}

/// Headers on every response of the HTTP server: pages get [`PAGE_CSP`];
/// nothing is sniffed for another type; no page or API call sends a
/// referrer (invitation tokens are in URLs); API answers (clients,
/// appointments, waiting lists, transcripts...) are never stored by a
/// cache; and, when served over HTTPS (`hsts`), browsers are told to keep
/// to it.
pub fn with_security_headers(app: Router, hsts: bool) -> Router {
    app.layer(axum::middleware::from_fn(
        move |request: axum::extract::Request, next: axum::middleware::Next| async move {
            let path = request.uri().path();
            let api = path.starts_with("/api/")
                || path.starts_with("/internal/")
                || path == "/files"
                || path.starts_with("/files/");
            let mut response = next.run(request).await;
            let is_html = response
                .headers()
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|t| t.starts_with("text/html"));
            let headers = response.headers_mut();
            headers.insert(
                header::X_CONTENT_TYPE_OPTIONS,
                header::HeaderValue::from_static("nosniff"),
            );
            headers.insert(
                header::REFERRER_POLICY,
                header::HeaderValue::from_static("no-referrer"),
            );
            // A page that set its own policy (the walk-in page, which its
            // organisation may let be framed) keeps it.
            if is_html && !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
                headers.insert(
                    header::CONTENT_SECURITY_POLICY,
                    header::HeaderValue::from_static(PAGE_CSP),
                );
                headers.insert(
                    header::X_FRAME_OPTIONS,
                    header::HeaderValue::from_static("DENY"),
                );
            }
            if api {
                headers.insert(
                    header::CACHE_CONTROL,
                    header::HeaderValue::from_static("no-store"),
                );
            }
            if hsts {
                headers.insert(
                    header::STRICT_TRANSPORT_SECURITY,
                    header::HeaderValue::from_static("max-age=31536000"),
                );
            }
            response
        },
    ))
}

fn file(path: &str) -> Response {
    match Web::get(path) {
        Some(content) => {
            let mime = content.metadata.mimetype().to_owned();
            (
                [
                    (header::CONTENT_TYPE, mime),
                    (header::CACHE_CONTROL, "no-cache".to_owned()),
                    (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
                ],
                content.data,
            )
                .into_response()
        }
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}
