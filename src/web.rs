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
        .route("/{*path}", get(|Path(path): Path<String>| async move { file(&path) }))
}

/// Every room is served the same page; it reads the room from its URL.
async fn call_page(Path(_room): Path<String>) -> Response {
    file("call.html")
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
