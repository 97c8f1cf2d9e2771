//! Kept chat from a signalling node of a scaled setup, which has no
//! database (issue 26: no message ever lost): the node's [`ChatStore`] is
//! the control plane, reached with the node key. Each message is handed
//! over (`POST {url}/internal/v1/chat-messages`) before the node
//! acknowledges or passes it on, and a conversation is read back
//! (`GET {url}/internal/v1/chat-messages?room=`) for whoever opens it on
//! this node. A message the control plane does not take in time (down,
//! 5xx, [`TIMEOUT`]) is an error: its sender is told `chat_not_kept` and
//! nobody gets it, exactly as with `anteroom serve`'s own database. Nothing
//! of the words reaches the logs.

use std::time::Duration;

use anteroom_protocol::{DisplayName, RoomName};

use crate::chat_store::{ChatStore, ChatStoreError, KeptChat};
use crate::kept::{KeptError, MIN_KEY_CHARS};

/// How long a message may take to be kept before its sender is told it
/// was not (the core holds it back meanwhile).
pub const TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct NodeChat {
    room: String,
    sender: Option<String>,
    from_clinic: bool,
    display_name: String,
    text: String,
    at_ms: i64,
}

#[derive(Debug, serde::Deserialize)]
struct NodeHistory {
    messages: Vec<NodeChat>,
}

/// Keeps chat in the control plane; see the module.
pub struct ControlPlaneChats {
    client: reqwest::Client,
    endpoint: String,
    key: String,
}

impl std::fmt::Debug for ControlPlaneChats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the key.
        f.debug_struct("ControlPlaneChats")
            .field("endpoint", &self.endpoint)
            .finish_non_exhaustive()
    }
}

impl ControlPlaneChats {
    pub fn new(url: &str, key: String) -> Result<Self, KeptError> {
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(KeptError::Url);
        }
        if key.chars().count() < MIN_KEY_CHARS {
            return Err(KeptError::Key);
        }
        let client = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .build()
            .map_err(|e| KeptError::Client(e.to_string()))?;
        Ok(Self {
            client,
            endpoint: format!("{}/internal/v1/chat-messages", url.trim_end_matches('/')),
            key,
        })
    }
}

type Answer<'a, T> =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, ChatStoreError>> + Send + 'a>>;

/// A failed exchange, without the URL (or anything of the message).
fn failed(e: reqwest::Error) -> ChatStoreError {
    ChatStoreError(e.without_url().to_string())
}

impl ChatStore for ControlPlaneChats {
    fn keep<'a>(&'a self, room: &'a RoomName, chat: &'a KeptChat) -> Answer<'a, ()> {
        Box::pin(async move {
            let body = NodeChat {
                room: room.to_string(),
                sender: chat.sender.clone(),
                from_clinic: chat.from_clinic,
                display_name: chat.display_name.as_str().to_owned(),
                text: chat.text.clone(),
                at_ms: i64::try_from(chat.at_ms).unwrap_or(i64::MAX),
            };
            let answer = self
                .client
                .post(&self.endpoint)
                .bearer_auth(&self.key)
                .json(&body)
                .send()
                .await
                .map_err(failed)?;
            if answer.status().is_success() {
                Ok(())
            } else {
                Err(ChatStoreError(format!(
                    "the control plane answered {}",
                    answer.status()
                )))
            }
        })
    }

    fn history<'a>(&'a self, room: &'a RoomName) -> Answer<'a, Vec<KeptChat>> {
        Box::pin(async move {
            let url = reqwest::Url::parse_with_params(&self.endpoint, &[("room", room.as_str())])
                .map_err(|e| ChatStoreError(e.to_string()))?;
            let answer = self
                .client
                .get(url)
                .bearer_auth(&self.key)
                .send()
                .await
                .map_err(failed)?;
            if !answer.status().is_success() {
                return Err(ChatStoreError(format!(
                    "the control plane answered {}",
                    answer.status()
                )));
            }
            let history: NodeHistory = answer.json().await.map_err(failed)?;
            Ok(history
                .messages
                .into_iter()
                .filter_map(|m| {
                    Some(KeptChat {
                        sender: m.sender,
                        from_clinic: m.from_clinic,
                        display_name: DisplayName::new(&m.display_name).ok()?,
                        text: m.text,
                        at_ms: u64::try_from(m.at_ms).unwrap_or(0),
                    })
                })
                .collect())
        })
    }
}
