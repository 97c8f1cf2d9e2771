//! File sharing in a room: `POST /files?name=NAME` uploads (the body is the
//! file), `GET /files/{id}` downloads. Both carry `Authorization: Bearer
//! KEY`, the files key a participant with the `files` grant gets in
//! `joined`; the key works only while its holder is in the room, so a
//! file can be reached only by the people in the consultation, and only
//! during it.
//!
//! Files are held in memory by the hub, with the room, and dropped with
//! it: nothing is written to disk, and nothing outlives the consultation.
//! Limits: [`MAX_FILE_BYTES`] per file, a budget per room and one for the
//! whole server.

use std::fmt::Write as _;

use anteroom_protocol::{ErrorCode, FileError, FileId, FileName, MAX_FILE_BYTES, SharedFile};
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use bytes::{Bytes, BytesMut};
use futures_util::StreamExt;
use serde::Deserialize;
use tokio::sync::oneshot;

use crate::Signalling;

/// What the HTTP side asks the hub, which owns rooms and their files.
#[derive(Debug)]
pub(crate) enum FileRequest {
    /// May the key's holder share a file of `size` bytes (if known) now?
    Check {
        key: String,
        size: Option<usize>,
        reply: oneshot::Sender<Result<(), ErrorCode>>,
    },
    Store {
        key: String,
        name: FileName,
        content_type: String,
        data: Bytes,
        reply: oneshot::Sender<Result<SharedFile, ErrorCode>>,
    },
    Fetch {
        key: String,
        id: FileId,
        reply: oneshot::Sender<Result<(SharedFile, Bytes), ErrorCode>>,
    },
}

/// The files of one room.
#[derive(Debug, Default)]
pub(crate) struct RoomFiles {
    files: Vec<(SharedFile, Bytes)>,
    bytes: usize,
}

impl RoomFiles {
    pub(crate) fn bytes(&self) -> usize {
        self.bytes
    }

    pub(crate) fn list(&self) -> impl Iterator<Item = &SharedFile> {
        self.files.iter().map(|(f, _)| f)
    }

    pub(crate) fn add(&mut self, file: SharedFile, data: Bytes) {
        self.bytes += data.len();
        self.files.push((file, data));
    }

    pub(crate) fn get(&self, id: &FileId) -> Option<(SharedFile, Bytes)> {
        self.files.iter().find(|(f, _)| f.id == *id).cloned()
    }
}

/// The media type to record for an upload: the client's `Content-Type`
/// without parameters when it is a plain `type/subtype`, else
/// `application/octet-stream`.
pub(crate) fn content_type_of(headers: &HeaderMap) -> String {
    let declared = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let essence = declared
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let token = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$&^_.+-".contains(&b))
    };
    match essence.split_once('/') {
        Some((t, s)) if essence.len() <= 100 && token(t) && token(s) => essence,
        _ => "application/octet-stream".into(),
    }
}

pub(crate) fn routes() -> Router<Signalling> {
    Router::new()
        .route("/files", post(upload))
        .route("/files/{id}", get(download))
}

#[derive(Debug, Deserialize)]
struct UploadQuery {
    name: String,
}

async fn upload(
    State(signalling): State<Signalling>,
    headers: HeaderMap,
    query: Result<Query<UploadQuery>, axum::extract::rejection::QueryRejection>,
    body: Body,
) -> Response {
    let result = async {
        let key = bearer(&headers)?;
        let Ok(Query(query)) = query else {
            return Err(ErrorCode::InvalidFileName);
        };
        let name = FileName::new(&query.name).map_err(|_| ErrorCode::InvalidFileName)?;
        let declared = headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok());
        if declared.is_some_and(|n| n > MAX_FILE_BYTES) {
            return Err(ErrorCode::FileTooLarge);
        }
        // Refuse before reading 20 MiB from someone who may not share.
        let hub = signalling.hub();
        hub.files(|reply| FileRequest::Check {
            key: key.clone(),
            size: declared,
            reply,
        })
        .await?;
        let data = read_limited(body, MAX_FILE_BYTES).await?;
        let content_type = content_type_of(&headers);
        hub.files(|reply| FileRequest::Store {
            key,
            name,
            content_type,
            data,
            reply,
        })
        .await
    }
    .await;
    match result {
        Ok(file) => (
            StatusCode::CREATED,
            [(header::CACHE_CONTROL, "no-store")],
            Json(file),
        )
            .into_response(),
        Err(code) => error_response(code),
    }
}

async fn download(
    State(signalling): State<Signalling>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Response {
    let result = async {
        let key = bearer(&headers)?;
        let id = FileId::new(id);
        signalling
            .hub()
            .files(|reply| FileRequest::Fetch { key, id, reply })
            .await
    }
    .await;
    match result {
        Ok((file, data)) => {
            let disposition = HeaderValue::from_str(&content_disposition(file.name.as_str()))
                .unwrap_or_else(|_| HeaderValue::from_static("attachment"));
            let mut response = Body::from(data).into_response();
            let h = response.headers_mut();
            // Never rendered by the browser, whatever the sender claimed.
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/octet-stream"),
            );
            h.insert(header::CONTENT_DISPOSITION, disposition);
            h.insert(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            );
            h.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static("default-src 'none'; sandbox"),
            );
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(code) => error_response(code),
    }
}

