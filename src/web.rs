//! The static pages and the JS SDK from `web/`, built into the binary so it
//! runs from any directory. They are served as they are: no build step.

use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "web/"]
struct Web;

pub fn router() -> Router {
    Router::new()
        .route("/", get(|| async { file("index.html") }))
        .route("/call/{room}", get(call_page))
        .route("/c/{token}", get(|Path(_token): Path<String>| async { file("patient.html") }))
        // A guest link arrives on the same page, which tells the two apart.
        .route("/g/{token}", get(|Path(_token): Path<String>| async { file("patient.html") }))
        .route("/walk-in/{org}", get(|Path(_org): Path<String>| async { file("walkin.html") }))
        .route("/staff", get(|| async { staff_file("index.html") }))
        .route("/staff/{*path}", get(|Path(path): Path<String>| async move { staff_file(&path) }))
        .route("/{*path}", get(|Path(path): Path<String>| async move { file(&path) }))
}

/// Every room is served the same page; it reads the room from its URL.
async fn call_page(Path(_room): Path<String>) -> Response {
    file("call.html")
}

/// The staff pages are one page that reads its section from the URL
/// (`/staff/appointments`, `/staff/set-password#token=...`); their own
/// files (`app.js`, `staff.css`) are served as they are. A strict content
/// security policy: only our own scripts, styles and API, never in a frame.
fn staff_file(path: &str) -> Response {
    let path = format!("staff/{path}");
    let mut response = if Web::get(&path).is_some() { file(&path) } else { file("staff/index.html") };
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        header::HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ),
    );
    response.headers_mut().insert(header::REFERRER_POLICY, header::HeaderValue::from_static("no-referrer"));
    response
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
