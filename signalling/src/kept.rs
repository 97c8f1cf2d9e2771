//! Kept captions from a signalling node of a scaled setup, which has no
//! database: each final segment of a room whose members hold
//! `keep_transcript` goes to the control plane
//! (`POST {url}/internal/v1/transcript-lines`, `Authorization: Bearer` the
//! node key), which keeps it if the organisation still keeps transcripts.
//!
//! One task posts the lines in the order they were said (the control plane
//! stamps each as it arrives). A line the control plane cannot take (it is
//! down, or answers 5xx) is tried again, [`ATTEMPTS`] times in all, a
//! second apart, then dropped with a warning; so is a line that finds
//! [`QUEUE`] others waiting. Nothing of the words reaches the logs.

use std::time::Duration;

use tokio::sync::mpsc;

use crate::TranscriptSink;

/// Lines waiting to be posted before new ones are dropped.
pub const QUEUE: usize = 1_024;
/// The shortest node key either side accepts, in characters.
pub const MIN_KEY_CHARS: usize = 32;
/// Tries for each line.
pub const ATTEMPTS: u32 = 5;
const RETRY: Duration = Duration::from_secs(1);

#[derive(Debug, thiserror::Error)]
pub enum KeptError {
    #[error("the control plane URL must start with http:// or https://")]
    Url,
    #[error("the node key must be at least 32 characters")]
    Key,
    #[error("HTTP client: {0}")]
    Client(String),
}

/// A final segment on its way to the control plane.
#[derive(Debug, serde::Serialize)]
struct Line {
    room: String,
    speaker: String,
    text: String,
    language: String,
}

/// Hands kept lines to the control plane; see the module.
#[derive(Debug)]
pub struct ControlPlaneTranscripts {
    tx: mpsc::Sender<Line>,
}

impl ControlPlaneTranscripts {
    /// Starts the posting task (on the current tokio runtime).
    pub fn start(url: &str, key: String) -> Result<Self, KeptError> {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(KeptError::Url);
        }
        if key.chars().count() < MIN_KEY_CHARS {
            return Err(KeptError::Key);
        }
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .build()
            .map_err(|e| KeptError::Client(e.to_string()))?;
        let endpoint = format!("{}/internal/v1/transcript-lines", url.trim_end_matches('/'));
        let (tx, rx) = mpsc::channel(QUEUE);
        tokio::spawn(post_lines(client, endpoint, key, rx));
        Ok(Self { tx })
    }
}

impl TranscriptSink for ControlPlaneTranscripts {
    fn keep(
        &self,
        room: &anteroom_protocol::RoomName,
        speaker: &anteroom_protocol::DisplayName,
        text: &str,
        language: &str,
    ) {
        let line = Line {
            room: room.to_string(),
            speaker: speaker.as_str().to_owned(),
            text: text.to_owned(),
            language: language.to_owned(),
        };
        if self.tx.try_send(line).is_err() {
            tracing::warn!(room = %room, "a caption line was not kept: too many wait for the control plane");
        }
    }
}