fn bearer(headers: &HeaderMap) -> Result<String, ErrorCode> {
    let value = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .ok_or(ErrorCode::NotAllowed)?;
    let key = value
        .strip_prefix("Bearer ")
        .map(str::trim)
        .filter(|k| !k.is_empty() && k.len() <= 128)
        .ok_or(ErrorCode::NotAllowed)?;
    Ok(key.to_owned())
}

/// Reads a body of at most `limit` bytes; a longer one is refused as soon
/// as it passes the limit, without reading the rest.
async fn read_limited(body: Body, limit: usize) -> Result<Bytes, ErrorCode> {
    let mut stream = body.into_data_stream();
    let mut data = BytesMut::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|_| ErrorCode::MalformedMessage)?;
        if data.len() + chunk.len() > limit {
            return Err(ErrorCode::FileTooLarge);
        }
        data.extend_from_slice(&chunk);
    }
    Ok(data.freeze())
}

/// `attachment` with the name twice: an ASCII stand-in for old clients,
/// and the exact name in RFC 8187 encoding (`filename*=UTF-8''...`).
fn content_disposition(name: &str) -> String {
    let fallback: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && !matches!(c, '"' | '\\' | '%' | ';') || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::with_capacity(name.len() * 3);
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            encoded.push(char::from(b));
        } else {
            let _ = write!(encoded, "%{b:02X}");
        }
    }
    format!("attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

fn error_response(code: ErrorCode) -> Response {
    let (status, message) = match code {
        ErrorCode::NotAllowed => (
            StatusCode::UNAUTHORIZED,
            "send your files key: Authorization: Bearer KEY",
        ),
        ErrorCode::SessionEnded => (
            StatusCode::GONE,
            "the consultation has ended, or you have left it",
        ),
        ErrorCode::FileTooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "files are limited to 20 MiB"),
        ErrorCode::InvalidFileName => (
            StatusCode::BAD_REQUEST,
            "the file name is empty, too long, or has a character that is not allowed",
        ),
        ErrorCode::FileStorageFull => (
            StatusCode::INSUFFICIENT_STORAGE,
            "no space is left for files in this consultation",
        ),
        ErrorCode::UnknownFile => (StatusCode::NOT_FOUND, "no such file in your consultation"),
        ErrorCode::MalformedMessage => (
            StatusCode::BAD_REQUEST,
            "the upload was interrupted or malformed",
        ),
        _ => (StatusCode::INTERNAL_SERVER_ERROR, "internal error"),
    };
    let mut response = (
        status,
        [(header::CACHE_CONTROL, "no-store")],
        Json(FileError {
            code,
            message: message.into(),
        }),
    )
        .into_response();
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        // The rest of the upload was not read: end the connection after
        // this answer rather than read it as a request.
        response.headers_mut().insert(
            header::CONNECTION,
            axum::http::HeaderValue::from_static("close"),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn download_names_are_quoted_safely() {
        assert_eq!(
            content_disposition("Blood test.pdf"),
            "attachment; filename=\"Blood test.pdf\"; filename*=UTF-8''Blood%20test.pdf"
        );
        assert_eq!(
            content_disposition("Überweisung \"neu\"; 100%.pdf"),
            "attachment; filename=\"_berweisung _neu__ 100_.pdf\"; filename*=UTF-8''%C3%9Cberweisung%20%22neu%22%3B%20100%25.pdf"
        );
    }

    /// A body without a declared length (chunked) is refused as soon as it
    /// passes the limit: the rest is never read.
    #[tokio::test]
    async fn bodies_are_read_up_to_the_limit_only() {
        let chunks = |n: usize| {
            let read = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
            let counter = read.clone();
            let stream = futures_util::stream::iter(0..n).map(move |_| {
                counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                Ok::<_, std::io::Error>(Bytes::from(vec![1u8; 1024 * 1024]))
            });
            (Body::from_stream(stream), read)
        };
        let (body, _) = chunks(20);
        assert_eq!(
            read_limited(body, MAX_FILE_BYTES).await.map(|b| b.len()),
            Ok(MAX_FILE_BYTES)
        );
        let (body, read) = chunks(1000);
        assert_eq!(
            read_limited(body, MAX_FILE_BYTES).await.map(|b| b.len()),
            Err(ErrorCode::FileTooLarge)
        );
        assert_eq!(
            read.load(std::sync::atomic::Ordering::Relaxed),
            21,
            "stops at the first chunk past the limit"
        );
        let broken = Body::from_stream(futures_util::stream::iter([
            Ok(Bytes::from_static(b"abc")),
            Err(std::io::Error::other("reset")),
        ]));
        assert_eq!(
            read_limited(broken, MAX_FILE_BYTES).await,
            Err(ErrorCode::MalformedMessage)
        );
    }

    #[test]
    fn content_types_are_reduced_to_a_plain_type() {
        let with = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_str(v).unwrap_or(HeaderValue::from_static("x")),
            );
            content_type_of(&h)
        };
        assert_eq!(with("application/pdf"), "application/pdf");
        assert_eq!(with("Image/PNG; charset=binary"), "image/png");
        assert_eq!(with("text/html\"><script>"), "application/octet-stream");
        assert_eq!(with("nonsense"), "application/octet-stream");
        assert_eq!(
            content_type_of(&HeaderMap::new()),
            "application/octet-stream"
        );
    }
}