async fn post_lines(
    client: reqwest::Client,
    endpoint: String,
    key: String,
    mut rx: mpsc::Receiver<Line>,
) {
    while let Some(line) = rx.recv().await {
        for attempt in 1..=ATTEMPTS {
            let outcome = client
                .post(&endpoint)
                .bearer_auth(&key)
                .json(&line)
                .send()
                .await;
            let retry = match outcome {
                Ok(answer) if answer.status().is_success() => break,
                // Refused (a bad key, a line it will not take): trying
                // again would not help.
                Ok(answer) if answer.status().is_client_error() => {
                    tracing::warn!(room = %line.room, status = %answer.status(), "a caption line was not kept: the control plane refused it");
                    false
                }
                Ok(answer) => {
                    tracing::warn!(room = %line.room, status = %answer.status(), attempt, "the control plane did not take a caption line");
                    true
                }
                Err(e) => {
                    tracing::warn!(room = %line.room, error = %e.without_url(), attempt, "the control plane did not take a caption line");
                    true
                }
            };
            if !retry {
                break;
            }
            if attempt == ATTEMPTS {
                tracing::warn!(room = %line.room, "a caption line was not kept: the control plane did not take it");
            } else {
                tokio::time::sleep(RETRY).await;
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::sync::{Arc, Mutex};

    use anteroom_protocol::{DisplayName, RoomName};
    use axum::extract::State;
    use axum::http::{HeaderMap, StatusCode};
    use axum::routing::post;
    use axum::{Json, Router};

    use super::*;

    const KEY: &str = "nk-0123456789abcdef0123456789abcdef";

    #[derive(Default)]
    struct Seen {
        lines: Vec<serde_json::Value>,
        /// Answer 503 to this many requests first.
        fail: usize,
        requests: usize,
        /// The text of every request, taken or not.
        asked: Vec<String>,
    }

    /// A stand-in for the control plane's route on loopback: it takes the
    /// line only with the key, and only the four fields the control plane
    /// accepts.
    async fn control_plane(seen: Arc<Mutex<Seen>>) -> String {
        async fn take(
            State(seen): State<Arc<Mutex<Seen>>>,
            headers: HeaderMap,
            Json(body): Json<serde_json::Value>,
        ) -> StatusCode {
            let mut seen = seen.lock().unwrap();
            seen.requests += 1;
            seen.asked
                .push(body["text"].as_str().unwrap_or_default().to_owned());
            if headers.get("authorization").and_then(|v| v.to_str().ok())
                != Some(&format!("Bearer {KEY}"))
            {
                return StatusCode::UNAUTHORIZED;
            }
            let mut keys: Vec<&str> = body
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            keys.sort_unstable();
            if keys != ["language", "room", "speaker", "text"] {
                return StatusCode::BAD_REQUEST;
            }
            if seen.fail > 0 {
                seen.fail -= 1;
                return StatusCode::SERVICE_UNAVAILABLE;
            }
            seen.lines.push(body);
            StatusCode::OK
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = Router::new()
            .route("/internal/v1/transcript-lines", post(take))
            .with_state(seen);
        tokio::spawn(async move { axum::serve(listener, app).await });
        format!("http://{addr}/")
    }

    async fn until(seen: &Arc<Mutex<Seen>>, done: impl Fn(&Seen) -> bool) {
        tokio::time::timeout(Duration::from_secs(20), async {
            while !done(&seen.lock().unwrap()) {
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        })
        .await
        .unwrap();
    }

    #[tokio::test]
    async fn lines_reach_the_control_plane_in_order_with_the_key_through_its_hiccups() {
        let seen = Arc::new(Mutex::new(Seen {
            fail: 2,
            ..Seen::default()
        }));
        let sink =
            ControlPlaneTranscripts::start(&control_plane(seen.clone()).await, KEY.into()).unwrap();
        let room = RoomName::new("a-1").unwrap();
        let who = DisplayName::new("J. Jansen").unwrap();
        for i in 0..20 {
            sink.keep(&room, &who, &format!("line {i}"), "nl");
        }
        until(&seen, |s| s.lines.len() == 20).await;
        let seen = seen.lock().unwrap();
        let texts: Vec<&str> = seen
            .lines
            .iter()
            .map(|l| l["text"].as_str().unwrap())
            .collect();
        assert_eq!(
            texts,
            (0..20).map(|i| format!("line {i}")).collect::<Vec<_>>(),
            "in order, none lost to the two 503s"
        );
        assert_eq!(seen.requests, 22);
        assert_eq!(
            seen.lines[0],
            serde_json::json!({ "room": "a-1", "speaker": "J. Jansen", "text": "line 0", "language": "nl" })
        );
    }

    #[tokio::test]
    async fn a_refused_line_is_not_tried_again_and_bad_settings_are_errors() {
        let seen = Arc::new(Mutex::new(Seen::default()));
        let url = control_plane(seen.clone()).await;
        let wrong = ControlPlaneTranscripts::start(&url, format!("{KEY}x")).unwrap();
        let (room, who) = (
            RoomName::new("a-1").unwrap(),
            DisplayName::new("A").unwrap(),
        );
        wrong.keep(&room, &who, "x", "en");
        wrong.keep(&room, &who, "y", "en");
        // Lines go one at a time: had the first been tried again, the
        // second request would be it.
        until(&seen, |s| s.requests == 2).await;
        assert_eq!(seen.lock().unwrap().asked, ["x", "y"], "a 401 is final");
        assert!(matches!(
            ControlPlaneTranscripts::start("ftp://cp", KEY.into()),
            Err(KeptError::Url)
        ));
        assert!(matches!(
            ControlPlaneTranscripts::start(&url, "short".into()),
            Err(KeptError::Key)
        ));
    }
}
